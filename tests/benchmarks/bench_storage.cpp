// Storage benchmark of the foundation: generating the demo database, and the aging report and
// invoice filter against the same SQL run by the sqlite3 shell on the same file, or by psql on
// the same team database; the customer filter beside them.
//   bench_storage LOCATION [--generate] [--customers N] [--invoices N] [--demo-file FILE]
// LOCATION is a file or a postgresql:// URL; an empty team database gets the demo data as with
// --generate (the database itself is created on the server when missing), or that of the
// bench file FILE: the same demo on both backends.
#include "BenchData.h"
#include "BenchTimer.h"
#include "customers/CustomerListQuery.h"
#include "demo/DemoDataGenerator.h"
#include "disputes/DisputeListQuery.h"
#include "disputes/ProactiveWarnings.h"
#include "invoices/InvoiceListQuery.h"
#include "receivables/AgingReport.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace dd;
using namespace dd::bench;

namespace {

// The demo of a generated file into the empty team database, as `disputedesk-cli copy` moves a
// desk (both sides' counts and sums compared).
bool moveDemo(const QString &from, const QString &to, QTextStream &out)
{
    try {
        DatabaseCopy(from, to).run();
        return true;
    } catch (const StorageError &error) {
        out << "cannot copy the demo data of " << from << " to the server: " << error.message() << Qt::endl;
        return false;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("location"), QStringLiteral("Database file (created with --generate) or postgresql:// URL."));
    parser.addOption({QStringLiteral("generate"), QStringLiteral("Create the database with demo data first (timed).")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers to generate."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("invoices"), QStringLiteral("Invoices to generate."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("demo-file"), QStringLiteral("On a server: move the demo of this generated file instead of generating one."),
                      QStringLiteral("FILE")});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString file = parser.positionalArguments().constFirst();
    QTextStream out(stdout);
    const Date asOf(2026, 11, 23);
    const QString shell = shellName(file);

    bool generate = parser.isSet(QStringLiteral("generate"));
    if (onServer(file)) {
        if (!(generate ? freshServerDatabase(file) : ensureServerDatabase(file))) {
            out << "cannot create the database on the server" << Qt::endl;
            return 2;
        }
        // Empty (new, or only the schema): it gets the demo data, as a missing file does.
        generate = generate || Database::open(file)->scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong() == 0;
    }
    const QString demoFile = parser.value(QStringLiteral("demo-file"));
    if (generate && onServer(file) && !demoFile.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        if (!moveDemo(demoFile, file, out))
            return 2;
        report(out, QStringLiteral("demo of %1 copied (disputedesk-cli copy)").arg(QFileInfo(demoFile).fileName()), double(timer.elapsed()), 0);
    } else if (generate) {
        // On a server, the demo goes into a file first and is copied there (DatabaseCopy).
        const QString target = onServer(file) ? QDir::temp().filePath(QStringLiteral("disputedesk-bench-%1.sqlite").arg(serverDatabaseName(file)))
                                              : file;
        removeDatabase(target);
        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(target);
        DemoOptions options;
        options.customers = parser.value(QStringLiteral("customers")).toInt();
        options.invoices = parser.value(QStringLiteral("invoices")).toInt();
        options.until = asOf;
        const DemoSummary summary = DemoDataGenerator(*db).generate(options);
        db.reset();
        report(out, QStringLiteral("generate %1 invoices, %2 customers").arg(summary.invoices).arg(summary.customers),
               double(timer.elapsed()), 60000);
        if (onServer(file)) {
            timer.restart();
            if (!moveDemo(target, file, out))
                return 2;
            report(out, QStringLiteral("  copied to the server (disputedesk-cli copy)"), double(timer.elapsed()), 0);
            removeDatabase(target);
        }
    }

    auto db = Database::open(file);
    const qint64 invoices = db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong();
    out << QStringLiteral("database: %1 invoices, %2 customers, %3 payments")
               .arg(invoices)
               .arg(db->scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toLongLong())
               .arg(db->scalar(QStringLiteral("SELECT COUNT(*) FROM payments")).toLongLong())
        << Qt::endl;

    AgingReport aging(*db);
    struct AgingCase
    {
        QString name;
        Date asOf;
        bool byCustomer;
    };
    const QList<AgingCase> cases = {
        {QStringLiteral("aging per currency, as of today"), asOf, false},
        {QStringLiteral("aging per customer, as of today"), asOf, true},
        {QStringLiteral("aging per currency, as of 2025-06-30"), Date(2025, 6, 30), false},
    };
    out << Qt::endl << QStringLiteral("%1 %2 %3 %4").arg(QStringLiteral("query").leftJustified(46), QStringLiteral("DisputeDesk ms").rightJustified(15),
                                                        (shell + QStringLiteral(" ms")).rightJustified(11), QStringLiteral("ratio (budget 1.5)").rightJustified(19))
        << Qt::endl;
    bool withinBudget = true;
    for (const AgingCase &c : cases) {
        size_t rows = 0;
        const double ours = bestOf(5, [&] { rows = (c.byCustomer ? aging.byCustomer(c.asOf) : aging.byCurrency(c.asOf)).size(); });
        const double yardstick = shellBestOf(5, file, AgingReport::sqlFor(c.asOf, c.byCustomer));
        const double ratio = yardstick > 0 ? ours / yardstick : 0;
        withinBudget = withinBudget && ratio <= 1.5;
        out << QStringLiteral("%1 %2 %3 %4  (%5 rows)")
                   .arg(c.name.leftJustified(46))
                   .arg(ours, 15, 'f', 1)
                   .arg(yardstick, 11, 'f', 1)
                   .arg(ratio, 19, 'f', 2)
                   .arg(rows)
            << Qt::endl;
    }

    out << Qt::endl;
    // What a list shows first when a filter is typed: the first page along the sort order when the
    // filter lets many through (head()), else the count and first page at once. The count of a
    // long list follows from a worker (totals()), timed apart. Both lists are timed alike.
    const auto timeFilter = [&](const QString &label, const auto &query, const auto &filterBy) {
        qint64 count = 0;
        bool counted = false;
        const double ms = bestOf(3, [&] {
            filterBy(); // forgets the previous result: each run filters afresh
            counted = !query.head(200);
            if (counted) {
                count = query.count();
                query.fetch(0, 200);
            }
        });
        report(out, label + QStringLiteral(": first 200"), ms, 150,
               counted ? QStringLiteral("(%1 matches, counted with them)").arg(count) : QStringLiteral("(count follows)"));
        if (!counted) {
            const double countMs = bestOf(3, [&] { count = query.totals().count; });
            report(out, QStringLiteral("  count and amounts (on a worker)"), countMs, 0, QStringLiteral("(%1 matches)").arg(count));
        }
    };
    InvoiceListQuery list(*db);
    for (const QString &text : {QStringLiteral("Jansen"), QStringLiteral("INV-2025-0123"), QStringLiteral("zzz-no-match")}) {
        InvoiceFilter filter;
        filter.text = text;
        timeFilter(QStringLiteral("invoice filter \"%1\"").arg(text), list, [&] { list.setFilter(filter); });
    }
    // The customer list's filter searches name, number and city (on a file: the search table).
    CustomerListQuery customerList(*db);
    for (const QString &text : {QStringLiteral("Jansen"), QStringLiteral("C000123"), QStringLiteral("zzz-no-match")})
        timeFilter(QStringLiteral("customer filter \"%1\"").arg(text), customerList, [&] { customerList.setFilterText(text); });
    out << Qt::endl;
    const qint64 disputes = db->scalar(QStringLiteral("SELECT COUNT(*) FROM disputes")).toLongLong();
    DisputeListQuery caseQuery(*db);
    qint64 caseCount = 0;
    const double caseList = bestOf(3, [&] {
        caseCount = caseQuery.count();
        caseQuery.fetch(0, 200);
    });
    // The same work by hand in the shell: count the cases, read the first window.
    const double caseListShell = shellBestOf(
        3, file,
        QStringLiteral("SELECT COUNT(*) FROM disputes d JOIN customers c ON c.id = d.customer_id; "
                       "SELECT d.id, d.number, c.number, c.name, d.reason, d.step, d.verdict, d.received_on, d.promised_on, "
                       "d.answered_on, d.assignee, d.currency, d.outcome, (SELECT SUM(di.disputed_cents) FROM dispute_invoices di "
                       "WHERE di.dispute_id = d.id) FROM disputes d JOIN customers c ON c.id = d.customer_id "
                       "ORDER BY d.number, d.id LIMIT 200"));
    report(out, QStringLiteral("case list of %1 disputes: count + first 200").arg(disputes), caseList, 300,
           QStringLiteral("(%1, two statements: %2 ms each at best)").arg(shell).arg(caseListShell, 0, 'f', 1));

    // The warning: which products drew complaints from three or more customers in 90 days.
    std::vector<ProductWarning> flagged;
    const ProactiveWarnings proactive(*db);
    const double warnings = bestOf(3, [&] { flagged = proactive.compute(asOf); });
    const double warningsShell = shellBestOf(3, file, ProactiveWarnings::flaggedSqlFor(asOf, 3, 90));
    report(out, QStringLiteral("proactive warning over %1 invoices").arg(invoices), warnings, 500,
           QStringLiteral("(%1 products flagged; %2 %3 ms)").arg(flagged.size()).arg(shell).arg(warningsShell, 0, 'f', 1));
    if (!flagged.empty()) {
        // Expanding a product in the GUI: its other buyers in the window.
        qsizetype buyers = 0;
        const double one = bestOf(3, [&] { buyers = proactive.customersToContact(flagged.front().productId, asOf).size(); });
        const double oneShell = shellBestOf(3, file, ProactiveWarnings::buyersSqlFor({flagged.front().productId}, asOf, 90));
        report(out, QStringLiteral("  customers to contact for %1").arg(flagged.front().productCode), one, 500,
               QStringLiteral("(%1 customers; %2 %3 ms)").arg(buyers).arg(shell).arg(oneShell, 0, 'f', 1));
        // The CLI and the dispute report list every product's buyers at once.
        qint64 all = 0;
        QList<qint64> ids;
        for (const ProductWarning &w : flagged)
            ids << w.productId;
        const double everything = bestOf(3, [&] {
            auto copy = flagged;
            proactive.addCustomersToContact(copy, asOf);
            all = 0;
            for (const ProductWarning &w : copy)
                all += w.otherCustomers.size();
        });
        const double everythingShell = shellBestOf(3, file, ProactiveWarnings::buyersSqlFor(ids, asOf, 90));
        report(out, QStringLiteral("  customers to contact for all %1 products").arg(flagged.size()), everything, 0,
               QStringLiteral("(%1 customers; %2 %3 ms)").arg(all).arg(shell).arg(everythingShell, 0, 'f', 1));
    }
    return withinBudget ? 0 : 1;
}
