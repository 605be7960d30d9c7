#include "CaseHeader.h"

#include "CaseWidgets.h"
#include "DisputeCaseView.h"
#include "common/UiLocale.h"
#include "disputes/Dispute.h"
#include "disputes/ReasonTaxonomy.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopeGuard>
#include <QVBoxLayout>

namespace dd {

namespace {
const QString overdueStyle = QStringLiteral("color: #a61b1b; font-weight: bold;");
} // namespace

CaseHeader::CaseHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(CaseWidgets::valueLabel(this, "caseTitle"))
    , m_step(CaseWidgets::valueLabel(this, "caseStep"))
    , m_customer(CaseWidgets::valueLabel(this, "caseCustomer"))
    , m_invoices(CaseWidgets::valueLabel(this, "caseInvoices"))
    , m_reason(CaseWidgets::valueLabel(this, "caseReason"))
    , m_channel(CaseWidgets::valueLabel(this, "caseChannel"))
    , m_received(CaseWidgets::valueLabel(this, "caseReceived"))
    , m_promised(CaseWidgets::valueLabel(this, "casePromised"))
    , m_disputed(CaseWidgets::valueLabel(this, "caseDisputed"))
    , m_assignee(CaseWidgets::valueLabel(this, "caseAssignee"))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *titleRow = new QHBoxLayout;
    m_title->setWordWrap(false);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_step->setWordWrap(false);
    m_step->setStyleSheet(QStringLiteral("QLabel { background: #1f5fa8; color: white; border-radius: 4px; padding: 2px 8px; font-weight: bold; }"));
    titleRow->addWidget(m_title);
    titleRow->addSpacing(10);
    titleRow->addWidget(m_step);
    titleRow->addStretch(1);
    layout->addLayout(titleRow);

    QFormLayout *left = CaseWidgets::compactForm();
    QFormLayout *right = CaseWidgets::compactForm();
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Cut at the edge, a value lost what mattered ("answered 06/12/20…" at 1366 px): each wraps
    // within its column instead, and the invoices, the one list that can grow long, are capped
    // (showDispute) with the whole list in the tooltip.
    for (QLabel *label : {m_customer, m_invoices, m_reason, m_channel, m_received, m_promised, m_disputed, m_assignee}) {
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000")));
    }
    left->addRow(DisputeCaseView::tr("Customer:"), m_customer);
    left->addRow(DisputeCaseView::tr("Invoices:"), m_invoices);
    left->addRow(DisputeCaseView::tr("Reason:"), m_reason);
    left->addRow(DisputeCaseView::tr("Received:"), m_channel);
    right->addRow(DisputeCaseView::tr("Disputed:"), m_disputed);
    right->addRow(DisputeCaseView::tr("On:"), m_received);
    right->addRow(DisputeCaseView::tr("Answer promised:"), m_promised);
    right->addRow(DisputeCaseView::tr("Assignee:"), m_assignee);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(16);
    columns->addLayout(right, 2);
    layout->addLayout(columns);
}

void CaseHeader::clear()
{
    m_title->setText(DisputeCaseView::tr("No case selected"));
    m_step->hide();
    for (QLabel *label : {m_customer, m_invoices, m_reason, m_channel, m_received, m_promised, m_disputed, m_assignee})
        label->clear();
}

void CaseHeader::showDispute(const Dispute &d, const QDate &asOfDate)
{
    const auto setTips = qScopeGuard([this] {
        for (QLabel *label : {m_customer, m_reason, m_channel, m_disputed, m_assignee})
            label->setToolTip(label->text());
    });
    const Date asOf = IsoDate::fromQDate(asOfDate);
    m_title->setText(DisputeCaseView::tr("Case %1").arg(d.number));
    m_step->setText(d.step == DisputeStep::Closed && d.outcome != Outcome::None
                        ? DisputeCaseView::tr("Closed: %1").arg(DisputeCodes::outcomeName(d.outcome))
                        : DisputeCodes::stepName(d.step));
    m_step->show();
    m_customer->setText(d.customerName);

    QStringList invoices;
    for (const DisputedInvoice &invoice : d.invoices)
        invoices << QStringLiteral("%1 (%2)").arg(invoice.invoiceNumber, UiLocale::formatMoney(invoice.disputed));
    const QString hold = d.isOpen() ? DisputeCaseView::tr("on dunning hold") : DisputeCaseView::tr("hold lifted");
    // Two lines at most: the rest is counted, and listed in the tooltip.
    constexpr int shown = 3;
    QString text = invoices.mid(0, shown).join(QStringLiteral(", "));
    if (invoices.size() > shown)
        text += u' ' + DisputeCaseView::tr("and %n more", "", int(invoices.size()) - shown);
    m_invoices->setText(text + QStringLiteral(" — ") + hold);
    m_invoices->setToolTip(invoices.join(u'\n'));
    const auto reason = ReasonTaxonomy::find(d.reasonCode);
    m_reason->setText(reason ? QStringLiteral("%1 (%2)").arg(reason->name, ReasonTaxonomy::className(reason->reasonClass))
                             : d.reasonCode);
    m_channel->setText(d.contactPerson.isEmpty()
                           ? DisputeCodes::channelName(d.channel)
                           : DisputeCaseView::tr("%1, from %2").arg(DisputeCodes::channelName(d.channel), d.contactPerson));
    m_received->setText(UiLocale::formatDate(d.receivedOn));
    m_disputed->setText(UiLocale::formatMoney(d.disputedTotal()));
    m_assignee->setText(d.assignee);
    if (d.isResponseOverdue(asOf)) {
        m_promised->setText(DisputeCaseView::tr("%1 · overdue").arg(UiLocale::formatDate(d.promisedOn)));
        m_promised->setToolTip(DisputeCaseView::tr("Not answered yet; the customer was promised an answer by %1.")
                                   .arg(UiLocale::formatDate(d.promisedOn)));
        m_promised->setStyleSheet(overdueStyle);
    } else if (!d.answeredOn.is_special()) {
        m_promised->setText(DisputeCaseView::tr("%1 · answered %2").arg(UiLocale::formatDate(d.promisedOn), UiLocale::formatDate(d.answeredOn)));
        m_promised->setStyleSheet(QString());
    } else {
        m_promised->setText(UiLocale::formatDate(d.promisedOn));
        m_promised->setStyleSheet(QString());
    }
}

} // namespace dd
