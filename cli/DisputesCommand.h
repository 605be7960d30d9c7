#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `disputes --db FILE [--step S] [--reason CODE] [--assignee NAME] [--open] [--overdue] [--format ...]`:
// the case list.
class DisputesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("disputes"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
