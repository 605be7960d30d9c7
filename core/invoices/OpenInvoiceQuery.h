#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace dd {

class Database;

// What is open on invoices, as a bank statement's credits are matched to them (BankReconciler):
// the total less what is paid and, once credit notes are in the schema, credited. The look-up by
// number runs for every word of every remittance and is prepared once per query object.
class OpenInvoiceQuery
{
public:
    explicit OpenInvoiceQuery(Database &database);

    struct Row
    {
        qint64 id = 0;
        QString number;
        qint64 customerId = 0;
        QString currency;
        qint64 openCents = 0; // may be 0 or less: settled
        qint64 totalCents = 0; // what the invoice is of, incl. VAT
    };
    // The invoice with this number, in any currency when `currency` is empty, else in that one only.
    std::optional<Row> byNumber(const QString &number, const QString &currency = QString());
    // The customer's invoices in the currency with something open, by due date and number.
    QList<Row> openOf(qint64 customerId, const QString &currency) const;
    // Up to 20 invoices in the currency with exactly this much open, by due date and number.
    QList<Row> withOpen(const QString &currency, qint64 openCents) const;

private:
    // The SELECT of the columns of Row, followed by `rest`.
    QString select(const QString &rest) const;

    Database &m_database;
    QString m_open; // the SQL of what is open
    QSqlQuery m_byNumber;
    QSqlQuery m_byNumberInCurrency;
};

} // namespace dd
