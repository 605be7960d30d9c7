#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `dispute reassign --db FILE CASE --to NAME`: hands a case to another controller, recorded in
// the audit trail as "reassigned from A to B".
class DisputeReassignCommand : public DisputeCliCommand
{
public:
    QString name() const override { return QStringLiteral("dispute reassign"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
