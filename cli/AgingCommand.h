#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `aging --db FILE [--as-of DATE] [--by-customer] [--format ...]`: aged receivables per currency
// or per customer.
class AgingCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("aging"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
