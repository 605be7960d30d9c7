#include "AgingView.h"

#include "common/DatabaseWorkers.h"
#include "common/ViewRefresh.h"
#include "session/Session.h"

#include "AgingTableModel.h"
#include "common/DateEdits.h"
#include "common/TableViews.h"
#include "common/Error.h"
#include "common/UiLocale.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dd {

AgingView::AgingView(QWidget *parent)
    : QWidget(parent)
    , m_asOf(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_byCurrency(new AgingTableModel(AgingTableModel::Grouping::ByCurrency, this))
    , m_byCustomer(new AgingTableModel(AgingTableModel::Grouping::ByCustomer, this))
    , m_currencyTable(new QTableView(this))
    , m_customerTable(new QTableView(this))
{
    setObjectName(QStringLiteral("agingView"));
    m_refresh = new ViewRefresh(this, [this] { refresh(); });
    m_asOf->setObjectName(QStringLiteral("agingAsOf"));
    m_asOf->setCalendarPopup(true);
    DateEdits::limitToAcceptedRange(m_asOf);
    m_asOf->setDisplayFormat(UiLocale::languageCode() == u"nl" ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy"));
    m_summary->setObjectName(QStringLiteral("agingSummary"));
    m_busy->setObjectName(QStringLiteral("agingBusy"));
    m_busy->setRange(0, 0); // how long the query takes is not known: a moving bar
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_currencyTable->setObjectName(QStringLiteral("agingByCurrencyTable"));
    m_customerTable->setObjectName(QStringLiteral("agingByCustomerTable"));
    m_currencyTable->setAccessibleName(tr("Aged receivables per currency"));
    m_customerTable->setAccessibleName(tr("Aged receivables per customer"));

    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto *today = new QPushButton(tr("&Today"), this);
    today->setObjectName(QStringLiteral("agingToday"));

    auto *top = new QHBoxLayout;
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addWidget(today);
    top->addSpacing(16);
    top->addWidget(m_busy);
    top->addWidget(m_summary, 1);

    auto *currencyTitle = new QLabel(tr("Per currency"), this);
    auto *customerTitle = new QLabel(tr("Per customer"), this);
    QFont titleFont = currencyTitle->font();
    titleFont.setBold(true);
    currencyTitle->setFont(titleFont);
    customerTitle->setFont(titleFont);

    for (auto [view, model] : {std::pair{m_currencyTable, m_byCurrency}, std::pair{m_customerTable, m_byCustomer}}) {
        view->setModel(model);
        TableViews::setUpList(view);
        fitColumns(view);
    }
    // Customers owing the most first; the currency lines stay in the report's order.
    m_customerTable->horizontalHeader()->setSortIndicator(m_byCustomer->totalColumn(), Qt::DescendingOrder);
    m_customerTable->setSortingEnabled(true);
    m_customerTable->horizontalHeader()->setStretchLastSection(false);
    m_customerTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_currencyTable->horizontalHeader()->setSectionsClickable(false);
    // A handful of currencies: the table is as high as its rows, not more.
    m_currencyTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_currencyTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(currencyTitle);
    layout->addWidget(m_currencyTable);
    layout->addSpacing(6);
    layout->addWidget(customerTitle);
    layout->addWidget(m_customerTable, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        m_stale = true;
        refreshIfStale();
    });
    connect(today, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_asOf->setDate(m_session->asOf());
    });
    connect(&m_watcher, &QFutureWatcher<Computed>::finished, this, &AgingView::computed);
    connect(m_byCurrency, &AgingTableModel::loadFailed, this, &AgingView::loadFailed);
    connect(m_byCustomer, &AgingTableModel::loadFailed, this, &AgingView::loadFailed);
}

