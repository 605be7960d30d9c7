#include "ReportDocuments.h"

#include "money/Money.h"

#include <cstdlib>

namespace dd {

namespace {

using Cell = std::pair<QString, QString>;

Cell number(qint64 value)
{
    return {QString::number(value), QString::number(value)};
}

Cell text(const QString &value)
{
    return {value, value};
}

} // namespace

QString ReportDocuments::plainBasisPoints(int basisPoints)
{
    const QString sign = basisPoints < 0 ? QStringLiteral("-") : QString();
    const int magnitude = std::abs(basisPoints);
    return sign + QStringLiteral("%1.%2").arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString ReportDocuments::plainTenths(qint64 tenths)
{
    const QString sign = tenths < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = tenths < 0 ? -tenths : tenths;
    return sign + QStringLiteral("%1.%2").arg(magnitude / 10).arg(magnitude % 10);
}

ReportDocument ReportDocuments::disputes(const DisputeReportData &data, const ReportLocale &l, const QString &company)
{
    const QString cur = data.currency;
    auto money = [&](qint64 cents) -> Cell { return {l.money(cents, cur), Money(cents, cur).toPlain()}; };
    auto share = [&](int bp) -> Cell { return {l.percent(bp), plainBasisPoints(bp)}; };
    auto tenths = [&](qint64 value) -> Cell { return {l.tenths(value), plainTenths(value)}; };

    ReportDocument doc;
    doc.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Dispute report"));
    const QString period = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Period %1 to %2"))
                               .arg(l.date(data.from), l.date(data.to));
    doc.titleLines = {company, period, l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Open cases as of %1")).arg(l.date(data.asOf)),
                      l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Amounts in %1")).arg(cur)};
    doc.runningHeader = company + QStringLiteral(" · ") + doc.title + QStringLiteral(" · ") + period;
    doc.pageText = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Page %1 of %2"));

    // 1. Key figures.
    doc.heading(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Summary")));
    ReportTable summary;
    summary.id = QStringLiteral("summary");
    summary.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Key figures"));
    summary.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Figure")), QStringLiteral("figure"));
    summary.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Value")), QStringLiteral("value"), true);
    summary.row({text(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases opened in the period"))),
                 number(data.opened)});
    summary.row({text(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases closed in the period"))),
                 number(data.closed)});
    summary.row({text(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Disputed amount of the cases opened"))),
                 money(data.openedAmountCents)});
    summary.row({text(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Open cases on the as-of date"))),
                 number(data.openOnAsOf)});
    summary.row({text(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Open cases past the promised response date"))),
                 number(data.pastPromisedDate)});
    summary.row({text(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases answered after the promised date"))),
                 number(data.answeredLate)});
    summary.row({text(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Average days to first response"))),
                 tenths(data.firstResponse.averageTenths)});
    summary.row({text(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Median days to first response"))),
                 tenths(data.firstResponse.medianTenths)});
    summary.row({text(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Average days to close"))),
                 tenths(data.toClose.averageTenths)});
    summary.row({text(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Median days to close"))),
                 tenths(data.toClose.medianTenths)});
    doc.table(summary);
    if (data.otherCurrencyCases > 0)
        doc.paragraph(
            l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "%1 cases in other currencies are counted, "
                                                         "but their amounts are not included."))
                .arg(data.otherCurrencyCases));

    // 2. Open cases per step and age.
    doc.heading(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Open cases per step and age")));
    ReportTable steps;
    steps.id = QStringLiteral("open_by_step");
    steps.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Open cases per step and age (days since received)"));
    steps.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Step")), QStringLiteral("step"));
    const QStringList ageHeaders = {QStringLiteral("0–14"), QStringLiteral("15–30"), QStringLiteral("31–60"),
                                    QStringLiteral("61–90"), l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "over 90"))};
    const QStringList ageCodes = DisputeReportData::ageBucketCodes();
    for (int b = 0; b < DisputeReportData::ageBucketCount; ++b)
        steps.column(ageHeaders.at(b), QStringLiteral("days_") + QString(ageCodes.at(b)).replace(u'-', u'_'), true);
    steps.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Total")), QStringLiteral("total"), true);
    ReportChart stepChart;
    stepChart.kind = ReportChart::Kind::Bar;
    stepChart.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Open cases per step"));
    stepChart.values = {{}};
    for (const auto &row : data.openBySteps) {
        QList<Cell> cells{{l.stepName(row.step), row.step}};
        for (int count : row.byAge)
            cells << number(count);
        cells << number(row.total);
        steps.row(cells);
        stepChart.labels << l.stepName(row.step);
        stepChart.values[0] << row.total;
    }
    doc.table(steps);
    doc.chart(stepChart);

    // 3. Reasons (Pareto) and the organisational / product-technical split.
    doc.pageBreak();
    doc.heading(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Reasons (Pareto)")));
    ReportTable pareto;
    pareto.id = QStringLiteral("reasons_pareto");
    pareto.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Reasons of the cases opened in the period"));
    pareto.emptyText = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "No cases were opened in the period."));
    pareto.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Reason")), QStringLiteral("reason"));
    pareto.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Class")), QStringLiteral("class"));
    pareto.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases")), QStringLiteral("cases"), true);
    pareto.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Share")), QStringLiteral("share_percent"), true);
    pareto.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cumulative")), QStringLiteral("cumulative_percent"), true);
    pareto.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Amount")), QStringLiteral("amount"), true);
    pareto.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Amount share")), QStringLiteral("amount_share_percent"), true);
    pareto.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cumulative amount")), QStringLiteral("cumulative_amount_percent"),
                  true);
    ReportChart paretoChart;
    paretoChart.kind = ReportChart::Kind::Pareto;
    paretoChart.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Reasons (Pareto): cases and cumulative share"));
    paretoChart.values = {{}, {}};
    paretoChart.seriesNames = {l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases")),
                               l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cumulative"))};
    paretoChart.emptyText = pareto.emptyText;
    for (const auto &row : data.pareto) {
        pareto.row({{l.reasonName(row.reason), row.reason}, {l.className(row.reasonClass), row.reasonClass},
                    number(row.cases), share(row.shareBp), share(row.cumulativeBp), money(row.amountCents),
                    share(row.amountShareBp), share(row.cumulativeAmountBp)});
        paretoChart.labels << l.reasonName(row.reason);
        paretoChart.values[0] << row.cases;
        paretoChart.values[1] << row.cumulativeBp;
        paretoChart.valueLabels << QStringLiteral("%1 · %2 %3").arg(QString::number(row.cases), paretoChart.seriesNames.at(1),
                                                                  l.percent(row.cumulativeBp));
    }
    doc.table(pareto);
    doc.chart(paretoChart);

    doc.heading(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Organisational or product-technical")));
    ReportTable classes;
    classes.id = QStringLiteral("reason_classes");
    classes.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Organisational vs product-technical (reference: 96% / 4%)"));
    classes.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Class")), QStringLiteral("class"));
    classes.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases")), QStringLiteral("cases"), true);
    classes.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Share")), QStringLiteral("share_percent"), true);
    classes.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Reference")), QStringLiteral("reference_percent"), true);
    classes.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Amount")), QStringLiteral("amount"), true);
    ReportChart pie;
    pie.kind = ReportChart::Kind::Pie;
    pie.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Organisational vs product-technical"));
    pie.values = {{}};
    pie.referenceBp = DisputeReportData::referenceOrganisationalBp;
    pie.referenceLabel = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Reference: 96% organisational"));
    pie.emptyText = pareto.emptyText;
    for (const auto &row : data.classes) {
        classes.row({{l.className(row.reasonClass), row.reasonClass}, number(row.cases), share(row.shareBp),
                     share(row.referenceBp), money(row.amountCents)});
        pie.labels << l.className(row.reasonClass);
        pie.values[0] << row.cases;
        pie.valueLabels << l.percent(row.shareBp);
    }
    doc.table(classes);
    doc.chart(pie);

    // 4. Outcomes and the trend.
    doc.pageBreak();
    doc.heading(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Outcomes")));
    ReportTable outcomes;
    outcomes.id = QStringLiteral("outcomes");
    outcomes.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Outcomes of the cases closed in the period"));
    outcomes.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Outcome")), QStringLiteral("outcome"));
    outcomes.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases")), QStringLiteral("cases"), true);
    outcomes.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Disputed")), QStringLiteral("disputed"), true);
    outcomes.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Credited")), QStringLiteral("credited"), true);
    outcomes.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Written off (goodwill)")), QStringLiteral("goodwill"), true);
    for (const auto &row : data.outcomes)
        outcomes.row({{l.outcomeName(row.outcome), row.outcome}, number(row.cases), money(row.disputedCents),
                      money(row.creditedCents), money(row.goodwillCents)});
    doc.table(outcomes);

    doc.heading(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Opened and closed per month")));
    ReportTable months;
    months.id = QStringLiteral("months");
    months.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases opened and closed per month"));
    months.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Month")), QStringLiteral("month"));
    months.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Opened")), QStringLiteral("opened"), true);
    months.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Closed")), QStringLiteral("closed"), true);
    ReportChart trend;
    trend.kind = ReportChart::Kind::Line;
    trend.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Opened vs closed per month"));
    trend.values = {{}, {}};
    trend.seriesNames = {l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Opened")), 
                         l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Closed"))};
    for (const auto &row : data.months) {
        months.row({{l.month(row.year, row.month), QStringLiteral("%1-%2").arg(row.year).arg(row.month, 2, 10, QLatin1Char('0'))},
                    number(row.opened), number(row.closed)});
        trend.labels << l.month(row.year, row.month, true);
        trend.values[0] << row.opened;
        trend.values[1] << row.closed;
    }
    doc.table(months);
    doc.chart(trend);

    // 5. Customers and products.
    doc.pageBreak();
    doc.heading(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Top customers by disputed amount")));
    ReportTable customers;
    customers.id = QStringLiteral("top_customers");
    customers.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Customers with the largest disputed amounts in the period"));
    customers.emptyText = pareto.emptyText;
    customers.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Customer")), QStringLiteral("customer"));
    customers.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Name")), QStringLiteral("name"));
    customers.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases")), QStringLiteral("cases"), true);
    customers.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Disputed")), QStringLiteral("disputed"), true);
    for (const auto &row : data.topCustomers)
        customers.row({text(row.number), text(row.name), number(row.cases), money(row.disputedCents)});
    doc.table(customers);

    doc.heading(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Products with repeated complaints")));
    ReportTable products;
    products.id = QStringLiteral("repeated_products");
    products.title =
        l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Products several customers complained about, and customers to warn"));
    products.emptyText = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "No product drew complaints from several customers."));
    products.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Product")), QStringLiteral("product"));
    products.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Name")), QStringLiteral("name"));
    products.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Complaining customers")),
                    QStringLiteral("complaining_customers"), true);
    products.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Other customers to warn")), QStringLiteral("customers_to_warn"),
                    true);
    for (const auto &warning : data.repeatedProducts)
        products.row({text(warning.productCode), text(warning.productName), number(warning.complainingCustomers),
                      number(warning.otherCustomers.size())});
    doc.table(products);

    // 6. Lessons learned.
    doc.heading(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Lessons learned")));
    ReportTable departments;
    departments.id = QStringLiteral("lessons_by_department");
    departments.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Lessons learned recorded in the period, by department"));
    departments.emptyText = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "No lessons were recorded in the period."));
    departments.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Department")), QStringLiteral("department"));
    departments.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Lessons")), QStringLiteral("lessons"), true);
    const QString noneGiven = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "(none given)"));
    for (const auto &row : data.lessonsByDepartment)
        departments.row({{row.department.isEmpty() ? noneGiven : row.department, row.department}, number(row.lessons)});
    doc.table(departments);

    ReportTable lessons;
    lessons.id = QStringLiteral("lessons");
    lessons.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Lessons learned"));
    lessons.emptyText = departments.emptyText;
    lessons.pdfRowLimit = 200;
    lessons.limitNote = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "%1 more lessons are in the CSV export."));
    lessons.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Recorded")), QStringLiteral("recorded_on"));
    lessons.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Department")), QStringLiteral("department"));
    lessons.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Case")), QStringLiteral("case"));
    lessons.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "What went wrong")), QStringLiteral("what"));
    lessons.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Action")), QStringLiteral("action"));
    for (const auto &row : data.lessons)
        lessons.row({{l.date(row.recordedOn), IsoDate::format(row.recordedOn)}, text(row.department), text(row.caseNumber),
                     text(row.what), text(row.action)});
    doc.table(lessons);
    return doc;
}

ReportDocument ReportDocuments::receivables(const ReceivablesReportData &data, const ReportLocale &l, const QString &company)
{
    ReportDocument doc;
    doc.landscape = true;
    doc.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Aged receivables"));
    const QString asOf = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "As of %1")).arg(l.date(data.asOf));
    doc.titleLines = {company, asOf};
    doc.runningHeader = company + QStringLiteral(" · ") + doc.title + QStringLiteral(" · ") + asOf;
    doc.pageText = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Page %1 of %2"));
    const QStringList bucketHeaders = {l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Not due")),
                                       QStringLiteral("1–30"),
                                       QStringLiteral("31–60"),
                                       QStringLiteral("61–90"),
                                       QStringLiteral("91–120"),
                                       l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "over 120"))};
    const QStringList bucketCodes = AgingReport::bucketCodes();
    auto csvBucket = [&](int b) { return QStringLiteral("days_") + QString(bucketCodes.at(b)).replace(u'-', u'_'); };

