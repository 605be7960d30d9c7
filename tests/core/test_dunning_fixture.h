#pragma once

// A small hand-made book for the dunning tests: company settings, a Dutch consumer, a Dutch
// business and an English business, and helpers to add invoices and cases by SQL.

#include "TestCompany.h"
#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "customers/CustomerRepository.h"
#include "documents/SettingsRepository.h"
#include "dunning/DunningHistory.h"
#include "dunning/DunningRun.h"
#include "dunning/DunningSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>

namespace dd::test {

struct DunningFixture
{
    TempDir dir;
    std::unique_ptr<Database> db = Database::open(databaseLocation(dir, QStringLiteral("dunning.sqlite")));
    FixedClock clock{QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC)};
    qint64 consumer = 0;
    qint64 business = 0;
    qint64 english = 0;
    int disputes = 0;

    DunningFixture()
    {
        SettingsRepository(*db).setCompany(dd::test::acmeCompany());
        consumer = customer(QStringLiteral("C-100"), QStringLiteral("Jan de Vries"), CustomerKind::Consumer, Language::Dutch,
                            QStringLiteral("jan@example.nl"));
        business = customer(QStringLiteral("C-200"), QStringLiteral("Bouwbedrijf Visser B.V."), CustomerKind::Business,
                            Language::Dutch, QString());
        english = customer(QStringLiteral("C-300"), QStringLiteral("Brit Ltd"), CustomerKind::Business, Language::English,
                           QStringLiteral("accounts@brit.example"));
    }

    qint64 customer(const QString &number, const QString &name, CustomerKind kind, Language language, const QString &email)
    {
        Customer c;
        c.number = number;
        c.name = name;
        c.kind = kind;
        c.language = language;
        c.street = QStringLiteral("Kerkstraat 5");
        c.postalCode = QStringLiteral("1234 AB");
        c.city = QStringLiteral("Amersfoort");
        c.email = email;
        CustomerRepository(*db).insert(c);
        return c.id;
    }

    qint64 invoice(const QString &number, qint64 customerId, const Date &due, qint64 totalCents, qint64 paidCents = 0)
    {
        db->run(QStringLiteral("INSERT INTO invoices (number, customer_id, issue_date, due_date, currency, total_excl_cents, "
                               "vat_cents, total_incl_cents, paid_cents) VALUES (?, ?, ?, ?, 'EUR', ?, 0, ?, ?)"),
                {number, customerId, IsoDate::format(due - boost::gregorian::date_duration(30)), IsoDate::format(due), totalCents,
                 totalCents, paidCents});
        return db->scalar(QStringLiteral("SELECT id FROM invoices WHERE number = ?"), {number}).toLongLong();
    }

    // An open case over the invoice; amicable "arrangement" puts it under a payment arrangement.
    QString dispute(qint64 customerId, qint64 invoiceId, const QString &step, const QString &amicable = QString())
    {
        const QString number = QStringLiteral("DSP-2026-%1").arg(++disputes, 6, 10, QChar(u'0'));
        db->run(QStringLiteral("INSERT INTO disputes (number, customer_id, reason, channel, story, received_on, promised_on, step, "
                               "currency, amicable_state) VALUES (?, ?, 'quality', 'phone', 'story', '2026-01-02', "
                               "'2026-01-09', ?, 'EUR', ?)"),
                {number, customerId, step, amicable});
        const qint64 id = db->scalar(QStringLiteral("SELECT id FROM disputes WHERE number = ?"), {number}).toLongLong();
        db->run(QStringLiteral("INSERT INTO dispute_invoices (dispute_id, invoice_id, disputed_cents) VALUES (?, ?, 100)"),
                {id, invoiceId});
        return number;
    }

    qint64 count(const char *table) { return rows(*db, QString::fromLatin1(table)); }

    QString out(const QString &name = QStringLiteral("letters")) const { return dir.filePath(name); }
};

// Commits every plan of the preview, the hand-overs too: the user confirms them.
inline DunningCommitResult commitAll(DunningRun &run, DunningPreview preview, const QString &out)
{
    for (DunningLetterPlan &plan : preview.letters)
        plan.selected = true; // the hand-over too: the user confirms it
    return run.commit(preview, out);
}

inline const DunningLetterPlan *planFor(const DunningPreview &preview, qint64 customerId)
{
    for (const DunningLetterPlan &plan : preview.letters) {
        if (plan.customerId == customerId)
            return &plan;
    }
    return nullptr;
}

inline const DunningSkip *skipFor(const DunningPreview &preview, const QString &invoice)
{
    for (const DunningSkip &skip : preview.skipped) {
        if (skip.invoiceNumber == invoice)
            return &skip;
    }
    return nullptr;
}

// The text of a PDF by pdftotext, whitespace collapsed so that wrapped lines read as one.
inline QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace dd::test
