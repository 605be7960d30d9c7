#pragma once

#include "cli/legal/LegalCommand.h"

namespace dd {

// `collection-costs --principal AMOUNT [--kind consumer|business] [--vat-uplift] [--invoices N]
// [--format ...]`: the statutory collection costs (art. 6:96 BW) with the breakdown per bracket.
class CollectionCostsCommand : public LegalCommand
{
public:
    QString name() const override { return QStringLiteral("collection-costs"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
