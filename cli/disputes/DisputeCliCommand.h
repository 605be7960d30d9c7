#pragma once

#include "cli/CliCommand.h"
#include "common/Clock.h"
#include "disputes/Dispute.h"

#include <memory>

namespace dd {

class DisputeService;

// What the `dispute ...` commands share: the case number argument, --user for the audit trail,
// amounts, and reporting the case's new step.
class DisputeCliCommand : public CliCommand
{
public:
    QString positionalArgument() const override { return QStringLiteral("CASE"); }

protected:
    static QCommandLineOption userOption();
    // The person recorded in the audit trail: --user, else the login name.
    QString actor(const QCommandLineParser &parser) const;
    // The case named by the positional argument; CliError when there is none.
    Dispute findCase(DisputeService &service, const QCommandLineParser &parser) const;
    // An amount option in `currency`; 1234.56 and 1.234,56 are both accepted.
    std::optional<Money> amount(const QCommandLineParser &parser, const QString &option, const QString &currency) const;
    QString requiredText(const QCommandLineParser &parser, const QString &option) const;
    void reportStep(CliContext &context, const Dispute &dispute) const;

    SystemClock m_clock;
};

} // namespace dd
