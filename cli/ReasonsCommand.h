#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `reasons [--format ...]`: the reason codes of the taxonomy and their class.
class ReasonsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("reasons"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
