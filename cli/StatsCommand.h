#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `stats --as-of DATE`: the dashboard's key figures (DashboardService) as a table, CSV or JSON.
class StatsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
