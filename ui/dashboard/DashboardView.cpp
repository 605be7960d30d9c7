#include "DashboardView.h"

#include "common/DatabaseWorkers.h"
#include "common/Error.h"
#include "session/Session.h"

#include "calendar/IsoDate.h"
#include "common/UiLocale.h"
#include "disputes/DisputeCodes.h"
#include "disputes/ReasonTaxonomy.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QValueAxis>

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QShowEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dd {

namespace {

QString percent(int basisPoints)
{
    return UiLocale::locale().toString(basisPoints / 100.0, 'f', 1) + QStringLiteral("%");
}

QString reasonName(const QString &code)
{
    const auto reason = ReasonTaxonomy::find(code);
    return reason ? reason->name : code;
}

QString className(const QString &code)
{
    for (ReasonClass value : {ReasonClass::Organisational, ReasonClass::ProductTechnical})
        if (ReasonTaxonomy::classCode(value) == code)
            return ReasonTaxonomy::className(value);
    return code;
}

QString stepName(const QString &code)
{
    const auto step = DisputeCodes::step(code);
    return step ? DisputeCodes::stepName(*step) : code;
}

QChartView *makeChartView(const QString &objectName, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 150);
    return view;
}

// Counts are whole numbers: after the nice-number rounding, a small range gets one tick per
// unit, or "%d" labels repeat (0, 0, 0, 1 for a range of 0 to 1).
void wholeNumberTicks(QValueAxis *axis)
{
    axis->applyNiceNumbers();
    const int top = int(axis->max());
    if (top <= 8)
        axis->setTickCount(std::max(top, 1) + 1);
}

// A category label on at most two lines of `shortest` characters or more, broken at spaces: the
// category axis gives a label the room of its widest line, up to about two fifths of the chart,
// and two lines of a bar's row on a 1366x768 screen, and cuts ("Afhand…") what does not fit. A
// line break makes the label rich text, so the words are escaped.
QString wrappedLabel(const QString &text, int shortest)
{
    const int width = std::max<int>(shortest, int(text.size() + 1) / 2 + 1);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines << line;
    if (lines.size() == 1)
        return text;
    for (QString &each : lines)
        each = each.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

// About 200 pixels of an ordinary font: the category axis then leaves the bars most of the chart
// at 1366x768; a longer label (the Dutch invoice-error reason) is split in two halves instead.
constexpr int labelWidth = 28;

// Replaces the chart's series and axes (QChart owns them and deletes them here).
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_period(new QLabel(this))
    , m_paretoView(makeChartView(QStringLiteral("dashboardParetoChart"), this))
    , m_classView(makeChartView(QStringLiteral("dashboardClassChart"), this))
    , m_stepView(makeChartView(QStringLiteral("dashboardStepChart"), this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_paretoView->setAccessibleName(tr("Reasons for disputes"));
    m_classView->setAccessibleName(tr("Organisational and product-technical disputes"));
    m_stepView->setAccessibleName(tr("Open cases per step"));
    m_paretoView->setToolTip(tr("Click a bar to list the cases with that reason"));
    m_classView->setToolTip(tr("Click a slice to list the cases"));
    m_stepView->setToolTip(tr("Click a bar to list the cases in that step"));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    m_open = addFigure(grid, 0, QStringLiteral("dashboardOpen"), tr("Open amount"));
    m_overdue = addFigure(grid, 1, QStringLiteral("dashboardOverdue"), tr("Overdue amount"));
    m_disputed = addFigure(grid, 2, QStringLiteral("dashboardDisputed"), tr("Disputed amount"));
    m_dso = addFigure(grid, 3, QStringLiteral("dashboardDso"), tr("DSO (countback)"));
    m_openCases = addFigure(grid, 4, QStringLiteral("dashboardOpenCases"), tr("Open cases"));
    m_pastResponse = addFigure(grid, 5, QStringLiteral("dashboardPastResponse"), tr("Cases past response date"));

    auto *right = new QVBoxLayout;
    right->addWidget(m_classView, 1);
    right->addWidget(m_stepView, 1);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_paretoView, 3);
    charts->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_period);
    layout->addLayout(grid);
    layout->addLayout(charts, 1);
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this, &DashboardView::computed);
}

