#include "DisputesView.h"

#include "DisputeCaseView.h"
#include "DisputeEditor.h"
#include "DisputeListView.h"
#include "DisputeTableModel.h"
#include "ProactiveWarningsView.h"
#include "common/ViewRefresh.h"
#include "session/Session.h"
#include "settings/AppSettings.h"

#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {

DisputesView::DisputesView(DisputeEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new DisputeTableModel(this))
    , m_list(new DisputeListView(m_model, this))
    , m_warnings(new ProactiveWarningsView(this))
    , m_warningsTitle(new QLabel(this))
    , m_case(new DisputeCaseView(editor, this))
    , m_warningsRefresh(new ViewRefresh(this, [this] {
        m_warnings->refresh();
        updateWarningsTitle();
    }))
{
    setObjectName(QStringLiteral("disputesView"));
    m_model->setObjectName(QStringLiteral("disputeModel"));
    m_warningsTitle->setObjectName(QStringLiteral("proactiveTitle"));
    QFont bold = m_warningsTitle->font();
    bold.setBold(true);
    m_warningsTitle->setFont(bold);

    auto *warningsPane = new QWidget(this);
    auto *warningsLayout = new QVBoxLayout(warningsPane);
    warningsLayout->setContentsMargins(0, 6, 0, 0);
    warningsLayout->addWidget(m_warningsTitle);
    warningsLayout->addWidget(m_warnings, 1);

    // The warnings have a tab of their own, the full height of the list: below the list they had
    // a fifth of it, and two dozen products with their customers showed in two to four rows.
    auto *left = m_leftTabs = new QTabWidget(this);
    left->setObjectName(QStringLiteral("disputesLeftTabs"));
    left->setDocumentMode(true);
    left->addTab(m_list, tr("Cases"));
    left->addTab(warningsPane, QString());

    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("disputesSplitter"));
    splitter->addWidget(left);
    // The case view scrolls rather than forcing the whole window to be as wide as its widest
    // form: the main window must still fit a laptop screen.
    auto *caseScroll = new QScrollArea(this);
    caseScroll->setObjectName(QStringLiteral("disputeCaseScroll"));
    caseScroll->setWidgetResizable(true);
    caseScroll->setFrameShape(QFrame::NoFrame);
    caseScroll->setWidget(m_case);
    splitter->addWidget(caseScroll);
    m_list->setMinimumWidth(360);
    m_list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    splitter->setChildrenCollapsible(false);
    // The list and the case share the width in a fixed proportion at every window size (pixels
    // set once left the list narrow on a big screen); the user's drag sets the proportion.
    if (const int remembered = AppSettings::disputesListShare(); remembered > 0) {
        m_listShare = remembered;
        m_shareChosen = true;
    }
    connect(splitter, &QSplitter::splitterMoved, this, [this] {
        const QList<int> sizes = m_splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (total <= 0)
            return;
        m_listShare = sizes.value(0) * 1000 / total;
        m_shareChosen = true;
        AppSettings::setDisputesListShare(m_listShare);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_list->setDefaultAssignee(editor->actor());
    connect(m_list, &DisputeListView::disputeSelected, m_case, &DisputeCaseView::showDispute);
    // A case with a wider header or step picture than the last may need more room (below).
    connect(m_list, &DisputeListView::disputeSelected, this, &DisputesView::applyListShare);
    connect(m_model, &DisputeTableModel::loadFailed, this, &DisputesView::loadFailed);
    connect(m_warnings, &ProactiveWarningsView::loadFailed, this, &DisputesView::loadFailed);
    updateWarningsTitle();
}

void DisputesView::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_list->setDefaultAssignee(session ? session->actingUser() : m_editor->actor());
    m_model->setSession(session);
    m_warnings->setSession(session);
    m_case->setSession(session);
    if (m_session) {
        // The list shows steps and dates of the cases, and a case may raise a warning: read them
        // again after every committed change. The case view keeps its case; the list's selection
        // does not follow the reset.
        const auto refreshLists = [this] {
            m_model->refresh();
            m_warningsRefresh->request();
        };
        connect(m_session, &Session::casesChanged, this, refreshLists);
        connect(m_session, &Session::settingsChanged, this, refreshLists);
    }
    // The warnings read every case of their window with its products (0.2 s on a million
    // invoices, ten times that on ten million): only when this area is on screen, not while the
    // main window opens on another.
    m_warningsRefresh->request();
}

void DisputesView::setAsOf(const QDate &asOf)
{
    m_model->setAsOf(asOf);
    m_warnings->setAsOf(asOf);
    m_case->setAsOf(asOf);
    m_warningsRefresh->request();
}

void DisputesView::refresh()
{
    m_model->refresh();
    m_case->reload();
    m_warningsRefresh->request();
}

void DisputesView::showDispute(qint64 disputeId)
{
    m_case->showDispute(disputeId);
    applyListShare();
}

void DisputesView::resizeEvent(QResizeEvent *event)
{
    // The layout has already given the splitter its new width.
    QWidget::resizeEvent(event);
    applyListShare();
}

void DisputesView::showEvent(QShowEvent *event)
{
    // Resized while hidden (another tab in view), the splitter had no width yet; it has now.
    QWidget::showEvent(event);
    applyListShare();
}

void DisputesView::applyListShare()
{
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    int list = total * m_listShare / 1000;
    // Until the user drags the handle, the case is shown whole (its step picture and header do
    // not scroll sideways) where the width allows, and the list takes the rest.
    // The room of the vertical scroll bar is kept too: a form taller than the window brings it
    // in, and it must not push the case's right edge (Step back…) out of view.
    if (!m_shareChosen) {
        const int caseWidth = m_case->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        list = std::max(m_list->minimumWidth(), std::min(list, total - caseWidth));
    }
    m_splitter->setSizes({list, total - list});
}

void DisputesView::updateWarningsTitle()
{
    const int count = m_warnings->warningCount();
    m_warningsTitle->setText(count == 0 ? tr("Products with repeated complaints")
                                        : tr("Products with repeated complaints (%1)").arg(count));
    m_warningsTitle->setStyleSheet(count == 0 ? QString() : QStringLiteral("color: #7a4b00;"));
    m_leftTabs->setTabText(1, count == 0 ? tr("Product warnings") : tr("Product warnings (%1)").arg(count));
}

} // namespace dd
