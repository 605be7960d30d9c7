#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `report disputes --from DATE --to DATE` and `report aging --as-of DATE`: the management
// reports as PDF (--pdf FILE, --lang nl|en) and their tables as CSV files (--csv DIR); without
// either, the key figures are printed.
class ReportCommand : public CliCommand
{
public:
    enum class Kind { Disputes, Aging };
    explicit ReportCommand(Kind kind)
        : m_kind(kind)
    {
    }
    QString name() const override;
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    Date requiredDate(const QCommandLineParser &parser, const QString &option) const;

    Kind m_kind;
};

} // namespace dd
