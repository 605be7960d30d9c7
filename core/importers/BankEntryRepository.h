#pragma once

#include "importers/CamtReader.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <utility>

namespace dd {

class Database;

// The rows of bank_entries (every credit and reversal of an imported statement) and of
// bank_rejections (the proposals the user turned down), read and written for BankEntries,
// BankReconciler and BankReversals, which hold the rules and the transaction. The statements an
// import runs per transaction are prepared once per repository.
class BankEntryRepository
{
public:
    explicit BankEntryRepository(Database &database);

    // A row found again for a transaction, with what it was stored with.
    struct Stored
    {
        qint64 id = 0;
        QVariant paymentId;  // null: not booked
        QVariant reversedBy; // not null: a reversal took the credit back
        QString statementId;
        qint64 amountCents = 0;
        QString currency;
        QString bookingDate; // ISO
    };
    // The row of this statement with the transaction's reference, else one of another statement
    // with every detail the same (BankEntries::keep says why), this statement's first.
    std::optional<Stored> findKnown(const BankTransaction &transaction, const QString &isoDate);
    // A new row for the transaction; its id.
    qint64 insert(const BankTransaction &transaction, const QString &isoDate);

    // Whether the entry is booked and whether a reversal took it back; nullopt: no such entry.
    std::optional<std::pair<QVariant, QVariant>> bookingOf(qint64 entryId) const;
    void markBooked(qint64 entryId, qint64 paymentId);
    // The credit's payment is undone by the reversal `reversalEntryId`.
    void markReversed(qint64 creditEntryId, qint64 reversalEntryId);
    // What the reversal undid, as told to the user; empty when it undid nothing yet.
    QString undone(qint64 reversalEntryId) const;
    void setUndone(qint64 reversalEntryId, const QString &undone);
    // "statement/reference" of an entry, as the user knows it.
    QString label(qint64 entryId) const;

    // The credits that are neither booked nor taken back, with their ids, by booking date.
    QList<std::pair<qint64, BankTransaction>> unbooked() const;

    // A reversal's candidates, as (payment id or 0, credit entry id or 0): credits not taken back
    // and no reversals, of the amount and currency, booked on or before `isoDate`.
    using Candidates = QList<std::pair<qint64, qint64>>;
    Candidates creditsByEndToEndId(const QString &endToEndId, const Money &amount, const QString &isoDate) const;
    Candidates paymentsByReference(const QString &reference, const Money &amount, const QString &isoDate) const;
    Candidates unbookedByRemittance(const QString &remittance, const Money &amount, const QString &isoDate) const;
    // Payments allocated to the invoice with any of these numbers, each number tried as written.
    Candidates paymentsByInvoiceNumbers(const QStringList &numbers, const Money &amount, const QString &isoDate) const;

    // The invoices the user rejected for the entry (id -> number).
    QHash<qint64, QString> rejectedFor(qint64 entryId) const;
    void addRejections(qint64 entryId, const QList<qint64> &invoiceIds);

private:
    // The statements of findKnown and insert, compiled at their first use.
    void prepare();
    // The rows of `sql`, bound to the key, the amount's cents and currency, and the date.
    Candidates candidates(const QString &sql, const QString &key, const Money &amount, const QString &date) const;

    Database &m_database;
    QSqlQuery m_find;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

} // namespace dd
