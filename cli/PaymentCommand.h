#pragma once

#include "cli/CliCommand.h"
#include "common/Clock.h"

namespace dd {

// `payment add|refund --db FILE INVOICE --amount X [--date D] [--reference R]` and
// `payment reverse --db FILE PAYMENT [--date D] [--reason R]`: payments entered by hand, as the
// invoice's dialog enters them (PaymentService): money received (more than is open is accepted
// and said), a refund paid out of a credit balance, the reversal of a payment received.
class PaymentCommand : public CliCommand
{
public:
    enum class Action { Add, Refund, Reverse };
    explicit PaymentCommand(Action action);

    QString name() const override;
    QString summary() const override;
    QString positionalArgument() const override;
    QString positionalDescription() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    const Action m_action;
    SystemClock m_clock;
};

} // namespace dd
