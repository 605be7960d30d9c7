#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace dd {

class DunningLetterEditDialog;
class DunningView;

// What the Dunning area does with the selected customer's letter before the run: show it as it
// will be printed (Show Letter) and edit its wording (Edit Letter…). Split from DunningView,
// which keeps the preview and the run.
//
// Files are opened by the file opener, by default the desktop's (QDesktopServices::openUrl), which
// returns false when no program is registered for the file's type: the user is then told so and
// offered the folder, or shown the path when the folder cannot be opened either.
class DunningLetterActions : public QObject
{
    Q_OBJECT
public:
    using FileOpener = std::function<bool(const QString &path)>;

    explicit DunningLetterActions(DunningView *view);
    ~DunningLetterActions() override;

    void setFileOpener(FileOpener opener) { m_opener = std::move(opener); }
    // Opens a file or folder; when nothing opens it, says so with its path.
    bool open(const QString &path);

    // The letter (PDF) or hand-over file (CSV) of the current customer as it will be sent, written
    // to a temporary file and opened; returns its path, empty when there is none.
    QString showLetter();
    // Opens the editor of the current customer's letter (not of a hand-over); its text goes into
    // the run when the dialog is accepted.
    bool editLetter();
    DunningLetterEditDialog *editDialog() const;
    // The database changes: an open editor belongs to the old one.
    void closeEditor();

signals:
    // Rich text for the area's result line; `failed` also reports it as an error.
    void message(const QString &text, bool failed);

private:
    DunningView *m_view;
    FileOpener m_opener;
    std::unique_ptr<QTemporaryDir> m_previewDir;
    QPointer<DunningLetterEditDialog> m_editDialog;
};

} // namespace dd
