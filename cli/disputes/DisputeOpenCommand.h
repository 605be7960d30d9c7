#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `dispute open`: opens a case for a customer's complaint and prints its number.
class DisputeOpenCommand : public DisputeCliCommand
{
public:
    QString name() const override { return QStringLiteral("dispute open"); }
    QString summary() const override;
    QString positionalArgument() const override { return QString(); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
