#pragma once

#include <QSqlQuery>
#include <QString>

#include <optional>

namespace dd {

class Database;

// An invoice's figures as they stand, by its number, with the part of what is paid that is its
// opening balance (OpeningBalances): what PackageBalances compares an accounting package's
// figures with. A monthly export of a million invoices asks for every one, so the statement is
// prepared once per query object.
class InvoiceFiguresQuery
{
public:
    explicit InvoiceFiguresQuery(Database &database);

    struct Figures
    {
        qint64 id = 0;
        qint64 totalCents = 0;
        qint64 paidCents = 0;
        qint64 creditedCents = 0;
        QString currency;
        qint64 openingCents = 0; // of paidCents, the opening balance
    };
    std::optional<Figures> byNumber(const QString &number);

private:
    QSqlQuery m_byNumber;
};

} // namespace dd
