#pragma once

#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace dd {

class Database;

// A customer's id and payment term by its number: what an import asks for every row that names a
// customer. The look-up is prepared at its first use and kept for the query object's life.
class CustomerTermsQuery
{
public:
    explicit CustomerTermsQuery(Database &database);

    struct Terms
    {
        qint64 id = 0;
        int paymentTermDays = 30;
    };
    std::optional<Terms> byNumber(const QString &number);
    // Every customer's, by number, in one pass, each handed to `each`.
    void readAll(const std::function<void(QStringView number, const Terms &terms)> &each) const;

private:
    Database &m_database;
    QSqlQuery m_byNumber;
    bool m_prepared = false;
};

} // namespace dd
