#pragma once

// The Dunning area's GUI tests share a small hand-made book and the steps to open the area on it.

#include "TestCompany.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/Clock.h"
#include "customers/CustomerRepository.h"
#include "documents/SettingsRepository.h"
#include "dunning/DunningPreviewModel.h"
#include "dunning/DunningRun.h"
#include "dunning/DunningView.h"

#include <QProcess>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

namespace dd::test {

inline QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}


// A small book: a Dutch consumer already sent the reminder and the second reminder (so today it
// is the 14-day letter's turn), two businesses due a first reminder, one invoice in an open case.
struct DunningBook
{
    TempDir dir;
    QString path = dir.filePath(QStringLiteral("book.sqlite"));
    std::unique_ptr<Database> db = Database::open(path);
    FixedClock clock{QDateTime(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC)};
    qint64 consumer = 0;
    qint64 visser = 0;
    qint64 brit = 0;
    qint64 disputed = 0;

    DunningBook()
    {
        SettingsRepository(*db).setCompany(dd::test::acmeCompany());
        consumer = customer(QStringLiteral("C-100"), QStringLiteral("Jan de Vries"), CustomerKind::Consumer, Language::Dutch);
        visser = customer(QStringLiteral("C-200"), QStringLiteral("Bouwbedrijf Visser B.V."), CustomerKind::Business, Language::Dutch);
        brit = customer(QStringLiteral("C-300"), QStringLiteral("Brit Ltd"), CustomerKind::Business, Language::English);
        disputed = customer(QStringLiteral("C-400"), QStringLiteral("Klaagbaak B.V."), CustomerKind::Business, Language::Dutch);
        invoice(QStringLiteral("F-100"), consumer, Date(2026, 1, 1), 123456);
        invoice(QStringLiteral("F-200"), visser, Date(2026, 1, 20), 50000);
        invoice(QStringLiteral("F-201"), visser, Date(2026, 2, 5), 25000);
        invoice(QStringLiteral("F-300"), brit, Date(2026, 1, 25), 80000);
        const qint64 f400 = invoice(QStringLiteral("F-400"), disputed, Date(2026, 1, 1), 99900);
        db->run(QStringLiteral("INSERT INTO disputes (number, customer_id, reason, channel, story, received_on, promised_on, step, "
                               "currency) VALUES ('DSP-2026-000001', ?, 'quality', 'phone', 'story', '2026-01-02', '2026-01-09', "
                               "'verify', 'EUR')"),
                {disputed});
        db->run(QStringLiteral("INSERT INTO dispute_invoices (dispute_id, invoice_id, disputed_cents) "
                               "SELECT id, ?, 100 FROM disputes WHERE number = 'DSP-2026-000001'"),
                {f400});
        // The consumer's earlier letters, sent by earlier runs.
        DunningRun run(*db, clock, QStringLiteral("anouk"));
        for (const Date &date : {Date(2026, 1, 8), Date(2026, 1, 22)})
            REQUIRE(run.commit(run.preview(date), dir.filePath(QStringLiteral("earlier"))).letters == 1);
    }

    qint64 customer(const QString &number, const QString &name, CustomerKind kind, Language language)
    {
        Customer c;
        c.number = number;
        c.name = name;
        c.kind = kind;
        c.language = language;
        c.street = QStringLiteral("Kerkstraat 5");
        c.postalCode = QStringLiteral("1234 AB");
        c.city = QStringLiteral("Amersfoort");
        CustomerRepository(*db).insert(c);
        return c.id;
    }

    qint64 invoice(const QString &number, qint64 customerId, const Date &due, qint64 cents)
    {
        db->run(QStringLiteral("INSERT INTO invoices (number, customer_id, issue_date, due_date, currency, total_excl_cents, "
                               "vat_cents, total_incl_cents, paid_cents) VALUES (?, ?, ?, ?, 'EUR', ?, 0, ?, 0)"),
                {number, customerId, IsoDate::format(due - boost::gregorian::date_duration(30)), IsoDate::format(due), cents, cents});
        return db->scalar(QStringLiteral("SELECT id FROM invoices WHERE number = ?"), {number}).toLongLong();
    }

    qint64 count(const char *table) { return db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)).toLongLong(); }
};

inline void select(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index.siblingAtColumn(DunningPreviewModel::Open));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(tree->currentIndex().siblingAtColumn(0) == index.siblingAtColumn(0));
}

inline DunningView *openDunningArea(MainWindow &window, const DunningBook &book, const QDate &asOf)
{
    window.setAsOf(asOf);
    REQUIRE(window.openDatabase(book.path));
    window.dunningView()->setClock(&book.clock);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier); // View ▸ Dunning
    auto *tabs = child<QTabWidget>(window, "mainTabs");
    REQUIRE(tabs->currentWidget() == window.dunningView());
    DunningView *view = window.dunningView();
    REQUIRE(QTest::qWaitFor([&] { return !view->model()->isEmpty(); }));
    return view;
}

} // namespace dd::test
