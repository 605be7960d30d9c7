#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `letter CASE --kind KIND --pdf FILE [--eml FILE]`: writes a case letter, records it in the case's
// contact log and keeps the PDF with the case.
class LetterCommand : public DisputeCliCommand
{
public:
    QString name() const override { return QStringLiteral("letter"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
