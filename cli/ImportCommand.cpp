#include "ImportCommand.h"

#include "cli/CliError.h"
#include "importers/BankReconciler.h"
#include "importers/CsvImporter.h"
#include "importers/UblImporter.h"
#include "storage/Database.h"
#include "storage/NewDatabaseFile.h"
#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ImportCommand", text);
}

// Every problem on its own line on stderr, then one line that says nothing changed.
[[noreturn]] void refuse(CliContext &context, const QString &command, const ImportIssues &errors, const QString &source)
{
    for (const ImportIssue &issue : errors)
        context.err << issue.toString() << '\n';
    context.err.flush();
    throw CliError(command + QStringLiteral(": ")
                       + QCoreApplication::translate("dd::ImportCommand", "%n error(s) in %1; nothing was imported", nullptr, int(errors.size())).arg(source),
                   CliError::Failure);
}

void printNotes(CliContext &context, const QStringList &notes)
{
    for (const QString &note : notes)
        context.err << QStringLiteral("note: ") << note << '\n';
    context.err.flush();
}
} // namespace

QString ImportCommand::summary() const
{
    return tr("Imports customers, invoices, payments, disputes or credit notes (CSV), UBL invoices or a bank statement (CAMT.052/.053/.054, MT940, .zip).");
}

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("kind"), tr("What the CSV file holds: customers, invoices, payments, disputes or credit-notes."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("mapping"), tr("A JSON column mapping for this source (see README)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("valid-rows-only"),
                      tr("Import the valid rows and write the rejected ones to FILE.rejected.csv next to the source.")});
    parser.addOption({QStringLiteral("date-format"), tr("YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY or auto (default)."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("decimal"), tr("comma (1.234,56) or point (1,234.56); default: comma for semicolon files."),
                      QStringLiteral("MARK")});
    parser.addOption({QStringLiteral("ubl"), tr("FILE is a UBL 2.1 invoice, or a folder of them.")});
    // --camt is the name from before MT940 was read; both take any kind of statement.
    parser.addOption({{QStringLiteral("bank"), QStringLiteral("camt")},
                      tr("FILE is a bank statement: CAMT.053 (or a CAMT.052 account report, CAMT.054 notification), MT940 "
                         "or a .zip of them (told apart by content).")});
    parser.addOption({QStringLiteral("confirm-above"),
                      tr("With --bank: book the proposed matches scoring at least SCORE (0-100) as payments."), QStringLiteral("SCORE")});
}

int ImportCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QString path = parser.positionalArguments().constFirst();
    const bool ubl = parser.isSet(QStringLiteral("ubl"));
    const bool bank = parser.isSet(QStringLiteral("bank"));
    const bool csv = parser.isSet(QStringLiteral("kind"));
    if (int(ubl) + int(bank) + int(csv) != 1)
        usageError(tr("give exactly one of --kind KIND, --ubl or --bank"));
    if (parser.isSet(QStringLiteral("confirm-above")) && !bank)
        usageError(tr("--confirm-above belongs to --bank"));
    if (!csv) {
        for (const char *option : {"mapping", "valid-rows-only", "date-format", "decimal"}) {
            if (parser.isSet(QString::fromLatin1(option)))
                usageError(tr("--%1 belongs to a CSV import (--kind)").arg(QString::fromLatin1(option)));
        }
    }
    if (ubl)
        return importUbl(parser, context, path);
    if (bank)
        return importBank(parser, context, path);
    return importCsv(parser, context, path);
}

Database &ImportCommand::OpenedDatabase::database() const
{
    return created ? created->database() : *existing;
}

void ImportCommand::OpenedDatabase::keep()
{
    if (created)
        created->place();
}

void ImportCommand::OpenedDatabase::discardIfCreated()
{
    created.reset();
}

ImportCommand::OpenedDatabase ImportCommand::open(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.isSet(QStringLiteral("db")))
        usageError(tr("--db FILE is required"));
    const QString path = parser.value(QStringLiteral("db"));
    OpenedDatabase opened;
    // A new file is built beside its place and put there whole; a server's database is filled
    // in one transaction instead.
    if (DatabaseLocation::isServer(path) || !NewDatabaseFile::isNew(path)) {
        opened.existing = openDatabase(parser, true);
        return opened;
    }
    // Said, not removed: another import into the same new file may be running right now.
    for (const QString &leftover : NewDatabaseFile::leftovers(path))
        printNotes(context, {tr("%1 is left over from an import into %2 that did not finish; it may be deleted.").arg(leftover, path)});
    opened.created = std::make_unique<NewDatabaseFile>(path);
    return opened;
}

