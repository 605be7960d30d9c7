#include "CreditNoteIssueCommand.h"

#include "cli/CliError.h"
#include "cli/documents/DocumentFiles.h"
#include "common/Error.h"
#include "creditnotes/CreditNoteService.h"
#include "disputes/DisputeRepository.h"
#include "invoices/InvoiceRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <functional>
#include <memory>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CreditNoteIssueCommand", text);
}
} // namespace

QString CreditNoteIssueCommand::summary() const
{
    return tr("Issues a credit note for an invoice (all of it, some lines, or an amount) and prints its number.");
}

void CreditNoteIssueCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(userOption());
    parser.addOption({QStringLiteral("invoice"), tr("The invoice to credit."), QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("amount"), tr("The amount to credit, including VAT (default: all that is open)."),
                      QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("lines"), tr("The invoice lines to credit in full, e.g. 1,3."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("reason"), tr("Why the invoice is credited (printed on the credit note)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("case"), tr("The dispute case the credit comes from."), QStringLiteral("CASE")});
    parser.addOption({QStringLiteral("issue-date"), tr("The date of the credit note (YYYY-MM-DD); default today."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("pdf"), tr("Also write the credit note as PDF to this file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("ubl"), tr("Also write the credit note as UBL 2.1 (Peppol) to this file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("en16931"),
                      tr("Write --ubl as plain EN 16931, without the Peppol rules (for a buyer without a Peppol address).")});
}

int CreditNoteIssueCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    CreditNoteRequest request;
    request.invoiceNumber = requiredText(parser, QStringLiteral("invoice"));
    request.reason = requiredText(parser, QStringLiteral("reason"));
    if (parser.isSet(QStringLiteral("amount")) && parser.isSet(QStringLiteral("lines")))
        usageError(tr("give --amount or --lines, not both"));
    if (parser.isSet(QStringLiteral("lines"))) {
        for (const QString &part : parser.value(QStringLiteral("lines")).split(u',')) {
            bool ok = false;
            const int line = part.trimmed().toInt(&ok);
            if (!ok || line < 1)
                usageError(tr("--lines: \"%1\" is not a list of line numbers such as 1,3").arg(parser.value(QStringLiteral("lines"))));
            request.lines << line;
        }
    }
    if (parser.isSet(QStringLiteral("issue-date")))
        request.issueDate = dateOption(parser, QStringLiteral("issue-date"));
    auto database = openDatabase(parser);
    const auto invoice = InvoiceRepository(*database).findByNumber(request.invoiceNumber);
    if (!invoice)
        throw CliError(name() + QStringLiteral(": ") + tr("there is no invoice %1").arg(request.invoiceNumber), CliError::Failure);
    request.amount = amount(parser, QStringLiteral("amount"), invoice->currency);
    if (parser.isSet(QStringLiteral("case"))) {
        const auto dispute = DisputeRepository(*database).findByNumber(parser.value(QStringLiteral("case")));
        if (!dispute)
            throw CliError(name() + QStringLiteral(": ") + tr("there is no case %1").arg(parser.value(QStringLiteral("case"))),
                           CliError::Failure);
        request.disputeId = dispute->id;
    }
    // The files are checked and opened before the note is issued: a path that cannot be written
    // refuses the command while nothing is issued yet. Discovering it after the commit would end in
    // an error that invites running the command again, which would credit the invoice twice.
    std::unique_ptr<QSaveFile> pdfFile;
    std::unique_ptr<QSaveFile> ublFile;
    if (parser.isSet(QStringLiteral("pdf")))
        pdfFile = DocumentFiles::reserve(name(), parser.value(QStringLiteral("pdf")));
    if (parser.isSet(QStringLiteral("ubl")))
        ublFile = DocumentFiles::reserve(name(), parser.value(QStringLiteral("ubl")));
    CreditNoteService service(*database, m_clock, actor(parser));
    const UblFlavour flavour = parser.isSet(QStringLiteral("en16931")) ? UblFlavour::En16931 : UblFlavour::Peppol;
    if (ublFile && flavour == UblFlavour::Peppol)
        service.checkPeppol(service.preview(request)); // a note whose file cannot be valid is not issued
    const CreditNote note = service.issue(request);
    context.out << note.number << '\n';
    context.out.flush();
    // From here on the note is issued: a file that still fails (a full disk) is reported as a
    // warning with the command that writes it again, and the exit code says the issue succeeded.
    auto finish = [&](QSaveFile *file, const QString &option, const std::function<QByteArray()> &render) {
        if (!file)
            return;
        QString error;
        try {
            error = DocumentFiles::finish(*file, render());
        } catch (const Error &failure) {
            error = failure.message();
        }
        if (error.isEmpty())
            return;
        context.err << QStringLiteral("disputedesk-cli: ") + name() + QStringLiteral(": ")
                           + tr("credit note %1 was issued, but %2 could not be written (%3). Do not issue it again; "
                                "write the file with: disputedesk-cli credit-note %4 %1 --out FILE")
                                 .arg(note.number, file->fileName(), error.simplified(), option)
                    << '\n';
        context.err.flush();
    };
    finish(pdfFile.get(), QStringLiteral("pdf"), [&] { return service.pdf(note); });
    finish(ublFile.get(), QStringLiteral("ubl"), [&] { return service.ubl(note, flavour); });
    return 0;
}

} // namespace dd
