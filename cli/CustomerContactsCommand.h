#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `customer contacts --db FILE NUMBER [--format table|csv|json]`: the customer's contact log,
// newest first (the dunning letters sent, each with its level and invoices).
class CustomerContactsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("customer contacts"); }
    QString summary() const override;
    QString positionalArgument() const override { return QStringLiteral("NUMBER"); }
    QString positionalDescription() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