int ImportCommand::importCsv(const QCommandLineParser &parser, CliContext &context, const QString &path)
{
    const OutputTable::Format outputFormat = format(parser);
    CsvImportOptions options;
    const auto kind = ColumnMapping::kindFromName(parser.value(QStringLiteral("kind")));
    if (!kind)
        usageError(tr("--kind must be customers, invoices, payments, disputes or credit-notes, not \"%1\"").arg(parser.value(QStringLiteral("kind"))));
    options.kind = *kind;
    if (parser.isSet(QStringLiteral("mapping"))) {
        QFile file(parser.value(QStringLiteral("mapping")));
        if (!file.open(QIODevice::ReadOnly))
            usageError(tr("--mapping: %1 cannot be read").arg(file.fileName()));
        QString why;
        const auto mapping = ColumnMapping::fromJson(file.readAll(), &why);
        if (!mapping)
            usageError(tr("--mapping: %1: %2").arg(file.fileName(), why));
        if (mapping->kind && *mapping->kind != options.kind)
            usageError(tr("--mapping: %1 is a mapping for %2").arg(file.fileName(), ColumnMapping::kindName(*mapping->kind)));
        options.mapping = *mapping;
    }
    if (parser.isSet(QStringLiteral("date-format"))) {
        options.dateFormat = ImportValues::dateFormatFromName(parser.value(QStringLiteral("date-format")));
        if (!options.dateFormat)
            usageError(tr("--date-format must be YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY or auto, not \"%1\"")
                           .arg(parser.value(QStringLiteral("date-format"))));
    }
    if (parser.isSet(QStringLiteral("decimal"))) {
        const QString mark = parser.value(QStringLiteral("decimal"));
        if (mark == u"comma")
            options.numberStyle = NumberStyle::Dutch;
        else if (mark == u"point")
            options.numberStyle = NumberStyle::English;
        else
            usageError(tr("--decimal must be comma or point, not \"%1\"").arg(mark));
    }
    options.validRowsOnly = parser.isSet(QStringLiteral("valid-rows-only"));
    if (!QFileInfo(path).isFile())
        missingFile(path);

    OpenedDatabase opened = open(parser, context);
    // The importer (and its statements) goes before the database may be closed and put in place.
    const ImportReport report = CsvImporter(opened.database()).importFile(path, options);
    if (!report.committed) {
        opened.discardIfCreated();
        refuse(context, name(), report.errors, path);
    }
    opened.keep();
    for (const ImportIssue &issue : report.errors)
        context.err << QStringLiteral("rejected: ") << issue.toString() << '\n';
    printNotes(context, report.notes);
    OutputTable table(context.out, outputFormat,
                      {QStringLiteral("file"), QStringLiteral("kind"), QStringLiteral("encoding"), QStringLiteral("separator"),
                       QStringLiteral("rows"), QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("unchanged"),
                       QStringLiteral("held"), QStringLiteral("rejected"), QStringLiteral("rejects_file")},
                      {QStringLiteral("rows"), QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("unchanged"),
                       QStringLiteral("held"), QStringLiteral("rejected")});
    const QString separator = report.separator == u'\t' ? QStringLiteral("tab") : QString(report.separator);
    table.addRow({path, ColumnMapping::kindName(options.kind), report.encoding, separator, report.rows, report.created,
                  report.updated, report.unchanged, report.held, report.rejected, report.rejectsFile});
    return 0;
}

int ImportCommand::importUbl(const QCommandLineParser &parser, CliContext &context, const QString &path)
{
    const OutputTable::Format outputFormat = format(parser);
    if (!QFileInfo::exists(path))
        missingFile(path);
    OpenedDatabase opened = open(parser, context);
    const ImportReport report = UblImporter(opened.database()).importPath(path);
    if (!report.committed) {
        opened.discardIfCreated();
        refuse(context, name(), report.errors, path);
    }
    opened.keep();
    printNotes(context, report.notes);
    OutputTable table(context.out, outputFormat,
                      {QStringLiteral("source"), QStringLiteral("documents"), QStringLiteral("created"), QStringLiteral("updated"),
                       QStringLiteral("unchanged"), QStringLiteral("held"), QStringLiteral("credit_notes")},
                      {QStringLiteral("documents"), QStringLiteral("created"), QStringLiteral("updated"),
                       QStringLiteral("unchanged"), QStringLiteral("held"), QStringLiteral("credit_notes")});
    table.addRow({path, report.rows, report.created, report.updated, report.unchanged, report.held, report.skipped});
    return 0;
}

int ImportCommand::importBank(const QCommandLineParser &parser, CliContext &context, const QString &path)
{
    const OutputTable::Format outputFormat = format(parser);
    std::optional<int> threshold;
    if (parser.isSet(QStringLiteral("confirm-above")))
        threshold = int(integer(parser, QStringLiteral("confirm-above"), 0, 0, 100));
    if (!QFileInfo(path).isFile())
        missingFile(path);
    OpenedDatabase opened = open(parser, context);
    const ReconcileReport report = BankReconciler(opened.database()).importStatement(path, threshold);
    if (!report.committed) {
        opened.discardIfCreated();
        refuse(context, name(), report.errors, path);
    }
    opened.keep();
    printNotes(context, report.notes);
    OutputTable table(context.out, outputFormat,
                      {QStringLiteral("entry"), QStringLiteral("date"), QStringLiteral("amount"), QStringLiteral("currency"),
                       QStringLiteral("debtor"), QStringLiteral("iban"), QStringLiteral("score"), QStringLiteral("state"),
                       QStringLiteral("customer"), QStringLiteral("invoices"), QStringLiteral("reason")},
                      {QStringLiteral("amount"), QStringLiteral("score")});
    // The reversals follow the credits, their state saying what became of them.
    for (const BankMatch &match : report.matches + report.reversals) {
        QStringList invoices;
        for (const MatchedInvoice &allocation : match.allocations)
            invoices << QStringLiteral("%1=%2").arg(allocation.number, allocation.amount.toPlain());
        const BankTransaction &t = match.transaction;
        table.addRow({t.statementId + u'/' + t.entryRef, IsoDate::format(t.bookingDate), t.amount.toPlain(), t.amount.currency(),
                      t.debtorName, t.debtorIban, match.score, BankMatch::stateCode(match.state), match.customerNumber,
                      invoices.join(u' '), match.reason});
    }
    table.finish();
    if (outputFormat == OutputTable::Format::Table) {
        context.out << tr("%1 credits, %2 booked, %3 debits left out").arg(report.matches.size()).arg(report.booked).arg(report.debits);
        if (!report.reversals.isEmpty())
            context.out << QStringLiteral("; ") << report.reversalSummary();
        context.out << '\n';
    }
    return 0;
}

} // namespace dd
