// Moments on both backends (issue 20: "timestamps with time zone"). A file keeps the program's
// ISO 8601 text; a team database keeps timestamptz columns (StoredMoment). Checked: the declared
// types, the same instants and the same text read back on both, a comparison with a day that means
// the same on a server set up in another zone, the migration of an older team database whose
// moments are still text (version 21, with a payment that has no recorded moment), and a copy file
// -> server -> file that gives back every moment as it was.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestCompany.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "creditnotes/CreditNoteRepository.h"
#include "creditnotes/CreditNoteService.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputeService.h"
#include "documents/DocumentRepository.h"
#include "documents/SettingsRepository.h"
#include "dunning/DunningRunRepository.h"
#include "exporters/CsvExporter.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentRepository.h"
#include "payments/PaymentService.h"
#include "session/Session.h"
#include "storage/DatabaseCopy.h"
#include "storage/StoredMoment.h"

#include <QSqlRecord>

using namespace dd;
using namespace dd::test;

namespace {

// Late in the evening in UTC, with milliseconds: in most other zones already the next day, and
// the columns written to the second drop the 250 ms.
const QDateTime now(QDate(2026, 3, 10), QTime(23, 45, 12, 250), Qt::UTC);
const QDateTime nowToTheSecond(QDate(2026, 3, 10), QTime(23, 45, 12), Qt::UTC);
const QString nowText = QStringLiteral("2026-03-10T23:45:12Z");

// The declared type of a column: what information_schema says on a server, the type name in a file.
QString declaredType(Database &db, const QString &table, const QString &column)
{
    if (isSqlite(db))
        return db.scalar(QStringLiteral("SELECT type FROM pragma_table_info(?) WHERE name = ?"), {table, column}).toString();
    return db.scalar(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() "
                                    "AND table_name = ? AND column_name = ?"),
                     {table, column})
        .toString();
}

QString expectedType(Database &db)
{
    return isSqlite(db) ? QStringLiteral("TEXT") : QStringLiteral("timestamp with time zone");
}

// What a desk writes with a moment in it, every moment column once, at `now`: a case opened
// (audit trail) with a finding and an assessment, a credit note with its kept document, a dunning
// run, a payment entered by hand and one imported (no recorded moment).
struct Written
{
    qint64 disputeId = 0;
    qint64 handPaymentId = 0;
    qint64 importedPaymentId = 0;
    qint64 creditNoteId = 0;
};

Written writeMoments(Session &session, const FixedClock &clock)
{
    Database &db = session.database();
    session.setClock(&clock);
    session.setActingUser(QStringLiteral("anouk"));
    SettingsRepository(db).setCompany(acmeCompany());
    Customer customer;
    customer.number = QStringLiteral("C1");
    customer.name = QStringLiteral("Bakkerij De Zon");
    CustomerRepository(db).insert(customer);
    qint64 invoiceId = 0;
    for (const QString &number : {QStringLiteral("INV-1"), QStringLiteral("INV-2")}) {
        Invoice invoice;
        invoice.number = number;
        invoice.customerId = customer.id;
        invoice.issueDate = day(2026, 2, 1);
        invoice.dueDate = day(2026, 3, 3);
        InvoiceLine line;
        line.description = QStringLiteral("Pump");
        line.quantityThousandths = 1000;
        line.unitPrice = eur(100000);
        line.vatRateBasisPoints = 2100;
        invoice.lines << line;
        InvoiceRepository(db).insert(invoice);
        invoiceId = invoice.id;
    }

    Written written;
    DisputeService &disputes = session.disputes();
    OpenDisputeRequest request;
    request.invoices << DisputeInvoiceRequest{QStringLiteral("INV-1"), std::nullopt};
    request.reasonCode = QStringLiteral("agreement-not-kept");
    request.channel = Channel::Email;
    request.story = QStringLiteral("Sales promised 10% discount");
    request.receivedOn = day(2026, 3, 9);
    written.disputeId = disputes.open(request).id;
    disputes.startVerification(written.disputeId);
    Finding finding;
    finding.source = QStringLiteral("Account manager");
    finding.text = QStringLiteral("No discount was agreed");
    finding.direction = FindingDirection::SupportsUs;
    disputes.addFinding(written.disputeId, finding);
    session.disputeRepository().recordAssessment(written.disputeId, clock.now(), QStringLiteral("anouk"), eur(50000),
                                                 QStringLiteral("pursue"), QStringLiteral("worth it"));

    CreditNoteRequest credit;
    credit.invoiceNumber = QStringLiteral("INV-2");
    credit.amount = eur(12100);
    credit.reason = QStringLiteral("Delivered late");
    credit.issueDate = day(2026, 3, 10);
    written.creditNoteId = session.creditNoteService().issue(credit).id;
    KeptDocument document;
    document.creditNoteId = written.creditNoteId;
    document.kind = QStringLiteral("creditnote");
    document.language = QStringLiteral("nl");
    document.createdAt = clock.now();
    document.actor = QStringLiteral("anouk");
    document.fileName = QStringLiteral("creditnote.pdf");
    document.content = QByteArray("%PDF-1.4 moment");
    DocumentRepository(db).insert(document);
    std::vector<qint64> letterIds;
    DunningRunRepository(db).record(day(2026, 3, 10), StoredMoment::text(clock.now(), StoredMoment::Precision::Seconds),
                                    QStringLiteral("anouk"), QStringLiteral("/tmp/letters"), {}, letterIds);

    written.handPaymentId = session.paymentService().receive(invoiceId, eur(10000), day(2026, 3, 10), QStringLiteral("by hand")).id;
    Payment imported;
    imported.customerId = customer.id;
    imported.date = day(2026, 3, 9);
    imported.amount = eur(5000);
    imported.reference = QStringLiteral("from the bank");
    imported.allocations << Allocation{invoiceId, eur(5000)};
    session.paymentRepository().record(imported);
    written.importedPaymentId = imported.id;
    return written;
}

