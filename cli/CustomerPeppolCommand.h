#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `customer peppol --db FILE NUMBER [--id SCHEME:ID | --clear]`: shows or sets the customer's Peppol
// participant id, where its credit notes go as e-invoices (e.g. 0106:12345678 for a KvK number,
// 0208 for a Belgian enterprise number, 0088 for a GLN).
class CustomerPeppolCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("customer peppol"); }
    QString summary() const override;
    QString positionalArgument() const override { return QStringLiteral("NUMBER"); }
    QString positionalDescription() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
