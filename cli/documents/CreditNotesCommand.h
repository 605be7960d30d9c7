#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `credit-notes [--invoice NUMBER] [--format table|csv|json]`: the issued credit notes.
class CreditNotesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("credit-notes"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