QLabel *DashboardView::addFigure(QGridLayout *grid, int index, const QString &objectName, const QString &title)
{
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    auto *caption = new QLabel(title, card);
    auto *value = new QLabel(card);
    value->setObjectName(objectName);
    value->setAccessibleName(title);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(caption);
    layout->addWidget(value);
    grid->addWidget(card, index / 3, index % 3);
    return value;
}

void DashboardView::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        m_asOf = session->asOf();
        connect(session, &Session::asOfChanged, this, &DashboardView::setAsOf);
        // Every figure and chart counts invoices, payments, credit notes or cases; once per
        // commit, however many of them it touched.
        connect(session, &Session::changed, this, [this](DataChanges what) {
            if (what & (DataChange::Invoices | DataChange::Payments | DataChange::CreditNotes | DataChange::Cases | DataChange::Customers))
                invalidate();
        });
    }
    invalidate();
}

void DashboardView::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    invalidate();
}

void DashboardView::invalidate()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardView::refreshIfStale()
{
    if (m_stale)
        refresh();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshIfStale();
}

DashboardView::~DashboardView()
{
    // The worker holds its own connection to the file; let it finish before the page goes.
    m_workers.waitForAll();
}

void DashboardView::refresh()
{
    m_stale = false;
    if (m_watcher.isRunning()) {
        m_restart = true; // the figures being computed are already out of date
        return;
    }
    const Date asOf = IsoDate::fromQDate(m_asOf);
    const Date from = IsoDate::fromQDate(m_asOf.addYears(-1).addDays(1));
    if (!m_session) {
        display({});
        return;
    }
    m_period->setText(tr("Calculating the figures as of %1…").arg(UiLocale::formatDate(m_asOf)));
    // On a large file the figures take a second or more; a connection of its own on a worker
    // thread keeps the window responsive meanwhile (a session belongs to its thread).
    m_watcher.setFuture(m_workers.add(QtConcurrent::run(DatabaseWorkers::pool(), [path = m_session->location(), asOf, from] {
        Snapshot snapshot;
        snapshot.asOf = asOf;
        snapshot.from = from;
        try {
            const auto reader = Session::open(path, Session::Access::ReadOnly);
            snapshot.figures = reader->dashboard().compute(asOf);
            DisputeReportOptions options;
            options.repeatedProducts = false; // not shown here
            snapshot.report = reader->disputeReport().compute(from, asOf, asOf, options);
            snapshot.valid = true;
        } catch (const Error &error) {
            snapshot.error = error.message();
        }
        return snapshot;
    })));
}

void DashboardView::computed()
{
    const Snapshot snapshot = m_watcher.result();
    if (m_restart) {
        m_restart = false;
        refresh();
        return;
    }
    if (!snapshot.error.isEmpty())
        emit loadFailed(snapshot.error);
    display(snapshot);
}

void DashboardView::display(const Snapshot &snapshot)
{
    m_figures = snapshot.figures;
    m_report = snapshot.report;
    m_period->setText(snapshot.valid ? tr("As of %1; charts over the cases received from %2 to %3")
                                           .arg(UiLocale::formatDate(IsoDate::toQDate(snapshot.asOf)),
                                                UiLocale::formatDate(IsoDate::toQDate(snapshot.from)),
                                                UiLocale::formatDate(IsoDate::toQDate(snapshot.asOf)))
                                     : (m_session ? QString() : tr("No database open")));
    showFigures();
    showPareto();
    showClasses();
    showSteps();
    emit refreshed();
}

void DashboardView::showFigures()
{
    const QString currency = m_figures.currency.isEmpty() ? QStringLiteral("EUR") : m_figures.currency;
    m_open->setText(UiLocale::formatMoney(m_figures.openCents, currency));
    m_overdue->setText(UiLocale::formatMoney(m_figures.overdueCents, currency));
    m_disputed->setText(UiLocale::formatMoney(m_figures.disputedCents, currency));
    const QString days = UiLocale::locale().toString(m_figures.dsoTenths / 10.0, 'f', 1);
    m_dso->setText(m_figures.dsoCapped ? tr("over %1 days").arg(days) : tr("%1 days").arg(days));
    m_openCases->setText(UiLocale::formatCount(m_figures.openCases));
    m_pastResponse->setText(UiLocale::formatCount(m_figures.casesPastResponseDate));
}