// What the program reads of those moments, as one line each: the same on both backends.
QStringList readMoments(Session &session, const Written &written)
{
    QStringList lines;
    for (const AuditEvent &event : session.disputeRepository().audit(written.disputeId))
        lines << QStringLiteral("audit %1 %2").arg(event.action, event.at.toString(Qt::ISODateWithMs));
    for (const Finding &finding : session.disputeRepository().findings(written.disputeId, false))
        lines << QStringLiteral("finding %1").arg(finding.recordedAt.toString(Qt::ISODateWithMs));
    lines << QStringLiteral("credit note %1").arg(session.creditNoteRepository().find(written.creditNoteId)->issuedAt.toString(Qt::ISODateWithMs));
    const std::optional<KeptDocument> kept = DocumentRepository(session.database()).find(1);
    lines << QStringLiteral("document %1").arg(kept ? kept->createdAt.toString(Qt::ISODateWithMs) : QStringLiteral("missing"));
    for (const qint64 id : {written.handPaymentId, written.importedPaymentId})
        lines << QStringLiteral("payment %1 [%2]").arg(id).arg(session.paymentRepository().findById(id)->recordedAt);
    return lines;
}

const QStringList expectedMoments = {
    QStringLiteral("audit open 2026-03-10T23:45:12.250Z"),
    QStringLiteral("audit verify 2026-03-10T23:45:12.250Z"),
    QStringLiteral("audit finding 2026-03-10T23:45:12.250Z"),
    QStringLiteral("finding 2026-03-10T23:45:12.250Z"),
    QStringLiteral("credit note 2026-03-10T23:45:12.000Z"),
    QStringLiteral("document 2026-03-10T23:45:12.000Z"),
};

QStringList expectedWith(const Written &written)
{
    QStringList lines = expectedMoments;
    lines << QStringLiteral("payment %1 [%2]").arg(written.handPaymentId).arg(nowText)
          << QStringLiteral("payment %1 []").arg(written.importedPaymentId);
    return lines;
}

// The rows of every moment table, as text a line each, in id order (the copy test's way).
QStringList momentRows(const QString &location)
{
    auto db = Database::open(location, Database::Mode::ReadOnly);
    QStringList lines;
    QStringList tables;
    for (const StoredMoment::Column &column : StoredMoment::columns())
        tables << QLatin1String(column.table);
    tables.removeDuplicates();
    for (const QString &table : tables) {
        QSqlQuery query = db->run(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        while (query.next()) {
            QStringList values{table};
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            lines << values.join(u'|');
        }
    }
    return lines;
}

QByteArray creditNoteExport(Database &db, const TempDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    CsvExporter(db).exportTo(ExportKind::CreditNotes, path);
    return fileBytes(path);
}

} // namespace

