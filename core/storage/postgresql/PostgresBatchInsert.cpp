#include "PostgresBatchInsert.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <optional>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PostgresBatchInsert", text);
}

const QByteArray nullField = QByteArrayLiteral("\\N");

// One value as a field of COPY's text format: backslash, tab and line breaks escaped
// (PostgreSQL manual, COPY, "Text Format").
QByteArray copyField(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains('\\') && !utf8.contains('\t') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    QByteArray escaped;
    escaped.reserve(utf8.size() + 8);
    for (const char c : std::as_const(utf8)) {
        switch (c) {
        case '\\': escaped += "\\\\"; break;
        case '\t': escaped += "\\t"; break;
        case '\n': escaped += "\\n"; break;
        case '\r': escaped += "\\r"; break;
        default: escaped += c;
        }
    }
    return escaped;
}

} // namespace

PostgresBatchInsert::PostgresBatchInsert(Database &database, const RowBatch &batch)
    : m_database(database)
    , m_batch(batch)
    , m_values(size_t(batch.rows) * size_t(batch.columns.size()), nullField)
{
    const QVariant handle = database.connection().driver()->handle();
    // Qt's driver hands out its PGconn, registered under the struct's own name.
    if (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0)
        m_conn = *static_cast<PGconn *const *>(handle.constData());
    if (!m_conn)
        throw StorageError(tr("The connection to the team database %1 cannot stream rows.")
                               .arg(database.dialect().displayLocation(database.path())));
    static QAtomicInteger<int> counter;
    const int number = counter.fetchAndAddRelaxed(1);
    const QByteArray columns = m_batch.columns.join(QStringLiteral(", ")).toUtf8();
    const QByteArray table = m_batch.table.toUtf8();
    m_stage = "dd_batch_" + table;
    m_statement = "dd_batch_insert_" + QByteArray::number(number);
    // A temporary table lives as long as the session (the connection), and goes with a
    // rollback of the transaction that made it: made again when it is not there.
    m_database.run(QString::fromUtf8("CREATE TEMP TABLE IF NOT EXISTS " + m_stage + " AS SELECT CAST(0 AS BIGINT) AS dd_row, "
                                     + columns + " FROM " + table + " WITH NO DATA"));
    m_database.run(QString::fromUtf8("DELETE FROM " + m_stage));
    m_copy = "COPY " + m_stage + " (dd_row, " + columns + ") FROM STDIN";
    m_insert = "WITH batch AS (DELETE FROM " + m_stage + " RETURNING *) INSERT INTO " + table + " (" + columns + ") SELECT "
        + columns + " FROM batch ORDER BY dd_row ON CONFLICT DO NOTHING RETURNING " + m_batch.returning.toUtf8();
    PGresult *prepared = PQprepare(m_conn, m_statement.constData(), m_insert.constData(), 0, nullptr);
    const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
    if (!ok) {
        const StorageError error = failure(prepared, m_insert);
        PQclear(prepared);
        throw error;
    }
    PQclear(prepared);
}

PostgresBatchInsert::~PostgresBatchInsert()
{
    PQclear(m_rows);
    // Outside a failed transaction the prepared statement is let go; in one the server refuses
    // any statement, and it goes with the session instead.
    if (PQtransactionStatus(m_conn) != PQTRANS_INERROR)
        PQclear(PQexec(m_conn, ("DEALLOCATE " + m_statement).constData()));
}

void PostgresBatchInsert::bind(int position, qint64 value)
{
    m_values[size_t(position - 1)] = QByteArray::number(value);
}

void PostgresBatchInsert::bind(int position, QStringView text)
{
    // Text, never NULL, as PortableStatement binds it: the schema's text columns are NOT NULL.
    m_values[size_t(position - 1)] = copyField(text);
}

void PostgresBatchInsert::bindNull(int position)
{
    m_values[size_t(position - 1)] = nullField;
}

QByteArray PostgresBatchInsert::copyData() const
{
    const size_t columns = size_t(m_batch.columns.size());
    QByteArray data;
    data.reserve(qsizetype(m_values.size()) * 12);
    for (size_t r = 0; r < size_t(m_batch.rows); ++r) {
        data += QByteArray::number(qulonglong(r));
        for (size_t c = 0; c < columns; ++c) {
            data += '\t';
            data += m_values[r * columns + c];
        }
        data += '\n';
    }
    return data;
}

void PostgresBatchInsert::copyIn()
{
    PQclear(exec(m_copy, PGRES_COPY_IN));
    const QByteArray data = copyData();
    if (PQputCopyData(m_conn, data.constData(), int(data.size())) != 1 || PQputCopyEnd(m_conn, nullptr) != 1)
        throw failure(nullptr, m_copy);
    // The COPY's own result, then the end of the command.
    PGresult *result = PQgetResult(m_conn);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    std::optional<StorageError> error;
    if (!ok)
        error = failure(result, m_copy);
    PQclear(result);
    while (PGresult *rest = PQgetResult(m_conn))
        PQclear(rest);
    if (error)
        throw *error;
}

FastStatement::Result PostgresBatchInsert::insert(const std::function<void()> &eachRow)
{
    reset();
    copyIn();
    m_rows = execPrepared(PGRES_TUPLES_OK);
    const int written = PQntuples(m_rows);
    if (written != m_batch.rows) {
        // A row was refused: the others come out again, so that the batch writes nothing.
        if (written > 0) {
            QByteArray ids;
            for (int r = 0; r < written; ++r)
                ids += (r ? "," : "") + QByteArray(PQgetvalue(m_rows, r, 0));
            PQclear(exec("DELETE FROM " + m_batch.table.toUtf8() + " WHERE id IN (" + ids + ")", PGRES_COMMAND_OK));
        }
        reset();
        return Result::Duplicate;
    }
    for (m_row = 0; m_row < written; ++m_row) {
        if (eachRow)
            eachRow();
    }
    reset();
    return Result::Inserted;
}

bool PostgresBatchInsert::firstRow()
{
    throw StorageError(QStringLiteral("PostgresBatchInsert writes rows; it is not a query"));
}

qint64 PostgresBatchInsert::int64At(int column) const
{
    return m_rows ? QByteArray(PQgetvalue(m_rows, m_row, column)).toLongLong() : 0;
}

QString PostgresBatchInsert::textAt(int column) const
{
    return m_rows ? QString::fromUtf8(PQgetvalue(m_rows, m_row, column)) : QString();
}

void PostgresBatchInsert::reset()
{
    PQclear(m_rows);
    m_rows = nullptr;
    m_row = 0;
}

PGresult *PostgresBatchInsert::exec(const QByteArray &sql, int status)
{
    PGresult *result = PQexec(m_conn, sql.constData());
    if (PQresultStatus(result) != status) {
        const StorageError error = failure(result, sql);
        PQclear(result);
        throw error;
    }
    return result;
}

PGresult *PostgresBatchInsert::execPrepared(int status)
{
    PGresult *result = PQexecPrepared(m_conn, m_statement.constData(), 0, nullptr, nullptr, nullptr, 0);
    if (PQresultStatus(result) != status) {
        const StorageError error = failure(result, m_insert);
        PQclear(result);
        throw error;
    }
    return result;
}

StorageError PostgresBatchInsert::failure(PGresult *result, const QByteArray &sql) const
{
    // As Qt's driver reports a failure, so that the dialect words it as any other.
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString text = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn)).trimmed();
    const QSqlError error(QString(), text.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : text,
                          QSqlError::StatementError, state ? QString::fromLatin1(state) : QString());
    return m_database.dialect().statementFailed(m_database.path(), error, QString::fromUtf8(sql));
}

} // namespace dd
