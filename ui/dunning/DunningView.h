#pragma once

#include "DunningHistoryDialog.h"
#include "dunning/DunningRun.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressDialog;
class QPushButton;
class QTimer;
class QTreeView;

namespace dd {

class Clock;
class DoNotDunEditor;
class DunningCustomerActions;
class DunningLetterActions;
class DunningLetterEditDialog;
class Session;
class DunningPreviewModel;

// The Dunning area of the main window: the preview of a dunning run on a date, grouped by level,
// where the user unticks customers or invoices, looks at a letter as it will be printed, and
// confirms the count, levels and amounts: the ticked letters are written into a folder with a cancellable progress dialog and
// recorded in the dunning history in one transaction (DunningRun). Cancel records nothing.
// The preview is made when the area is shown and again when the date changes.
class DunningView : public QWidget
{
    Q_OBJECT
public:
    explicit DunningView(QWidget *parent = nullptr);
    ~DunningView() override;

    // The preview is made again (when shown) whenever the session reports a change it depends on.
    void setSession(Session *session);
    // Tests fix the clock (the run's recorded time); the program uses the system clock.
    void setClock(const Clock *clock);

    QDate asOf() const;
    void setAsOf(const QDate &asOf);
    QString outputFolder() const;
    void setOutputFolder(const QString &folder);

    // Makes the preview now (otherwise it is made when the area is shown).
    void refreshPreview();
    // The data changed elsewhere: make the preview again when next shown.
    void invalidate();

    DunningPreviewModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

    // The letter (PDF) or hand-over file (CSV) of the current customer as it will be sent, written
    // to a temporary file and handed to the file opener; returns its path, empty when there is none.
    QString previewLetter();
    // Who opens a previewed letter or the letters' folder: by default the desktop's viewer
    // (QDesktopServices); false when nothing opened it (DunningLetterActions says so).
    void setFileOpener(std::function<bool(const QString &path)> opener);
    // Edit Letter…: the current customer's letter in an editor, its text then written by the run.
    bool editLetter();
    DunningLetterEditDialog *letterEditDialog() const;

    Session *session() const { return m_session; }
    const Clock *clock() const { return m_clock; }
    // The current row's first column (a letter, one of its invoices, a skip, a group).
    QModelIndex currentLetterIndex() const;
    // Who confirms sending despite the preview's warnings (a date without post, interest the
    // letters cannot state): by default a question to the user; true sends.
    void setWarningConfirmer(std::function<bool(const QStringList &warnings)> confirmer)
    {
        m_confirmWarnings = std::move(confirmer);
    }
    // Who confirms the run itself, shown the count of letters, the levels and the amounts claimed
    // (DunningRunMessages::confirmation): a recorded run cannot be undone. By default a question to
    // the user whose default answer is Cancel; true writes and records.
    void setRunConfirmer(std::function<bool(const QString &question)> confirmer) { m_confirmRun = std::move(confirmer); }

    // Writes and records the ticked letters with a progress dialog. False when nothing was
    // recorded (cancelled, failed, nothing ticked).
    bool commit();
    const DunningCommitResult &lastResult() const { return m_lastResult; }
    // The progress dialog, while commit() runs.
    QProgressDialog *progressDialog() const;

    // The history of the current customer, or of the current invoice when an invoice is current.
    void showHistory();
    // The history of any customer or invoice (the lists' context menus); the dialog closes when
    // another database is opened.
    void showHistoryFor(DunningHistoryDialog::Subject subject, qint64 id);
    DunningHistoryDialog *historyDialog() const;
    // Marks the current customer "do not dun" or lifts the mark, and makes the preview again.
    void toggleDoNotDun();
    // The same for any customer. False (and loadFailed) when it cannot be stored.
    bool setDoNotDun(qint64 customerId, bool doNotDun);
    // The marks are then set as steps Edit ▸ Undo can take back (the main window's editor).
    void setDoNotDunEditor(DoNotDunEditor *editor);

signals:
    void loadFailed(const QString &message);
    // Before each letter of a commit (done, total), and once at the end (total, total).
    void commitProgress(int done, int total);
    void committed(qint64 runId);
    // A customer's "do not dun" mark changed.
    void doNotDunChanged(qint64 customerId, bool doNotDun);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void updateSummary();
    void chooseFolder();
    void fitColumns();
    void showError(const QString &message);
    void setResult(const QString &text);
    void setRichResult(const QString &html);
    QModelIndex currentIndex() const;

    Session *m_session = nullptr;
    std::unique_ptr<Clock> m_systemClock;
    const Clock *m_clock;
    bool m_stale = true;
    DunningCommitResult m_lastResult;
    DunningLetterActions *m_letters;
    DunningCustomerActions *m_customers;
    std::function<bool(const QStringList &)> m_confirmWarnings;
    std::function<bool(const QString &)> m_confirmRun;
    QPointer<QProgressDialog> m_progress;

    DunningPreviewModel *m_model;
    QDateEdit *m_asOf;
    QTimer *m_debounce;
    QLabel *m_summary;
    QTreeView *m_tree;
    QPushButton *m_refresh;
    QPushButton *m_showLetter;
    QPushButton *m_editLetter;
    QPushButton *m_historyButton;
    QPushButton *m_doNotDun;
    QPushButton *m_tickAll;
    QPushButton *m_untickAll;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QCheckBox *m_eml;
    QPushButton *m_commit;
    QLabel *m_result;
};

} // namespace dd
