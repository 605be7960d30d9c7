#pragma once

#include "cli/legal/LegalCommand.h"

namespace dd {

// `limitation --due DATE [--kind consumer-goods|other] [--reminder DATE ...] [--as-of DATE]
// [--warn-days N] [--format ...]`: the date a claim becomes time-barred, with the interruptions.
class LimitationCommand : public LegalCommand
{
public:
    QString name() const override { return QStringLiteral("limitation"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
