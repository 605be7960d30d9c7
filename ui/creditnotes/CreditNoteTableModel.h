#pragma once

#include "creditnotes/CreditNote.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dd {

class Session;

// The issued credit notes, newest number last. A company issues a few per working day, so the
// whole list (without lines) is read at once; the customer names are looked up once per customer.
class CreditNoteTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, IssueDate, Customer, Invoice, Dispute, Reason, TotalExclVat, Vat, TotalInclVat, ColumnCount };
    enum Role { CreditNoteIdRole = Qt::UserRole + 1 };

    explicit CreditNoteTableModel(QObject *parent = nullptr);

    // nullptr: an empty list. The session must outlive the model or be replaced first.
    void setSession(Session *session);
    // Reads the list again (after a note was issued).
    void refresh();

    qint64 creditNoteIdAt(int row) const;
    // -1 when the note is not in the list.
    int rowOf(qint64 creditNoteId) const { return m_rowById.value(creditNoteId, -1); }
    const CreditNote &noteAt(int row) const { return m_notes.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message) const;

private:
    Session *m_session = nullptr;
    QList<CreditNote> m_notes;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_customerNames;
};

} // namespace dd
