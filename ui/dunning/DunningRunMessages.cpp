#include "DunningRunMessages.h"

#include "DunningPreviewModel.h"
#include "common/UiLocale.h"
#include "dunning/DunningRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

#include <algorithm>

namespace dd {

namespace {
// The context lupdate gives the texts of this file, so their translations are found.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dd::DunningRunMessages", text, disambiguation, n);
}
} // namespace

DunningRunSummary DunningRunSummary::of(const DunningPreviewModel &model)
{
    DunningRunSummary summary;
    for (int plan = 0; plan < model.preview().letters.size(); ++plan) {
        const std::optional<DunningLetterPlan> part = model.sentPart(plan);
        if (!part)
            continue;
        (part->level.isHandOver() ? summary.handOvers : summary.letters) += 1;
        auto level = std::find_if(summary.levels.begin(), summary.levels.end(),
                                  [&](const Level &l) { return l.level == part->level.level; });
        if (level == summary.levels.end())
            level = summary.levels.insert(summary.levels.end(), Level{part->level.level, part->level.name, 0});
        ++level->count;
        auto claimed = summary.claimed.find(part->currency);
        if (claimed == summary.claimed.end())
            summary.claimed.insert(part->currency, part->total);
        else
            *claimed += part->total;
    }
    std::sort(summary.levels.begin(), summary.levels.end(), [](const Level &a, const Level &b) { return a.level < b.level; });
    return summary;
}

bool DunningRunMessages::confirmWarnings(QWidget *parent, const QStringList &warnings)
{
    return QMessageBox::warning(parent, tr("Dunning Run"),
                                tr("Before the letters go out:\n\n%1\n\nSend them anyway?").arg(warnings.join(QStringLiteral("\n\n"))),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

bool DunningRunMessages::confirmRun(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Question, tr("Dunning Run"), question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("dunningConfirm"));
    QPushButton *write = box.addButton(tr("&Write and Record"), QMessageBox::AcceptRole);
    write->setObjectName(QStringLiteral("dunningConfirmWrite"));
    // Cancel is the default: Enter must not send a run that cannot be undone.
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == write;
}

QString DunningRunMessages::confirmation(const DunningRunSummary &summary)
{
    QString text = QCoreApplication::translate("dd::DunningRunMessages", "Write and record %n letter(s)", nullptr, summary.letters);
    if (summary.handOvers > 0)
        text += QCoreApplication::translate("dd::DunningRunMessages", " and %n hand-over file(s)", nullptr, summary.handOvers);
    text += QStringLiteral("?\n\n");
    for (const DunningRunSummary::Level &level : summary.levels)
        text += QStringLiteral("%1: %2\n").arg(level.name).arg(level.count);
    QStringList amounts;
    for (const Money &amount : summary.claimed)
        amounts << UiLocale::formatMoney(amount);
    text += QStringLiteral("\n") + tr("Total claimed (open amounts): %1").arg(amounts.join(QStringLiteral("; ")));
    text += QStringLiteral("\n\n") + tr("A recorded run cannot be undone: the letters go into the dunning history and the customers' contact logs.");
    return text;
}

QString DunningRunMessages::recorded(const DunningCommitResult &result, const QString &folder)
{
    const QString url = QUrl::fromLocalFile(QFileInfo(folder).absoluteFilePath()).toString();
    // One count per sentence, each with its plural form.
    QString text = tr("Run %1: %n letter(s) written to <a href=\"%2\">%3</a> and recorded.", nullptr, result.letters)
                       .arg(result.runId)
                       .arg(url, QDir::toNativeSeparators(folder).toHtmlEscaped());
    if (result.handOvers > 0)
        text += u' ' + tr("%n hand-over file(s) written with them.", nullptr, result.handOvers);
    if (!result.withoutEmail.isEmpty())
        text += QStringLiteral("<br>") + tr("No e-mail address known, no .eml written for: %1")
                                             .arg(result.withoutEmail.join(QStringLiteral(", ")).toHtmlEscaped());
    // What an earlier, interrupted run had left in the folder (DunningLetterFolder).
    if (!result.recovered.isEmpty())
        text += QStringLiteral("<br>") + tr("Letters of an earlier run that was interrupted after it was recorded were moved into the folder: %1")
                                             .arg(result.recovered.join(QStringLiteral(", ")).toHtmlEscaped());
    if (result.discarded > 0)
        text += QStringLiteral("<br>") + tr("%n letter file(s) of an earlier run that was interrupted before it was recorded were deleted; they were never sent.",
                                                nullptr, result.discarded);
    if (!result.notMoved.isEmpty())
        text += QStringLiteral("<br>") + tr("The run is recorded, but these files could not be moved into the folder; the next run in the folder moves them: %1")
                                             .arg(result.notMoved.join(QStringLiteral(", ")).toHtmlEscaped());
    return text;
}

} // namespace dd
