#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `company --db FILE [--name TEXT] [--street TEXT] …`: shows the company details that head every
// letter and credit note, and changes the ones given. Credit notes and letters are refused until
// the details they need are there, so the command line must be able to fill them in too.
class CompanyCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("company"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
