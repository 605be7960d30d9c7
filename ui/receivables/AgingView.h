#pragma once

#include "common/WorkerFutures.h"
#include "receivables/AgingReport.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <vector>

class QDateEdit;
class QLabel;
class QProgressBar;
class QTableView;

namespace dd {

class AgingTableModel;
class ViewRefresh;
class Session;

// The aged receivables tab: as of a chosen date (today by default), the open amounts by bucket
// per currency (the totals) and per customer. The report is computed only when the tab is shown
// and something changed, so opening a large database does not wait for it, and then on a worker
// thread with a connection of its own: on a large file it takes seconds, while the window keeps
// painting and a busy bar says it is at work. A newer request (another date) supersedes a running
// one, whose result is dropped.
class AgingView : public QWidget
{
    Q_OBJECT
public:
    explicit AgingView(QWidget *parent = nullptr);
    ~AgingView() override;

    // Marks the report stale; it is computed again when the tab is next visible.
    void setSession(Session *session);
    void setAsOf(const QDate &asOf);
    QDate asOf() const;
    // Starts computing the report if it is stale.
    void refreshIfStale();
    void refresh();
    // Between a request and its result in the tables.
    bool isBusy() const { return m_pending; }

    AgingTableModel *currencyModel() const { return m_byCurrency; }
    AgingTableModel *customerModel() const { return m_byCustomer; }

signals:
    void loadFailed(const QString &message);
    // The tables show the report as of asOf().
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Computed
    {
        std::vector<AgingRow> byCurrency;
        std::vector<AgingRow> byCustomer;
        QString error;
    };
    void computed();
    void display(Computed result);
    void fitColumns(QTableView *view) const;

    Session *m_session = nullptr;
    ViewRefresh *m_refresh;
    bool m_stale = true;
    QDateEdit *m_asOf;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QFutureWatcher<Computed> m_watcher;
    WorkerFutures m_workers; // every worker started, the superseded ones too
    // Every request and every emptying of the tables counts, so that a result arriving after a
    // newer request (or after the session went) is dropped.
    quint64 m_generation = 0;
    quint64 m_requested = 0;
    bool m_pending = false;
    AgingTableModel *m_byCurrency;
    AgingTableModel *m_byCustomer;
    QTableView *m_currencyTable;
    QTableView *m_customerTable;
};

} // namespace dd
