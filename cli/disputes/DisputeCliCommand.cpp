#include "DisputeCliCommand.h"

#include "cli/CliError.h"
#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DisputeCliCommand", text);
}
} // namespace

QCommandLineOption DisputeCliCommand::userOption()
{
    return QCommandLineOption(QStringLiteral("user"), tr("Who does this, for the audit trail (default: your login name)."),
                              QStringLiteral("NAME"));
}

QString DisputeCliCommand::actor(const QCommandLineParser &parser) const
{
    if (parser.isSet(QStringLiteral("user")) && !parser.value(QStringLiteral("user")).trimmed().isEmpty())
        return parser.value(QStringLiteral("user")).trimmed();
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QStringLiteral("disputedesk") : login;
}

Dispute DisputeCliCommand::findCase(DisputeService &service, const QCommandLineParser &parser) const
{
    const QString number = parser.positionalArguments().value(0);
    const auto dispute = service.repository().findByNumber(number);
    if (!dispute)
        throw CliError(name() + QStringLiteral(": ") + tr("there is no case %1").arg(number), CliError::Failure);
    return *dispute;
}

std::optional<Money> DisputeCliCommand::amount(const QCommandLineParser &parser, const QString &option,
                                               const QString &currency) const
{
    if (!parser.isSet(option))
        return std::nullopt;
    QString why;
    const auto money = Money::parse(parser.value(option), currency, NumberStyle::English, &why);
    if (!money)
        usageError(QStringLiteral("--%1: %2").arg(option, why));
    if (money->cents() <= 0)
        usageError(tr("--%1 must be more than zero").arg(option));
    return money;
}

QString DisputeCliCommand::requiredText(const QCommandLineParser &parser, const QString &option) const
{
    const QString value = parser.value(option).trimmed();
    if (value.isEmpty())
        usageError(tr("--%1 TEXT is required").arg(option));
    return value;
}

void DisputeCliCommand::reportStep(CliContext &context, const Dispute &dispute) const
{
    context.out << dispute.number << ' ' << DisputeCodes::step(dispute.step) << '\n';
}

} // namespace dd
