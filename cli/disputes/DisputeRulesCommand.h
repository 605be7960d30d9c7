#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `dispute rules`: shows the database's dispute rules (response time, proactive warning) and
// changes those given.
class DisputeRulesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("dispute rules"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
