#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `dispute contact`: records a contact with the customer about a case.
class DisputeContactCommand : public DisputeCliCommand
{
public:
    QString name() const override { return QStringLiteral("dispute contact"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
