#include "CaseAuditTab.h"

#include "CaseWidgets.h"
#include "DisputeCaseView.h"
#include "MoveLabels.h"
#include "common/UiLocale.h"
#include "disputes/DisputeCodes.h"

#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {

CaseAuditTab::CaseAuditTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("auditTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_audit = CaseWidgets::listTree(this, "auditList",
                                    {DisputeCaseView::tr("When"), DisputeCaseView::tr("Who"), DisputeCaseView::tr("Step"),
                                     DisputeCaseView::tr("Action"), DisputeCaseView::tr("Note")});
    layout->addWidget(m_audit);
}

void CaseAuditTab::clear()
{
    m_audit->clear();
}

void CaseAuditTab::showEvents(const QList<AuditEvent> &events)
{
    m_audit->clear();
    for (const AuditEvent &event : events) {
        const QString step = event.from == event.to
                                 ? DisputeCodes::stepName(event.to)
                                 : QStringLiteral("%1 → %2").arg(DisputeCodes::stepName(event.from), DisputeCodes::stepName(event.to));
        const QDateTime at = event.at.toLocalTime();
        auto *item = new QTreeWidgetItem({UiLocale::formatDate(at.date()) + QStringLiteral(" ") + at.toString(QStringLiteral("HH:mm")),
                                          event.shownActor(), step, MoveLabels::actionName(event.action), event.note});
        item->setData(3, Qt::UserRole, event.action);
        item->setToolTip(4, event.note);
        m_audit->addTopLevelItem(item);
    }
    CaseWidgets::fitColumns(m_audit);
    m_audit->scrollToBottom();
}

} // namespace dd
