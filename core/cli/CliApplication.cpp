#include "CliApplication.h"

#include "cli/AgingCommand.h"
#include "cli/CliError.h"
#include "cli/DemoCommand.h"
#include "cli/InvoicesCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

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
    return commands;
}

QString overview(const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    QString text = tr("Usage: disputedesk-cli <command> [options]\n\nCommands:\n");
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(10), command->summary());
    text += tr("\n`disputedesk-cli <command> --help` describes a command's options.\n");
    return text;
}
} // namespace

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
        if (command->name() != arguments.constFirst())
            continue;
        CliContext context{out, err, today};
        try {
            const int code = command->execute(arguments.mid(1), context);
            out.flush();
            return code;
        } catch (const CliError &error) {
            out.flush();
            err << QStringLiteral("disputedesk-cli: ") << error.message().simplified() << '\n';
            err.flush();
            return error.code();
        }
    }
    err << QStringLiteral("disputedesk-cli: ") << tr("unknown command \"%1\" (try --help)").arg(arguments.constFirst())
        << '\n';
    return CliError::Usage;
}

} // namespace dd
