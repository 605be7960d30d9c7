#include "CliApplication.h"

#include "cli/AgingCommand.h"
#include "cli/CompanyCommand.h"
#include "cli/CliError.h"
#include "cli/CustomerContactsCommand.h"
#include "cli/CustomerPeppolCommand.h"
#include "cli/CustomerDoNotDunCommand.h"
#include "cli/PaymentCommand.h"
#include "cli/disputes/DisputeReassignCommand.h"
#include "cli/CopyCommand.h"
#include "cli/DemoCommand.h"
#include "cli/DisputesCommand.h"
#include "cli/DunningRunCommand.h"
#include "cli/ExchangeRatesCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InvoicesCommand.h"
#include "cli/ReasonsCommand.h"
#include "cli/ReportCommand.h"
#include "cli/StatsCommand.h"
#include "cli/WarningsCommand.h"
#include "cli/disputes/CostBenefitCommand.h"
#include "cli/disputes/DisputeCloseCommand.h"
#include "cli/documents/CreditNoteExportCommand.h"
#include "cli/documents/CreditNoteIssueCommand.h"
#include "cli/documents/CreditNotesCommand.h"
#include "cli/documents/LetterCommand.h"
#include "cli/disputes/DisputeContactCommand.h"
#include "cli/disputes/DisputeDecideCommand.h"
#include "cli/disputes/DisputeFindingCommand.h"
#include "cli/disputes/DisputeLearnCommand.h"
#include "cli/disputes/DisputeOpenCommand.h"
#include "cli/disputes/DisputeResolveCommand.h"
#include "cli/disputes/DisputeRulesCommand.h"
#include "cli/disputes/DisputeShowCommand.h"
#include "cli/disputes/DisputeStepBackCommand.h"
#include "cli/legal/CollectionCostsCommand.h"
#include "cli/legal/CourtFeeCommand.h"
#include "cli/legal/InterestCommand.h"
#include "cli/legal/InterestRatesCommand.h"
#include "cli/legal/LimitationCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <memory>
#include <vector>

#include <unistd.h>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CliApplication", text);
}

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<AgingCommand>());
    commands.push_back(std::make_unique<InvoicesCommand>());
    commands.push_back(std::make_unique<DisputesCommand>());
    commands.push_back(std::make_unique<DisputeOpenCommand>());
    commands.push_back(std::make_unique<DisputeFindingCommand>());
    commands.push_back(std::make_unique<DisputeDecideCommand>());
    commands.push_back(std::make_unique<DisputeResolveCommand>());
    commands.push_back(std::make_unique<DisputeLearnCommand>());
    commands.push_back(std::make_unique<DisputeCloseCommand>());
    commands.push_back(std::make_unique<DisputeContactCommand>());
    commands.push_back(std::make_unique<DisputeStepBackCommand>());
    commands.push_back(std::make_unique<DisputeShowCommand>());
    commands.push_back(std::make_unique<DisputeRulesCommand>());
    commands.push_back(std::make_unique<CostBenefitCommand>());
    commands.push_back(std::make_unique<ReasonsCommand>());
    commands.push_back(std::make_unique<WarningsCommand>());
    commands.push_back(std::make_unique<ReportCommand>(ReportCommand::Kind::Disputes));
    commands.push_back(std::make_unique<ReportCommand>(ReportCommand::Kind::Aging));
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<CollectionCostsCommand>());
    commands.push_back(std::make_unique<InterestCommand>());
    commands.push_back(std::make_unique<InterestRatesCommand>());
    commands.push_back(std::make_unique<CourtFeeCommand>());
    commands.push_back(std::make_unique<LimitationCommand>());
    // Two-word credit-note commands before the plain `credit-note` (issue), which would match them too.
    commands.push_back(std::make_unique<CreditNoteIssueCommand>());
    commands.push_back(std::make_unique<CreditNoteExportCommand>(CreditNoteExportCommand::Kind::Pdf));
    commands.push_back(std::make_unique<CreditNoteExportCommand>(CreditNoteExportCommand::Kind::Ubl));
    commands.push_back(std::make_unique<CreditNoteIssueCommand>(QStringLiteral("credit-note")));
    commands.push_back(std::make_unique<CreditNotesCommand>());
    commands.push_back(std::make_unique<LetterCommand>());
    commands.push_back(std::make_unique<DunningRunCommand>());
    commands.push_back(std::make_unique<CustomerDoNotDunCommand>());
    commands.push_back(std::make_unique<CustomerContactsCommand>());
    commands.push_back(std::make_unique<CustomerPeppolCommand>());
    commands.push_back(std::make_unique<PaymentCommand>(PaymentCommand::Action::Add));
    commands.push_back(std::make_unique<PaymentCommand>(PaymentCommand::Action::Refund));
    commands.push_back(std::make_unique<PaymentCommand>(PaymentCommand::Action::Reverse));
    commands.push_back(std::make_unique<DisputeReassignCommand>());
    commands.push_back(std::make_unique<CompanyCommand>());
    commands.push_back(std::make_unique<ExchangeRatesCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<CopyCommand>());
    return commands;
}

QString overview(const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    QString text = tr("Usage: disputedesk-cli <command> [options]\n\nCommands:\n");
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(18), command->summary());
    text += tr("\n`disputedesk-cli <command> --help` describes a command's options.\n");
    return text;
}
} // namespace

void CliApplication::prepareEnvironment()
{
    // The command line never shows a window.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a desktop session there is no runtime folder; Qt would make one and warn on stderr,
    // which must carry only the command's own messages. Make the same private folder quietly.
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-disputedesk-") + QString::number(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
}

int CliApplication::run(const QStringList &arguments, QTextStream &out, QTextStream &err, const Date &today)
{
    const auto commands = allCommands();
    if (arguments.isEmpty() || arguments.constFirst() == u"--help" || arguments.constFirst() == u"-h"
        || arguments.constFirst() == u"help") {
        (arguments.isEmpty() ? err : out) << overview(commands);
        return arguments.isEmpty() ? CliError::Usage : 0;
    }
    if (arguments.constFirst() == u"--version") {
        out << QStringLiteral("disputedesk-cli %1\n").arg(QCoreApplication::applicationVersion());
        return 0;
    }
    for (const auto &command : commands) {
        const QStringList words = command->name().split(u' ');
        if (arguments.mid(0, words.size()) != words)
            continue;
        CliContext context{out, err, today};
        try {
            const int code = command->execute(arguments.mid(words.size()), context);
            out.flush();
            return code;
        } catch (const CliError &error) {
            out.flush();
            err << QStringLiteral("disputedesk-cli: ") << error.message().simplified() << '\n';
            err.flush();
            return error.code();
        }
    }
    const bool group = std::any_of(commands.begin(), commands.end(), [&](const auto &command) {
        return command->name().startsWith(arguments.constFirst() + u' ');
    });
    const QString unknown = group && arguments.size() > 1 ? arguments.mid(0, 2).join(u' ') : arguments.constFirst();
    err << QStringLiteral("disputedesk-cli: ") << tr("unknown command \"%1\" (try --help)").arg(unknown)
        << '\n';
    return CliError::Usage;
}

} // namespace dd
