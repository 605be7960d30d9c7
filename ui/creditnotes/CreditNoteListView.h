#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace dd {

class CreditNoteTableModel;
class Database;

// The Credit notes area of the main window: every issued credit note, the selected one as it is
// printed, and its PDF and UBL for saving. Issuing starts here or from a case.
class CreditNoteListView : public QWidget
{
    Q_OBJECT
public:
    explicit CreditNoteListView(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh();
    // Selects the note (after it was issued).
    void showCreditNote(qint64 creditNoteId);
    qint64 currentCreditNoteId() const;

    CreditNoteTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    bool savePdf(qint64 creditNoteId, const QString &path);
    bool saveUbl(qint64 creditNoteId, const QString &path);

signals:
    void issueRequested();
    void loadFailed(const QString &message);

private:
    void updateDetail();
    void chooseAndSave(bool ubl);

    Database *m_database = nullptr;
    CreditNoteTableModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QLabel *m_count;
    QPushButton *m_issue;
    QPushButton *m_savePdf;
    QPushButton *m_saveUbl;
};

} // namespace dd
