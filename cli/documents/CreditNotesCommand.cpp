#include "CreditNotesCommand.h"

#include "cli/CliError.h"
#include "creditnotes/CreditNoteRepository.h"
#include "invoices/InvoiceRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CreditNotesCommand", text);
}
} // namespace

QString CreditNotesCommand::summary() const
{
    return tr("Lists the issued credit notes.");
}

void CreditNotesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("invoice"), tr("Only the credit notes of this invoice."), QStringLiteral("NUMBER")});
}

int CreditNotesCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const OutputTable::Format outputFormat = format(parser);
    auto database = openDatabaseToRead(parser);
    qint64 invoiceId = 0;
    if (parser.isSet(QStringLiteral("invoice"))) {
        const auto invoice = InvoiceRepository(*database).findByNumber(parser.value(QStringLiteral("invoice")));
        if (!invoice)
            throw CliError(name() + QStringLiteral(": ") + tr("there is no invoice %1").arg(parser.value(QStringLiteral("invoice"))),
                           CliError::Failure);
        invoiceId = invoice->id;
    }
    const QStringList amounts = {QStringLiteral("excl"), QStringLiteral("vat"), QStringLiteral("incl")};
    OutputTable table(context.out, outputFormat,
                      QStringList{QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("invoice"),
                                  QStringLiteral("case"), QStringLiteral("currency")}
                          + amounts + QStringList{QStringLiteral("reason")},
                      amounts);
    auto amount = [&](const Money &money) -> QVariant {
        // Credit notes print negative, as on the document.
        return outputFormat == OutputTable::Format::Table ? (-money).formatNumber(NumberStyle::English) : (-money).toPlain();
    };
    for (const CreditNote &note : CreditNoteRepository(*database).list(invoiceId)) {
        table.addRow({note.number, IsoDate::format(note.issueDate), note.invoiceNumber, note.disputeNumber, note.currency,
                      amount(note.totalExclVat), amount(note.vat), amount(note.totalInclVat), note.reason});
    }
    return 0;
}

} // namespace dd
