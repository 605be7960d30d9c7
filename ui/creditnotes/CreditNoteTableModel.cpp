#include "CreditNoteTableModel.h"

#include "common/UiLocale.h"
#include "creditnotes/CreditNoteService.h"
#include "customers/CustomerRepository.h"
#include "session/Session.h"
#include "storage/StorageError.h"

namespace dd {

CreditNoteTableModel::CreditNoteTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CreditNoteTableModel::setSession(Session *session)
{
    m_session = session;
    refresh();
}

void CreditNoteTableModel::refresh()
{
    beginResetModel();
    m_notes.clear();
    m_rowById.clear();
    m_customerNames.clear();
    if (m_session) {
        try {
            m_notes = m_session->creditNoteRepository().list();
            CustomerRepository &customers = m_session->customerRepository();
            for (int row = 0; row < m_notes.size(); ++row) {
                const CreditNote &note = m_notes.at(row);
                m_rowById.insert(note.id, row);
                if (!m_customerNames.contains(note.customerId)) {
                    const auto customer = customers.findById(note.customerId);
                    m_customerNames.insert(note.customerId, customer ? customer->name : QString());
                }
            }
        } catch (const StorageError &error) {
            m_notes.clear();
            m_rowById.clear();
            endResetModel();
            emit loadFailed(error.message());
            return;
        }
    }
    endResetModel();
}

qint64 CreditNoteTableModel::creditNoteIdAt(int row) const
{
    return row >= 0 && row < m_notes.size() ? m_notes.at(row).id : 0;
}

int CreditNoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int CreditNoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreditNoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditNote &note = m_notes.at(index.row());
    if (role == CreditNoteIdRole)
        return note.id;
    if (role == Qt::TextAlignmentRole) {
        const bool amount = index.column() >= TotalExclVat;
        return QVariant::fromValue(Qt::Alignment((amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    // Printed negative, as on the credit note itself.
    switch (index.column()) {
    case Number: return note.number;
    case IssueDate: return UiLocale::formatDate(note.issueDate);
    case Customer: return m_customerNames.value(note.customerId);
    case Invoice: return note.invoiceNumber;
    case Dispute: return note.disputeNumber;
    case Reason: return note.reason;
    case TotalExclVat: return UiLocale::formatMoney(-note.totalExclVat);
    case Vat: return UiLocale::formatMoney(-note.vat);
    case TotalInclVat: return UiLocale::formatMoney(-note.totalInclVat);
    default: return {};
    }
}

QVariant CreditNoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case IssueDate: return tr("Date");
    case Customer: return tr("Customer");
    case Invoice: return tr("Invoice");
    case Dispute: return tr("Case");
    case Reason: return tr("Reason");
    case TotalExclVat: return tr("Excl. VAT");
    case Vat: return tr("VAT");
    case TotalInclVat: return tr("Incl. VAT");
    default: return {};
    }
}

} // namespace dd
