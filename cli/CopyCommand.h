#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `copy --from SOURCE --to TARGET`: copies a whole database between a file and a server (issue
// 20) and prints, per table, the rows and money sums of both sides.
class CopyCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("copy"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
