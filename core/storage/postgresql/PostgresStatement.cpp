#include "PostgresStatement.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

namespace {
const QString savepoint = QStringLiteral("dd_fast_row");
} // namespace

PostgresStatement::PostgresStatement(const Database &database, const QString &sql)
    : PostgresStatement(database, sql, withoutConflict(sql))
{
}

PostgresStatement::PostgresStatement(const Database &database, const QString &sql, const QString &onConflict)
    : PortableStatement(database, onConflict.isEmpty() ? sql : onConflict)
    , m_database(database)
    , m_onConflict(!onConflict.isEmpty())
{
}

QString PostgresStatement::withoutConflict(const QString &sql)
{
    // One parenthesised list of values with no parentheses or quotes inside: a function call or
    // a text literal (which might hold anything) leaves the statement to the savepoint.
    static const QRegularExpression oneRow(
        QStringLiteral("^(\\s*INSERT\\s+INTO\\s+\\w+\\s*\\([\\w\\s,]*\\)\\s*VALUES\\s*\\([^()';]*\\))(\\s+RETURNING\\s+[\\w\\s,]*)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = oneRow.match(sql);
    if (!match.hasMatch())
        return QString();
    // The rows returned say whether it wrote: RETURNING 1 where the statement returns nothing.
    const QString returning = match.captured(2).isEmpty() ? QStringLiteral(" RETURNING 1") : match.captured(2);
    return match.captured(1) + QStringLiteral(" ON CONFLICT DO NOTHING") + returning;
}

FastStatement::Result PostgresStatement::insert(const std::function<void()> &eachRow)
{
    if (m_onConflict) {
        // The one row, or none when a UNIQUE constraint refused it.
        bool wrote = false;
        const Result result = PortableStatement::insert([&] {
            wrote = true;
            if (eachRow)
                eachRow();
        });
        return result == Result::Inserted && wrote ? Result::Inserted : Result::Duplicate;
    }
    // Outside a transaction the statement is its own, and a failure spoils nothing.
    if (m_database.transactionDepth() == 0)
        return PortableStatement::insert(eachRow);
    m_database.run(QStringLiteral("SAVEPOINT ") + savepoint);
    Result result = Result::Inserted;
    try {
        result = PortableStatement::insert(eachRow);
    } catch (...) {
        m_database.run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
        m_database.run(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
        throw;
    }
    if (result == Result::Duplicate)
        m_database.run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
    m_database.run(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
    return result;
}

void PostgresStatement::run()
{
    // No savepoint: a failure ends the caller's transaction anyway. An INSERT made to do
    // nothing on a conflict says so by the rows it returns.
    if ((m_onConflict ? insert() : PortableStatement::insert()) == Result::Duplicate)
        throw StorageError(QCoreApplication::translate("dd::Database", "A database statement failed; nothing was changed."));
}

} // namespace dd
