#include "DisputeResolveCommand.h"

#include "disputes/DisputeService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeResolveCommand", text);
}
const QStringList paths = {QStringLiteral("credit"), QStringLiteral("amicable"), QStringLiteral("arrangement"),
                           QStringLiteral("paid"), QStringLiteral("legal"), QStringLiteral("goodwill")};
} // namespace

QString DisputeResolveCommand::summary() const
{
    return tr("Resolves a case: credit, amicable, arrangement, paid, legal or goodwill.");
}

void DisputeResolveCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(userOption());
    parser.addOption({QStringLiteral("path"),
                      tr("credit (the justified part), amicable (explain why the invoice stands), arrangement (instalments "
                         "agreed), paid (paid after explanation), legal (hand over for collection) or goodwill (write off once)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("note"),
                      tr("The explanation (amicable), the instalments (arrangement), the reason (goodwill), or a note."),
                      QStringLiteral("TEXT")});
}

int DisputeResolveCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QString path = requiredText(parser, QStringLiteral("path"));
    if (!paths.contains(path))
        usageError(tr("--path must be one of %1").arg(paths.join(QStringLiteral(", "))));
    const QString note = parser.value(QStringLiteral("note")).trimmed();
    if ((path == u"amicable" || path == u"arrangement" || path == u"goodwill") && note.isEmpty())
        usageError(tr("--path %1 needs --note TEXT").arg(path));

    auto database = openDatabase(parser);
    DisputeService service(*database, m_clock, actor(parser));
    const Dispute dispute = findCase(service, parser);
    Dispute result;
    if (path == u"credit") {
        result = service.credit(dispute.id, note);
    } else if (path == u"amicable") {
        result = service.amicable(dispute.id, note);
    } else if (path == u"arrangement") {
        result = service.arrangement(dispute.id, note);
    } else if (path == u"paid") {
        result = service.paid(dispute.id, note);
    } else if (path == u"legal") {
        result = service.legal(dispute.id, note);
    } else {
        const GoodwillResult goodwill = service.goodwill(dispute.id, note);
        result = goodwill.dispute;
        if (goodwill.earlier) {
            context.err << QStringLiteral("disputedesk-cli: ")
                        << tr("warning: %1 already had goodwill in case %2 (%3); goodwill is meant to be given once.")
                               .arg(result.customerName, goodwill.earlier->disputeNumber,
                                    goodwill.earlier->amount.format(NumberStyle::English))
                        << '\n';
        }
    }
    reportStep(context, result);
    return 0;
}

} // namespace dd
