#include "LetterCommand.h"

#include "cli/documents/DocumentFiles.h"
#include "disputes/DisputeService.h"
#include "documents/LetterService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::LetterCommand", text);
}
} // namespace

QString LetterCommand::summary() const
{
    return tr("Writes a case letter as PDF (and .eml), records it in the contact log and keeps it with the case.");
}

void LetterCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(userOption());
    parser.addOption({QStringLiteral("kind"), tr("%1.").arg(DocumentKinds::letterCodes().join(QStringLiteral(", "))),
                      QStringLiteral("KIND")});
    parser.addOption({{QStringLiteral("pdf"), QStringLiteral("out")}, tr("The PDF file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("eml"), tr("Also write an e-mail (.eml) to the customer's contact with the PDF attached."),
                      QStringLiteral("FILE")});
}

int LetterCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QString kindCode = requiredText(parser, QStringLiteral("kind"));
    const auto kind = DocumentKinds::fromCode(kindCode);
    if (!kind || *kind == DocumentKind::CreditNote)
        usageError(tr("--kind must be one of %1").arg(DocumentKinds::letterCodes().join(QStringLiteral(", "))));
    const QString pdfPath = parser.value(QStringLiteral("pdf"));
    if (pdfPath.isEmpty())
        usageError(tr("--pdf FILE is required"));
    auto database = openDatabase(parser);
    DisputeService disputes(*database, m_clock, actor(parser));
    const Dispute dispute = findCase(disputes, parser);
    LetterService letters(*database, m_clock, actor(parser));
    const Letter letter = letters.compose(dispute.id, *kind);
    // The e-mail is made before anything is recorded, so a missing address leaves no trace.
    const QByteArray eml = parser.isSet(QStringLiteral("eml")) ? letters.eml(letter) : QByteArray();
    DocumentFiles::write(name(), pdfPath, letter.pdf);
    if (parser.isSet(QStringLiteral("eml")))
        DocumentFiles::write(name(), parser.value(QStringLiteral("eml")), eml);
    letters.record(letter);
    context.out << dispute.number << ' ' << DocumentKinds::code(*kind) << ' ' << pdfPath << '\n';
    return 0;
}

} // namespace dd
