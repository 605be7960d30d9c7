#pragma once

#include "creditnotes/CreditNote.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace dd {

class CreditNoteFileSaver;
class CreditNoteTableModel;
class ListOutput;
class ViewRefresh;
class Session;

// The Credit notes area of the main window: every issued credit note, the selected one as it is
// printed, and its PDF and UBL for saving. Issuing starts here or from a case.
class CreditNoteListView : public QWidget
{
    Q_OBJECT
public:
    explicit CreditNoteListView(QWidget *parent = nullptr);

    // The list reads again when the session's credit notes change.
    void setSession(Session *session);
    void refresh();
    // Selects the note (after it was issued).
    void showCreditNote(qint64 creditNoteId);
    qint64 currentCreditNoteId() const;

    CreditNoteTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CreditNoteFileSaver *fileSaver() const { return m_saver; }
    ListOutput *output() const { return m_output; }

    bool savePdf(qint64 creditNoteId, const QString &path);
    bool saveUbl(qint64 creditNoteId, const QString &path);

signals:
    void issueRequested();
    void loadFailed(const QString &message);

private:
    void updateDetail();
    void chooseAndSave(bool ubl);
    std::optional<CreditNote> noteOf(qint64 creditNoteId);

    Session *m_session = nullptr;
    ViewRefresh *m_refresh;
    CreditNoteTableModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QLabel *m_count;
    QPushButton *m_issue;
    QPushButton *m_savePdf;
    QPushButton *m_saveUbl;
    CreditNoteFileSaver *m_saver;
    ListOutput *m_output;
};

} // namespace dd
