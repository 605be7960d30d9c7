#pragma once

#include "calendar/IsoDate.h"

#include <QString>

#include <functional>

class QSqlQuery;

namespace dd {

class Database;

// Reads every open invoice past its due date with what a dunning run needs to decide, in one
// statement (the preview's budget at a million invoices rests on it): the customer, the highest
// dunning level the invoice reached and the date of that letter, and the open dispute that holds it.
class DunningCandidatesQuery
{
public:
    // One overdue invoice, read from the current row as asked: the customer's columns are only
    // converted where the run starts a new customer's letter.
    class Row
    {
    public:
        qint64 invoiceId() const;
        QString invoiceNumber() const;
        qint64 customerId() const;
        QString issueDate() const; // ISO
        QString dueDate() const;   // ISO
        QString currency() const;
        qint64 openCents() const;
        QString customerNumber() const;
        QString customerName() const;
        QString customerKind() const;     // code
        QString customerLanguage() const; // code
        bool doNotDun() const;
        int previousLevel() const;        // the highest level it reached; 0: never dunned
        QString previousLevelOn() const;  // ISO date of the letter that moved it up last; empty: none
        // The open case that holds it: 'A' + number under a payment arrangement, 'D' + number on
        // dispute hold; empty: none.
        QString hold() const;

    private:
        friend class DunningCandidatesQuery;
        explicit Row(const QSqlQuery &query)
            : m_query(query)
        {
        }
        const QSqlQuery &m_query;
    };

    explicit DunningCandidatesQuery(Database &database);

    // Calls `each` for every invoice open and due before `asOf`, by customer, currency, due date
    // and number.
    void forEachOverdue(const Date &asOf, const std::function<void(const Row &)> &each) const;

    // The statement, with its single parameter (the as-of date, ISO) as '?': the benchmark times
    // it in the sqlite3 shell beside the preview.
    static QString sql();

private:
    Database &m_database;
};

} // namespace dd