void DashboardView::showPareto()
{
    QChart *chart = m_paretoView->chart();
    clearChart(chart);
    m_paretoReasons.clear();
    const int bars = std::min<int>(paretoBars, int(m_report.pareto.size()));
    chart->setTitle(bars == 0 ? tr("Reasons for disputes: none received in the period")
                              : tr("Reasons for disputes (Pareto, cases received)"));
    if (bars == 0)
        return;
    // Horizontal bars read long reason names; the largest on top, so the set runs smallest first.
    auto *set = new QBarSet(tr("Cases"));
    QStringList categories;
    for (int i = bars - 1; i >= 0; --i) {
        const DisputeReportData::ParetoRow &row = m_report.pareto.at(std::size_t(i));
        set->append(row.cases);
        // The name alone: with the cumulative share the longest names (eighty characters in
        // Dutch) did not fit two lines; the share is in the tooltip and the report.
        categories << wrappedLabel(reasonName(row.reason), labelWidth);
        m_paretoReasons << row.reason;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    // A little smaller than the chart's text, so that the longest names fit two lines.
    QFont labelFont = names->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    names->setLabelsFont(labelFont);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setMin(0);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    wholeNumberTicks(counts);
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_paretoReasons.size())
            emit reasonActivated(m_paretoReasons.at(index));
    });
    connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on || index < 0 || index >= m_paretoReasons.size())
            return;
        const auto row = m_report.pareto.at(std::size_t(m_paretoReasons.size() - 1 - index));
        QToolTip::showText(QCursor::pos(), tr("%1: %n case(s), %2 (%3 of the cases, cumulative %4)", nullptr, row.cases)
                                               .arg(reasonName(row.reason),
                                                    UiLocale::formatMoney(row.amountCents, m_report.currency),
                                                    percent(row.shareBp), percent(row.cumulativeBp)));
    });
}

void DashboardView::showClasses()
{
    QChart *chart = m_classView->chart();
    clearChart(chart);
    int total = 0;
    for (const auto &row : m_report.classes)
        total += row.cases;
    chart->setTitle(tr("Organisational vs product-technical (reference %1 organisational)")
                        .arg(percent(DisputeReportData::referenceOrganisationalBp)));
    if (total == 0)
        return;
    auto *series = new QPieSeries;
    for (const auto &row : m_report.classes) {
        if (row.cases == 0)
            continue;
        QPieSlice *slice = series->append(tr("%1 %2").arg(className(row.reasonClass), percent(row.shareBp)), row.cases);
        slice->setProperty("classCode", row.reasonClass);
        slice->setLabelVisible(true);
    }
    series->setPieSize(0.6);
    chart->addSeries(series);
    connect(series, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
        emit reasonClassActivated(slice->property("classCode").toString());
    });
}

void DashboardView::showSteps()
{
    QChart *chart = m_stepView->chart();
    clearChart(chart);
    m_stepCodes.clear();
    chart->setTitle(tr("Open cases per step"));
    auto *set = new QBarSet(tr("Open cases"));
    QStringList categories;
    int most = 0;
    // Horizontal bars, the first step on top (the set runs from the last step): the step names
    // ("Afhandelen") have the room on the left that a narrow column under a bar does not give.
    for (auto row = m_report.openBySteps.rbegin(); row != m_report.openBySteps.rend(); ++row) {
        set->append(row->total);
        categories << wrappedLabel(stepName(row->step), labelWidth);
        m_stepCodes << row->step;
        most = std::max(most, row->total);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *steps = new QBarCategoryAxis;
    steps->append(categories);
    chart->addAxis(steps, Qt::AlignLeft);
    series->attachAxis(steps);
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setRange(0, std::max(most, 1));
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    wholeNumberTicks(counts);
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_stepCodes.size())
            emit stepActivated(m_stepCodes.at(index));
    });
}

} // namespace dd