void AgingView::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = nullptr;
    // Set while there is no database yet: the date alone reads nothing.
    if (session)
        setAsOf(session->asOf());
    m_session = session;
    m_stale = true;
    // What is open, how old it is and whether it is disputed; the customers' names.
    m_refresh->follow(session, DataChange::Invoices | DataChange::Payments | DataChange::CreditNotes | DataChange::Cases
                                   | DataChange::Customers);
    if (session) {
        connect(session, &Session::asOfChanged, this, &AgingView::setAsOf);
    } else {
        display({});
    }
    if (isVisible())
        refreshIfStale();
}

void AgingView::setAsOf(const QDate &asOf)
{
    m_asOf->setDate(asOf);
}

QDate AgingView::asOf() const
{
    return m_asOf->date();
}

AgingView::~AgingView()
{
    // The workers read the database with connections of their own: a file removed or replaced
    // once the window is gone must not be read from under them.
    m_workers.waitForAll();
}

void AgingView::refreshIfStale()
{
    if (m_stale)
        refresh();
}

void AgingView::refresh()
{
    m_stale = false;
    const QDate date = m_asOf->date();
    if (!m_session || !date.isValid()) {
        m_busy->hide();
        display({});
        return;
    }
    m_requested = ++m_generation;
    m_pending = true;
    m_busy->show();
    m_summary->setText(tr("Calculating the aged receivables as of %1…").arg(UiLocale::formatDate(date)));
    // The worker has copies of all it needs. The watcher follows only the newest request; the view
    // waits for every worker it started when it closes (WorkerFutures).
    m_watcher.setFuture(m_workers.add(QtConcurrent::run(DatabaseWorkers::pool(), [path = m_session->location(), asOf = IsoDate::fromQDate(date)] {
        Computed result;
        try {
            const auto reader = Session::open(path, Session::Access::ReadOnly);
            result.byCurrency = reader->aging().byCurrency(asOf);
            result.byCustomer = reader->aging().byCustomer(asOf);
        } catch (const Error &error) {
            result.error = error.message();
        }
        return result;
    })));
}

void AgingView::computed()
{
    // The signal of a request superseded since.
    if (!m_watcher.isFinished() || m_requested != m_generation)
        return;
    Computed result = m_watcher.result();
    m_busy->hide();
    if (!result.error.isEmpty())
        emit loadFailed(result.error);
    display(std::move(result));
}

void AgingView::display(Computed result)
{
    ++m_generation;
    m_pending = false;
    m_byCurrency->setRows(std::move(result.byCurrency));
    m_byCustomer->setRows(std::move(result.byCustomer));
    const int rows = m_byCurrency->rowCount();
    const int height = m_currencyTable->horizontalHeader()->height()
                       + m_currencyTable->verticalHeader()->defaultSectionSize() * std::max(rows, 1)
                       + 2 * m_currencyTable->frameWidth() + 2;
    m_currencyTable->setFixedHeight(height);
    qint64 invoices = 0;
    for (const AgingRow &row : m_byCurrency->rows())
        invoices += row.invoiceCount;
    if (m_session)
        m_summary->setText(tr("Open invoices: %1 · Customers with open invoices: %2")
                               .arg(UiLocale::formatCount(invoices), UiLocale::formatCount(m_byCustomer->rowCount())));
    else
        m_summary->clear();
    emit refreshed();
}

void AgingView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshIfStale();
}

void AgingView::fitColumns(QTableView *view) const
{
    auto *model = static_cast<AgingTableModel *>(view->model());
    // Wide enough for millions per bucket; the customer name takes what is left.
    const QString amount = UiLocale::formatMoney(Money(123456789, QStringLiteral("EUR")));
    QList<QStringList> samples;
    if (model->grouping() == AgingTableModel::Grouping::ByCustomer)
        samples << QStringList{QStringLiteral("D000000")} << QStringList{QStringLiteral("Garagebedrijf van den Berg B.V.")};
    samples << QStringList{QStringLiteral("EUR")};
    for (int bucket = 0; bucket < AgingRow::bucketCount; ++bucket)
        samples << QStringList{amount};
    samples << QStringList{amount} << QStringList{QStringLiteral("000000")} << QStringList{amount};
    TableViews::fitColumns(view, samples);
}

} // namespace dd
