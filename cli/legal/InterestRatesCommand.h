#pragma once

#include "cli/legal/LegalCommand.h"

namespace dd {

// `interest-rates [--db FILE] [--kind K] [--format ...]` lists the statutory interest rate table
// (shipped periods and the user's, with source and "to verify" flag);
// `interest-rates --db FILE --add --kind K --from DATE --until DATE --rate PERCENT [--source TEXT]`
// stores a period the user looked up, laid over the shipped table.
class InterestRatesCommand : public LegalCommand
{
public:
    QString name() const override { return QStringLiteral("interest-rates"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
