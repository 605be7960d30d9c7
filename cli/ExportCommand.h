#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `export --db F --kind customers|invoices|payments|disputes --out FILE.csv`.
class ExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
