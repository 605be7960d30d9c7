#pragma once

#include "cli/legal/LegalCommand.h"

namespace dd {

// `court-fee --claim AMOUNT --debtor organisation|person [--date DATE] [--db FILE] [--format ...]`:
// the court fee (griffierecht) at the kantonrechter from the dated fee table.
class CourtFeeCommand : public LegalCommand
{
public:
    QString name() const override { return QStringLiteral("court-fee"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
