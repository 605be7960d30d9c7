#pragma once

#include "common/WorkerFutures.h"
#include "reports/DashboardService.h"
#include "reports/DisputeReport.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QGridLayout;

QT_BEGIN_NAMESPACE
class QBarSet;
class QChartView;
class QPieSeries;
QT_END_NAMESPACE

namespace dd {

class Session;

// The start page: the key figures of DashboardService on the as-of date and three charts over the
// twelve months up to it (DisputeReport): the reasons as a Pareto, organisational vs
// product-technical, and the open cases per step. A bar or slice clicked asks for the matching
// list (the main window opens it). Computed only when shown and something changed, like the
// aged receivables, and then on a worker thread, so opening a large database does not wait for it.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    // Marks the figures stale; they are computed again when the page is next visible, and
    // whenever the session reports a change to what they count.
    void setSession(Session *session);
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }
    void invalidate();
    void refreshIfStale();
    // Starts computing the figures in the background; refreshed() follows when they are shown.
    void refresh();
    bool isBusy() const { return m_watcher.isRunning(); }

    // What the page shows (tests compare it with the core).
    const DashboardFigures &figures() const { return m_figures; }
    const DisputeReportData &report() const { return m_report; }
    // The reason codes of the Pareto bars in the bar set's order: smallest first, as the largest
    // is drawn on top.
    const QStringList &paretoReasons() const { return m_paretoReasons; }
    // The step code of each bar of the step chart, bottom to top.
    const QStringList &stepCodes() const { return m_stepCodes; }
    QChartView *paretoChart() const { return m_paretoView; }
    QChartView *classChart() const { return m_classView; }
    QChartView *stepChart() const { return m_stepView; }

    // The Pareto shows the largest reasons; the rest is left out (the report has them all).
    static constexpr int paretoBars = 8;

signals:
    void reasonActivated(const QString &reasonCode);
    void reasonClassActivated(const QString &classCode);
    void stepActivated(const QString &stepCode);
    void loadFailed(const QString &message);
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Snapshot
    {
        bool valid = false;
        Date asOf;
        Date from;
        DashboardFigures figures;
        DisputeReportData report;
        QString error;
    };

    void computed();
    void display(const Snapshot &snapshot);
    QLabel *addFigure(QGridLayout *grid, int index, const QString &objectName, const QString &title);
    void showFigures();
    void showPareto();
    void showClasses();
    void showSteps();

    Session *m_session = nullptr;
    QDate m_asOf;
    bool m_stale = true;
    bool m_restart = false;
    QFutureWatcher<Snapshot> m_watcher;
    WorkerFutures m_workers; // every worker started, the superseded ones too
    DashboardFigures m_figures;
    DisputeReportData m_report;
    QStringList m_paretoReasons;
    QStringList m_stepCodes;

    QLabel *m_period;
    QLabel *m_open;
    QLabel *m_overdue;
    QLabel *m_disputed;
    QLabel *m_dso;
    QLabel *m_openCases;
    QLabel *m_pastResponse;
    QChartView *m_paretoView;
    QChartView *m_classView;
    QChartView *m_stepView;
};

} // namespace dd
