#pragma once

#include "cli/legal/LegalCommand.h"

namespace dd {

// `interest --principal AMOUNT --from DATE --to DATE --kind consumer|commercial [--db FILE]
// [--format ...]`: statutory interest for the days from the start of default (--from) up to and
// including --to, with the breakdown per period.
class InterestCommand : public LegalCommand
{
public:
    QString name() const override { return QStringLiteral("interest"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