TEST_CASE("every moment column is a timestamp with time zone on a server and ISO text in a file", "[moments]")
{
    TempDir dir;
    auto db = Database::open(databaseLocation(dir, QStringLiteral("moments.sqlite")));
    for (const StoredMoment::Column &column : StoredMoment::columns()) {
        const QString table = QLatin1String(column.table);
        const QString name = QLatin1String(column.name);
        CAPTURE(table, name);
        CHECK(declaredType(*db, table, name) == expectedType(*db));
        // Only a payment may have no recorded moment: NULL on a server, the empty text in a file.
        if (isSqlite(*db)) {
            CHECK(db->scalar(QStringLiteral("SELECT \"notnull\" FROM pragma_table_info(?) WHERE name = ?"), {table, name}).toInt() == 1);
        } else {
            CHECK(db->scalar(QStringLiteral("SELECT is_nullable FROM information_schema.columns WHERE table_schema = current_schema() "
                                            "AND table_name = ? AND column_name = ?"),
                             {table, name})
                      .toString()
                  == (column.optional ? QStringLiteral("YES") : QStringLiteral("NO")));
        }
    }
    CHECK(StoredMoment::columns().size() == 7);

    // The list is complete: every column of the schema named like a moment is on it.
    QSqlQuery tables = db->run(db->dialect().listTables());
    int named = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        const QSqlRecord record = db->connection().record(table);
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (name == QLatin1String("at") || name.endsWith(QLatin1String("_at"))) {
                CAPTURE(table, name);
                CHECK(StoredMoment::precisionOf(table, name).has_value());
                ++named;
            }
        }
    }
    CHECK(named == 7);
}

TEST_CASE("moments written are read back as the same instants and the same text on both backends", "[moments]")
{
    TempDir dir;
    const QString location = databaseLocation(dir, QStringLiteral("desk.sqlite"));
    const FixedClock clock(now);
    Written written;
    {
        auto session = Session::open(location);
        written = writeMoments(*session, clock);
        CHECK(readMoments(*session, written) == expectedWith(written));

        Database &db = session->database();
        // The moments nothing but the copy reads, read here as the program would.
        CHECK(StoredMoment::read(db.scalar(QStringLiteral("SELECT recorded_at FROM cost_benefit_assessments"))) == now);
        CHECK(StoredMoment::read(db.scalar(QStringLiteral("SELECT committed_at FROM dunning_runs"))) == nowToTheSecond);
        // The credit note export prints the moment as the program wrote it.
        const QString csv = QString::fromUtf8(creditNoteExport(db, dir, QStringLiteral("notes.csv")));
        CHECK(csv.contains(u',' + nowText + QStringLiteral(",anouk,")));
        // A payment without a recorded moment: NULL on a server, the empty text in a file.
        const QVariant none = db.scalar(QStringLiteral("SELECT recorded_at FROM payments WHERE id = ?"), {written.importedPaymentId});
        if (isSqlite(db))
            CHECK(none.toString() == QString());
        else
            CHECK(none.isNull());
    }

    if (onPostgres()) {
        // A server whose own zone is far from UTC: the program's connections still compare a day
        // with a moment as a file's text does, from midnight UTC.
        auto db = Database::open(location);
        db->run(QStringLiteral("DO $body$ BEGIN EXECUTE format('ALTER DATABASE %I SET TimeZone = %L', current_database(), "
                               "'Pacific/Auckland'); END $body$"));
    }
    auto session = Session::open(location);
    Database &db = session->database();
    CHECK(readMoments(*session, written) == expectedWith(written));
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE at < '2026-03-11'")).toInt() == 3);
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE at >= '2026-03-10' AND at < '2026-03-11'")).toInt() == 3);
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE at < '2026-03-10'")).toInt() == 0);
}

