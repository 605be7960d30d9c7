#pragma once

#include "dunning/DunningPreview.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace dd {

class Clock;
class Database;

struct DunningCommitOptions
{
    bool eml = false; // also write <file>.eml with the PDF attached, where the customer's e-mail is known
    // Called before each letter is rendered (done, total) and once at the end (total, total);
    // returning false cancels the commit: nothing is recorded and no file is left.
    std::function<bool(int done, int total)> progress;
};

struct DunningCommitResult
{
    qint64 runId = 0;          // 0: nothing was selected, or cancelled
    bool cancelled = false;
    int letters = 0;
    int handOvers = 0;
    QStringList files;          // full paths, in the order written
    QStringList withoutEmail;   // customer numbers whose .eml was not written: no e-mail address known
    // Recorded, but still in the run's staging folder: moving it into place failed after the
    // commit. The next run in the folder moves it (DunningLetterFolder).
    QStringList notMoved;
    // What runs that died had left in the folder (DunningLetterFolder::cleanUpLeftovers): letters
    // of a recorded run moved into place, and the number of never recorded letters deleted.
    QStringList recovered;
    int discarded = 0;
};

// The dunning run (DESIGN.md §4, DOMAIN-NL.md §7): which customers get which letter on a date.
// preview() computes it with one set-based query and records nothing; commit() renders the selected
// letters and hand-over files into a folder and records them in the dunning history and each letter
// in its customer's contact log, in one transaction, so a failing render or write leaves neither.
//
// Per invoice: it moves to the next level only (never skips one, never gets one twice) once
// due date + the level's days have passed and at least the level's interval since the letter of its
// previous level. Only the ticked invoices (DunningInvoiceLine::selected) of a ticked plan are sent
// and recorded. Invoices in an open dispute (dunning hold) or under a payment arrangement, of
// customers marked "do not dun", and letters below the level's minimum are skipped with the reason.
class DunningRun
{
public:
    DunningRun(Database &database, const Clock &clock, QString actor);

    DunningPreview preview(const Date &asOf) const;

    // Renders every selected plan of `preview` into `outDir` (made when missing) and records the
    // run. A file name already taken in the folder gets -2, -3, ...: a letter sent is never
    // overwritten. The files appear in the folder only after the run was committed; what runs that
    // died left behind is cleaned up first (DunningLetterFolder). Throws ValidationError when
    // another run was committed after the preview was made (preview again: checked under the
    // write lock, so two runs at once never send a letter twice), a template is missing or a file
    // cannot be written; nothing is recorded then and no file of this run is left.
    DunningCommitResult commit(const DunningPreview &preview, const QString &outDir,
                               const DunningCommitOptions &options = {});
    // For scripts, where nobody looks at the preview first: previews `asOf`, lets `select` tick or
    // untick plans, and commits. When another run commits in between, the preview is made again,
    // so that only what that run left is sent. `preview` is left holding what was committed.
    DunningCommitResult commitDue(const Date &asOf, const QString &outDir, const DunningCommitOptions &options,
                                  const std::function<void(DunningPreview &)> &select, DunningPreview &preview);

    // One letter's PDF (or a hand-over's CSV), as commit() would write it (its ticked invoices
    // only): for the GUI's preview. Empty when selectedPart() has nothing to send.
    QByteArray render(const DunningLetterPlan &plan, const Date &asOf) const;
    // The letter's text for the user to edit before sending, and the figure fields an edited
    // text lost (DunningLetterDocument::editableText and missingFigures).
    QString editableText(const DunningLetterPlan &plan, const Date &asOf, bool standard) const;
    QStringList missingFigures(const DunningLetterPlan &plan, const QString &ownText) const;
    // The letter as HTML, as it will be printed (its own text when edited): the editor's preview.
    QString letterHtml(const DunningLetterPlan &plan, const Date &asOf) const;

    // The plan as it is sent when some of its invoices are unticked: only the ticked invoices, with
    // level, total, interest, costs and file name computed again over them. Empty when no ticked
    // invoice moves up a level (a letter that only lists invoices would be a level twice) or the
    // total falls below the level's minimum. A plan with every invoice ticked comes back unchanged.
    std::optional<DunningLetterPlan> selectedPart(const DunningLetterPlan &plan, const Date &asOf) const;

    // The one statement preview() reads, with its single parameter (the as-of date, ISO) as '?':
    // the benchmark times it in the sqlite3 shell beside preview().
    static QString overdueQuery();

private:
    // commit(); `stale` says that another run was committed after the preview, and nothing was done.
    DunningCommitResult commitPreview(const DunningPreview &preview, const QString &outDir,
                                      const DunningCommitOptions &options, bool &stale);

    Database &m_database;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace dd
