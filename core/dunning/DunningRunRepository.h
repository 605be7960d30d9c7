#pragma once

#include "calendar/IsoDate.h"

#include <QHash>
#include <QString>

#include <vector>

namespace dd {

class Database;
struct DunningLetterPlan;

// A letter (or hand-over) of a run as it is recorded: the plan sent, under the file name it got.
struct DunningLetterToRecord
{
    const DunningLetterPlan *plan = nullptr;
    QString fileName;
    QString sha256; // of the file's content
};

// Writes the dunning history (dunning_runs, dunning_letters, dunning_letter_invoices; DunningHistory
// reads it) and tells which run was committed last, by which DunningRun knows a preview is stale.
class DunningRunRepository
{
public:
    explicit DunningRunRepository(Database &database);

    // The id of the last committed run; 0: none yet.
    qint64 lastRunId() const;
    // The letters of a run: file name by SHA-256 of the content.
    QHash<QString, QString> letterFiles(qint64 runId) const;
    // Records a run of `asOf` with its letters and each letter's invoices, in one transaction.
    // Returns the run's id; `letterIds` gets each letter's id, in the order of `letters`.
    qint64 record(const Date &asOf, const QString &committedAt, const QString &actor, const QString &outDir,
                  const std::vector<DunningLetterToRecord> &letters, std::vector<qint64> &letterIds);

private:
    Database &m_database;
};

} // namespace dd
