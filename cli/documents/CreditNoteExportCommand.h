#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `credit-note pdf NUMBER --out FILE` and `credit-note ubl NUMBER --out FILE`: an issued credit
// note again, as PDF or as UBL 2.1 (Peppol BIS Billing 3.0).
class CreditNoteExportCommand : public CliCommand
{
public:
    enum class Kind { Pdf, Ubl };
    explicit CreditNoteExportCommand(Kind kind)
        : m_kind(kind)
    {
    }
    QString name() const override;
    QString summary() const override;
    QString positionalArgument() const override { return QStringLiteral("NUMBER"); }
    QString positionalDescription() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    Kind m_kind;
};

} // namespace dd
