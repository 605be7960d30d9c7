#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `credit-note issue --invoice NUMBER [--amount X | --lines 1,3] --reason TEXT [--case CASE]
// [--pdf FILE] [--ubl FILE]`: issues a credit note and prints its number. Also registered as plain
// `credit-note` with the same options.
class CreditNoteIssueCommand : public DisputeCliCommand
{
public:
    explicit CreditNoteIssueCommand(QString name = QStringLiteral("credit-note issue"))
        : m_name(std::move(name))
    {
    }
    QString name() const override { return m_name; }
    QString summary() const override;
    QString positionalArgument() const override { return QString(); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    QString m_name;
};

} // namespace dd
