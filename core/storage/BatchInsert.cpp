#include "BatchInsert.h"

#include "Database.h"
#include "FastStatement.h"
#include "RowBatch.h"
#include "RowStream.h"
#include "SqlDialect.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>

namespace dd {

namespace {

// At most this many values in one statement: SQLite before 3.32 took no more than 999.
constexpr int maxValues = 999;
constexpr int maxRows = 256;

// A value as the target's statement takes it. FastStatement binds whole numbers and text; a
// backend that types dates (PostgreSQL) gives them as QDate, which a file keeps as ISO text.
// Moments arrive as text already (DatabaseCopy turns them through StoredMoment).
void bindValue(FastStatement &statement, int position, const QVariant &value)
{
    if (value.isNull()) {
        statement.bindNull(position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        statement.bind(position, value.toLongLong());
        return;
    case QMetaType::QDate:
        statement.bind(position, value.toDate().toString(Qt::ISODate));
        return;
    default:
        statement.bind(position, value.toString());
        return;
    }
}

} // namespace

BatchInsert::BatchInsert(Database &target, const QString &table, const QStringList &columns, bool binary)
    : m_target(target)
    , m_table(table)
    , m_columns(columns)
    , m_binary(binary)
    , m_batchRows(std::clamp(maxValues / int(std::max<qsizetype>(columns.size(), 1)), 1, maxRows))
{
    m_stream = m_target.dialect().rowStream(m_target, table, columns);
    if (m_stream)
        return;
    if (m_binary)
        m_portable = m_target.prepare(insertSql(m_batchRows));
    else
        m_fast = m_target.prepareFast(insertSql(m_batchRows));
    m_values.reserve(m_batchRows * columns.size());
}

BatchInsert::~BatchInsert() = default;

QString BatchInsert::insertSql(int rows) const
{
    return RowBatch{m_table, m_columns, rows, QString()}.insertStatement();
}

void BatchInsert::add(const QVariant &value)
{
    if (m_stream) {
        m_stream->add(value);
        return;
    }
    m_values.append(value);
    if (m_values.size() == m_batchRows * m_columns.size())
        write(m_batchRows);
}

void BatchInsert::finish()
{
    if (m_stream) {
        m_stream->finish();
        return;
    }
    if (!m_values.isEmpty())
        write(int(m_values.size() / m_columns.size()));
}

void BatchInsert::write(int rows)
{
    // The last, shorter batch of a table has a statement of its own, prepared once.
    const bool full = rows == m_batchRows;
    if (m_binary) {
        QSqlQuery shorter = full ? QSqlQuery() : m_target.prepare(insertSql(rows));
        QSqlQuery &query = full ? m_portable : shorter;
        for (qsizetype i = 0; i < m_values.size(); ++i)
            query.bindValue(int(i), m_values.at(i));
        Database::exec(query);
    } else {
        std::unique_ptr<FastStatement> shorter = full ? nullptr : m_target.prepareFast(insertSql(rows));
        FastStatement &statement = full ? *m_fast : *shorter;
        for (qsizetype i = 0; i < m_values.size(); ++i)
            bindValue(statement, int(i + 1), m_values.at(i));
        if (statement.insert() == FastStatement::Result::Duplicate)
            throw StorageError(QCoreApplication::translate("dd::BatchInsert", "A row of table %1 was refused by %2 as a duplicate; nothing was written.")
                                   .arg(m_table, m_target.dialect().displayLocation(m_target.path())));
    }
    m_values.clear();
}

} // namespace dd