TEST_CASE("an older team database whose moments are text (version 21) is migrated and reads back the same moments", "[moments]")
{
    TempDir dir;
    const QString location = databaseLocation(dir, QStringLiteral("older.sqlite"));
    const FixedClock clock(now);
    Written written;
    QByteArray exportBefore;
    {
        auto session = Session::open(location);
        written = writeMoments(*session, clock);
        exportBefore = creditNoteExport(session->database(), dir, QStringLiteral("before.csv"));
    }
    {
        // The database as DisputeDesk 21 left it. A file's moments were always text; on a server
        // they are made text again as that version wrote them (to the second or to the
        // millisecond, in UTC; a payment without one the empty text, the column's default).
        auto db = Database::open(location);
        if (!isSqlite(*db)) {
            for (const StoredMoment::Column &column : StoredMoment::columns()) {
                const QString table = QLatin1String(column.table);
                const QString name = QLatin1String(column.name);
                const QString format = column.precision == StoredMoment::Precision::Milliseconds
                                           ? QStringLiteral("YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"")
                                           : QStringLiteral("YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"");
                db->run(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE TEXT USING COALESCE(to_char(%2 AT TIME ZONE 'UTC', '%3'), '')")
                            .arg(table, name, format));
                if (column.optional)
                    db->run(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT ''").arg(table, name));
                db->run(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL").arg(table, name));
                CHECK(declaredType(*db, table, name) == QStringLiteral("text"));
            }
            CHECK(db->scalar(QStringLiteral("SELECT at FROM audit_events ORDER BY id LIMIT 1")).toString()
                  == QStringLiteral("2026-03-10T23:45:12.250Z"));
            CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE recorded_at = ''")).toInt() == 1);
        }
        db->run(QStringLiteral("UPDATE schema_info SET version = 21"));
    }

    auto session = Session::open(location); // opened for writing: migrated to the current version
    Database &db = session->database();
    CHECK(db.scalar(QStringLiteral("SELECT version FROM schema_info")).toInt() == Database::currentSchemaVersion());
    CHECK(Database::currentSchemaVersion() == 25);
    for (const StoredMoment::Column &column : StoredMoment::columns()) {
        CAPTURE(column.table, column.name);
        CHECK(declaredType(db, QLatin1String(column.table), QLatin1String(column.name)) == expectedType(db));
    }
    CHECK(readMoments(*session, written) == expectedWith(written));
    CHECK(creditNoteExport(db, dir, QStringLiteral("after.csv")) == exportBefore);
    CHECK(StoredMoment::read(db.scalar(QStringLiteral("SELECT recorded_at FROM cost_benefit_assessments"))) == now);
    CHECK(StoredMoment::read(db.scalar(QStringLiteral("SELECT committed_at FROM dunning_runs"))) == nowToTheSecond);
    // The imported payment's empty text became "not recorded"; the rewritten tables are still append-only.
    if (!isSqlite(db))
        CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE recorded_at IS NULL")).toInt() == 1);
    CHECK_THROWS(db.run(QStringLiteral("UPDATE audit_events SET actor = 'someone else'")));
    CHECK_THROWS(db.run(QStringLiteral("DELETE FROM documents")));
    CHECK(rows(db, QStringLiteral("audit_events")) == 3);

    // And it goes on as a current database: a payment entered by hand now has its moment.
    const FixedClock later(QDateTime(QDate(2026, 3, 11), QTime(8, 0), Qt::UTC));
    session->setClock(&later);
    const Payment next = session->paymentService().receive(
        db.scalar(QStringLiteral("SELECT id FROM invoices WHERE number = 'INV-1'")).toLongLong(), eur(100), day(2026, 3, 11),
        QStringLiteral("next"));
    CHECK(session->paymentRepository().findById(next.id)->recordedAt == QStringLiteral("2026-03-11T08:00:00Z"));
}

TEST_CASE("a copy file to server to file gives back every moment as it was, recorded or not", "[moments][copy]")
{
    // On the SQLite run the middle one is a file as well.
    TempDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    const QString server = databaseLocation(dir, QStringLiteral("team.sqlite"));
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    const FixedClock clock(now);
    Written written;
    {
        auto session = Session::open(file);
        written = writeMoments(*session, clock);
    }
    DatabaseCopy(file, server).run();
    DatabaseCopy(server, back).run();

    const QStringList original = momentRows(file);
    CHECK(original.size() == 10); // 3 audit events, a finding, an assessment, a credit note, a document, a run, 2 payments
    CHECK(momentRows(back) == original);
    for (const QString &location : {file, server, back}) {
        CAPTURE(location);
        auto session = Session::open(location);
        CHECK(readMoments(*session, written) == expectedWith(written));
    }
}
