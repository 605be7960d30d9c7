#include "DisputeListView.h"

#include "DisputeTableModel.h"
#include "common/ListColumnFit.h"
#include "common/ListOutput.h"
#include "common/TableViews.h"
#include "disputes/DisputeListQuery.h"
#include "exporters/ListCsvExport.h"
#include "session/Session.h"
#include "common/UiLocale.h"
#include "disputes/ReasonTaxonomy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {

namespace {
constexpr int debounceMs = 300;
// Step filter entries besides the steps themselves.
constexpr int allSteps = -1;
constexpr int openCases = -2;
} // namespace

DisputeListView::DisputeListView(DisputeTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_step(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Answer &late"), this))
    , m_table(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("disputeListView"));
    m_filter->setObjectName(QStringLiteral("disputeFilter"));
    m_filter->setPlaceholderText(tr("Search case number, customer number or name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search cases"));
    m_step->setObjectName(QStringLiteral("disputeStepFilter"));
    m_step->setAccessibleName(tr("Step"));
    m_step->addItem(tr("Open cases"), openCases);
    m_step->addItem(tr("All cases"), allSteps);
    for (DisputeStep step : {DisputeStep::Hear, DisputeStep::Verify, DisputeStep::Decide, DisputeStep::Resolve,
                             DisputeStep::Learn, DisputeStep::Closed})
        m_step->addItem(DisputeCodes::stepName(step), int(step));
    m_reason->setObjectName(QStringLiteral("disputeReasonFilter"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->addItem(tr("All reasons"), QString());
    for (const Reason &reason : ReasonTaxonomy::all())
        m_reason->addItem(reason.name, reason.code);
    // Some reasons have long names: the combo must not push the case view aside.
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reason->setMinimumContentsLength(14);
    m_reason->view()->setMinimumWidth(m_reason->fontMetrics().horizontalAdvance(QStringLiteral("x")) * 60);
    m_assignee->setObjectName(QStringLiteral("disputeAssigneeFilter"));
    m_assignee->setAccessibleName(tr("Assignee"));
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    m_assignee->addItem(QString());
    m_assignee->lineEdit()->setPlaceholderText(tr("Any assignee"));
    m_assignee->lineEdit()->setClearButtonEnabled(true);
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assignee->setMinimumContentsLength(10);
    m_overdue->setObjectName(QStringLiteral("disputeOverdueOnly"));
    m_overdue->setToolTip(tr("Only open cases whose promised answer is late"));
    m_table->setObjectName(QStringLiteral("disputeTable"));
    m_table->setAccessibleName(tr("Dispute cases"));
    m_debounce->setObjectName(QStringLiteral("disputeFilterDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_filter, 1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_step);
    filterRow->addWidget(m_reason, 1);
    filterRow->addWidget(m_assignee, 1);
    filterRow->addWidget(m_overdue);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    m_table->setModel(m_model);
    TableViews::setUpList(m_table);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(DisputeTableModel::Number, Qt::DescendingOrder);
    TableViews::keepSortIndicatorOnSortable(m_table, &DisputeTableModel::isSortable);
    const QString date = UiLocale::formatDate(QDate(2026, 12, 31));
    TableViews::fitColumns(m_table, {{QStringLiteral("DSP-2026-000000")},
                                     {QStringLiteral("Installatiebedrijf van den Berg")},
                                     {QStringLiteral("Quality of product/service")},
                                     {DisputeCodes::stepName(DisputeStep::Resolve)},
                                     {date},
                                     {tr("%1 · overdue").arg(date)},
                                     {UiLocale::formatMoney(Money(-12345678, QStringLiteral("EUR")))},
                                     {QStringLiteral("Pieter Bakker")}});
    // The customer's name takes the room that is left, not the assignee (often empty) at the end.
    ListColumnFit::fitAndRemember(m_table, DisputeTableModel::Customer, QStringLiteral("disputes"));
    m_output = new ListOutput(
        m_table, tr("Cases"), [this] { return m_model->session(); },
        [this] {
            return ListOutput::queryWriter(&Session::disputeList, [filter = m_model->filter(), sort = m_model->sortKey(),
                                                                   descending = m_model->sortDescending()](DisputeListQuery &query) {
                query.setFilter(filter);
                query.setSort(sort, descending);
            });
        },
        this);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &DisputeListView::showContextMenu);

    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &DisputeListView::applyFilter);
    connect(m_debounce, &QTimer::timeout, this, &DisputeListView::applyFilter);
    connect(m_assignee, &QComboBox::currentTextChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_step, &QComboBox::currentIndexChanged, this, &DisputeListView::applyFilter);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &DisputeListView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &DisputeListView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (const qint64 id = current.isValid() ? m_model->disputeIdAt(current.row()) : 0)
            emit disputeSelected(id);
    });
    applyFilter();
}

void DisputeListView::setDefaultAssignee(const QString &assignee)
{
    if (m_assignee->findText(assignee) < 0)
        m_assignee->addItem(assignee);
}

void DisputeListView::applyFilter()
{
    m_debounce->stop();
    DisputeFilter filter;
    filter.text = m_filter->text();
    const int step = m_step->currentData().toInt();
    filter.openOnly = step == openCases;
    if (step >= 0)
        filter.step = DisputeStep(step);
    filter.reasonCode = m_reason->currentData().toString();
    filter.assignee = m_assignee->currentText().trimmed();
    filter.responseOverdue = m_overdue->isChecked();
    m_model->setFilter(filter);
    emit filterApplied();
}

void DisputeListView::showContextMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("disputeListContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_output->addActionsTo(menu);
    // popup, not exec: no nested event loop (tests drive the menu like a user).
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void DisputeListView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace dd
