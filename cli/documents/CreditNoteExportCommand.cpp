#include "CreditNoteExportCommand.h"

#include "cli/CliError.h"
#include "cli/documents/DocumentFiles.h"
#include "common/Clock.h"
#include "creditnotes/CreditNoteService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CreditNoteExportCommand", text);
}
} // namespace

QString CreditNoteExportCommand::name() const
{
    return m_kind == Kind::Pdf ? QStringLiteral("credit-note pdf") : QStringLiteral("credit-note ubl");
}

QString CreditNoteExportCommand::summary() const
{
    return m_kind == Kind::Pdf ? tr("Writes an issued credit note as PDF.")
                               : tr("Writes an issued credit note as UBL 2.1 CreditNote (Peppol BIS Billing 3.0).");
}

QString CreditNoteExportCommand::positionalDescription() const
{
    return tr("The credit note number, e.g. CN-2026-000001.");
}

void CreditNoteExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")});
    if (m_kind == Kind::Ubl)
        parser.addOption({QStringLiteral("en16931"),
                          tr("Plain EN 16931, without the Peppol rules (for a buyer without a Peppol address).")});
}

int CreditNoteExportCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        usageError(tr("--out FILE is required"));
    auto database = openDatabaseToRead(parser);
    SystemClock clock;
    CreditNoteService service(*database, clock, QString());
    const QString number = parser.positionalArguments().value(0);
    const auto note = service.repository().findByNumber(number);
    if (!note)
        throw CliError(name() + QStringLiteral(": ") + tr("there is no credit note %1").arg(number), CliError::Failure);
    const UblFlavour flavour = m_kind == Kind::Ubl && parser.isSet(QStringLiteral("en16931")) ? UblFlavour::En16931 : UblFlavour::Peppol;
    DocumentFiles::write(name(), out, m_kind == Kind::Pdf ? service.pdf(*note) : service.ubl(*note, flavour));
    context.out << out << '\n';
    return 0;
}

} // namespace dd
