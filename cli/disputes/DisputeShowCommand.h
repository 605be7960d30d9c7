#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `dispute show`: shows a case in full, with findings, contacts and audit trail.
class DisputeShowCommand : public DisputeCliCommand
{
public:
    QString name() const override { return QStringLiteral("dispute show"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
