#pragma once

#include "calendar/IsoDate.h"
#include "money/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace dd {

class Database;

// A letter (or hand-over) as recorded by a committed dunning run.
struct DunningLetterRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 customerId = 0;
    int level = 0;
    QString levelCode;
    Date letterDate;
    Money total;
    std::optional<Money> interest;
    QString interestNote;
    std::optional<Money> costs;
    std::optional<Money> costsVat;
    std::optional<Date> costsChargeableFrom; // the 14-day letter: the earliest day the costs may be charged
    QString fileName;
    QString sha256;
    int invoices = 0;
};

// One invoice in a recorded letter.
struct DunningInvoiceRecord
{
    qint64 letterId = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    int level = 0;           // the invoice's level after this letter
    QString levelCode;       // the letter's level
    bool movedUp = false; // false: listed as still overdue, its level unchanged
    Date letterDate;
    Money open;
    int daysOverdue = 0;
    std::optional<Money> interest;
    QString fileName;
};

// Reads the dunning history (tables dunning_runs, dunning_letters, dunning_letter_invoices), which
// is append-only: the database refuses to change or delete what was sent.
class DunningHistory
{
public:
    explicit DunningHistory(Database &database);

    // Newest first.
    QList<DunningLetterRecord> forCustomer(qint64 customerId) const;
    QList<DunningInvoiceRecord> forInvoice(qint64 invoiceId) const;
    QList<DunningInvoiceRecord> invoicesOf(qint64 letterId) const;
    // The highest level the invoice reached (0: never dunned).
    int levelOf(qint64 invoiceId) const;

private:
    QList<DunningInvoiceRecord> invoiceRecords(const QString &where, qint64 id) const;
    Database &m_database;
};

} // namespace dd
