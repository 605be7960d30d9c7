#pragma once

#include "calendar/IsoDate.h"
#include "disputes/DisputeCodes.h"
#include "money/Money.h"

#include <QMap>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>

namespace dd {

class Database;

// One row of the case list.
struct DisputeListRow
{
    qint64 id = 0;
    QString number;
    QString customerNumber;
    QString customerName;
    QString reasonCode;
    DisputeStep step = DisputeStep::Hear;
    Verdict verdict = Verdict::None;
    Date receivedOn;
    Date promisedOn;
    Date answeredOn;
    QString assignee;
    Money disputed;
    Outcome outcome = Outcome::None;
};

struct DisputeFilter
{
    std::optional<DisputeStep> step;
    QString reasonCode;
    QString assignee;
    QString text;             // part of the case number or the customer's name or number
    bool openOnly = false;
    bool responseOverdue = false; // unanswered after the promised date, as of asOf
    Date asOf;
};

enum class DisputeSort { Number, Customer, Received, Promised, Step, Disputed };

// The case list, filtered and read in windows (50,000 cases open in well under a second).
class DisputeListQuery
{
public:
    explicit DisputeListQuery(Database &database);

    void setFilter(const DisputeFilter &filter) { m_filter = filter; }
    const DisputeFilter &filter() const { return m_filter; }
    void setSort(DisputeSort column, bool descending);

    qint64 count() const;
    std::vector<DisputeListRow> fetch(qint64 offset, int limit) const;
    // What the cases that pass the filter dispute, per currency.
    QMap<QString, qint64> disputedCentsByCurrency() const;

private:
    QString customerJoin() const;
    QString whereClause() const;
    void bind(QSqlQuery &query) const;

    Database &m_database;
    DisputeFilter m_filter;
    DisputeSort m_sort = DisputeSort::Number;
    bool m_descending = false;
};

} // namespace dd
