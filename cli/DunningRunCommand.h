#pragma once

#include "cli/CliCommand.h"
#include "common/Clock.h"

namespace dd {

// `dunning-run --db FILE --as-of DATE [--format ...]`: the preview of a dunning run, one row per
// invoice (letter, hand-over or skipped with the reason); changes nothing.
// `dunning-run --db FILE --as-of DATE --commit --out DIR [--eml] [--hand-over]`: writes one PDF per
// customer and level into DIR (and .eml; hand-over files with --hand-over) and records the history.
class DunningRunCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("dunning-run"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    SystemClock m_clock;
};

} // namespace dd