    doc.heading(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Summary")));
    ReportTable totals;
    totals.id = QStringLiteral("receivables_summary");
    totals.title = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Receivables per currency"));
    totals.emptyText = l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Nothing is open on this date."));
    totals.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Currency")), QStringLiteral("currency"));
    totals.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Open")), QStringLiteral("open"), true);
    totals.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Overdue")), QStringLiteral("overdue"), true);
    totals.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Disputed")), QStringLiteral("disputed"), true);
    totals.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Undisputed")), QStringLiteral("undisputed"), true);
    totals.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Invoices")), QStringLiteral("invoices"), true);
    totals.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "DSO (days)")), QStringLiteral("dso_days"), true);
    ReportChart agingChart;
    agingChart.kind = ReportChart::Kind::Bar;
    agingChart.values = {{}};
    for (const auto &total : data.totals) {
        auto money = [&](qint64 cents) -> Cell { return {l.money(cents, total.currency), Money(cents, total.currency).toPlain()}; };
        const QString dso = (total.dso.capped ? QStringLiteral("> ") : QString()) + l.tenths(total.dso.tenths);
        totals.row({text(total.currency), money(total.openCents), money(total.overdueCents), money(total.disputedCents),
                    money(total.undisputedCents), number(total.invoices), {dso, plainTenths(total.dso.tenths)}});
        if (agingChart.labels.isEmpty()) {
            agingChart.title =
                l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Open amount by days overdue (%1)")).arg(total.currency);
            for (int b = 0; b < AgingRow::bucketCount; ++b) {
                agingChart.labels << bucketHeaders.at(b);
                agingChart.values[0] << total.bucketCents[size_t(b)] / 100;
                agingChart.valueLabels << l.money(total.bucketCents[size_t(b)], total.currency);
            }
        }
    }
    doc.table(totals);
    doc.paragraph(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts",
        "DSO by the countback method: the open receivables are set against the invoiced sales "
        "(incl. VAT) of the most recent months, counting back from the as-of date; every month "
        "fully used adds its days, the last month its days in proportion.")));
    if (!agingChart.labels.isEmpty())
        doc.chart(agingChart);

    doc.pageBreak();
    doc.heading(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Aged receivables per customer")));
    ReportTable customers;
    customers.id = QStringLiteral("aged_receivables");
    customers.title =
        l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Open amounts by days overdue, disputed and undisputed, and days to pay"));
    customers.emptyText = totals.emptyText;
    customers.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Customer")), QStringLiteral("customer"));
    customers.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Name")), QStringLiteral("name"));
    customers.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Cur.")), QStringLiteral("currency"));
    for (int b = 0; b < AgingRow::bucketCount; ++b)
        customers.column(bucketHeaders.at(b), csvBucket(b), true);
    customers.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Open")), QStringLiteral("open"), true);
    customers.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Disputed")), QStringLiteral("disputed"), true);
    customers.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Undisputed")), QStringLiteral("undisputed"), true);
    customers.column(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts", "Days to pay")), QStringLiteral("average_days_to_pay"), true);
    for (const auto &row : data.customers) {
        auto amount = [&](qint64 cents) -> Cell { return {l.money(cents, row.currency).remove(Money::symbol(row.currency)).trimmed(),
                                                          Money(cents, row.currency).toPlain()}; };
        QList<Cell> cells{text(row.customerNumber), text(row.customerName), text(row.currency)};
        for (qint64 cents : row.bucketCents)
            cells << amount(cents);
        cells << amount(row.openCents) << amount(row.disputedCents) << amount(row.undisputedCents);
        cells << (row.averageDaysToPayTenths ? Cell{l.tenths(*row.averageDaysToPayTenths), plainTenths(*row.averageDaysToPayTenths)}
                                             : Cell{QStringLiteral("–"), QString()});
        customers.row(cells);
    }
    doc.table(customers);
    doc.paragraph(l.text(QT_TRANSLATE_NOOP("dd::ReportTexts",
        "Days to pay: from invoice date to payment, weighted by amount, over the payments of the "
        "365 days up to the as-of date. Disputed: the part of the open amount in disputes open on "
        "the as-of date.")));
    return doc;
}

} // namespace dd
