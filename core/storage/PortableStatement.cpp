#include "PortableStatement.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>

namespace dd {

FastStatement::~FastStatement() = default;

void FastStatement::run()
{
    if (insert() == Result::Duplicate)
        throw StorageError(QCoreApplication::translate("dd::Database", "A database statement failed; nothing was changed."));
}

PortableStatement::PortableStatement(const Database &database, const QString &sql)
    : m_database(database)
    , m_query(database.prepare(sql))
{
    Database::readForward(m_query);
}

void PortableStatement::bind(int position, qint64 value)
{
    m_query.bindValue(position - 1, value);
}

void PortableStatement::bind(int position, QStringView text)
{
    // Text, never NULL: the schema's text columns are NOT NULL (as Database::exec has it).
    m_query.bindValue(position - 1, text.isNull() ? QStringLiteral("") : text.toString());
}

void PortableStatement::bindNull(int position)
{
    m_query.bindValue(position - 1, QVariant());
}

FastStatement::Result PortableStatement::insert(const std::function<void()> &eachRow)
{
    if (!m_query.exec()) {
        const QSqlError error = m_query.lastError();
        m_query.finish();
        if (m_database.dialect().isUniqueViolation(error))
            return Result::Duplicate;
        throw m_database.dialect().statementFailed(m_database.path(), error, m_query.lastQuery());
    }
    while (m_query.next()) {
        if (eachRow)
            eachRow();
    }
    m_query.finish();
    return Result::Inserted;
}

bool PortableStatement::firstRow()
{
    if (!m_query.exec()) {
        const QSqlError error = m_query.lastError();
        m_query.finish();
        throw m_database.dialect().statementFailed(m_database.path(), error, m_query.lastQuery());
    }
    if (m_query.next())
        return true;
    m_query.finish();
    return false;
}

bool PortableStatement::nextRow()
{
    if (m_query.next())
        return true;
    m_query.finish();
    return false;
}

qint64 PortableStatement::int64At(int column) const
{
    return m_query.value(column).toLongLong();
}

QString PortableStatement::textAt(int column) const
{
    return m_query.value(column).toString();
}

void PortableStatement::reset()
{
    m_query.finish();
}

} // namespace dd
