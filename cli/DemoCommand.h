#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `demo --db FILE [--customers N] [--invoices N] [--seed S] [--until DATE]`: creates a database
// filled with demo data.
class DemoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
