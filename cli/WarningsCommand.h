#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `warnings --db FILE [--as-of DATE] [--min-customers N] [--window DAYS] [--format ...]`: products
// several customers complained about, with the other customers who bought them.
class WarningsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("warnings"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
