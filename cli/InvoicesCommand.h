#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `invoices --db FILE [--customer NUMBER] [--overdue] [--as-of DATE] [--format ...]`: lists invoices
// with their open amount and days overdue.
class InvoicesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("invoices"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
