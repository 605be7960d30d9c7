#include "PostgresBatchInsert.h"

#include "PostgresCopyIn.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <libpq-fe.h>

#include <optional>

namespace dd {

namespace {

const QByteArray nullField = QByteArrayLiteral("\\N");
const QByteArray rollBack = QByteArrayLiteral("ROLLBACK TO SAVEPOINT dd_batch; RELEASE SAVEPOINT dd_batch");
// Ids fetched from the sequence at a time, in batches: one round trip for this many batches.
constexpr int batchesPerIdBlock = 16;

} // namespace

PostgresBatchInsert::PostgresBatchInsert(Database &database, const RowBatch &batch)
    : m_database(database)
    , m_batch(batch)
    , m_values(size_t(batch.rows) * size_t(batch.columns.size()), nullField)
{
    m_conn = PostgresCopyIn::streamingConnection(database);
    const QString sequence = database.scalar(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"), {batch.table}).toString();
    if (sequence.isEmpty())
        throw StorageError(QStringLiteral("PostgresBatchInsert: %1 has no identity id").arg(batch.table));
    m_nextIds = "SELECT nextval('" + sequence.toUtf8() + "') FROM generate_series(1, "
        + QByteArray::number(batchesPerIdBlock * batch.rows) + ")";
    m_copy = "SAVEPOINT dd_batch; COPY " + batch.table.toUtf8() + " (id, " + batch.columns.join(QStringLiteral(", ")).toUtf8()
        + ") FROM STDIN; RELEASE SAVEPOINT dd_batch";
    const QStringList returning = batch.returning.split(QLatin1Char(','));
    for (qsizetype i = 1; i < returning.size(); ++i)
        m_returnedColumns.push_back(int(batch.columns.indexOf(returning.at(i).trimmed())));
    m_returned.resize(size_t(batch.rows) * m_returnedColumns.size());
}

void PostgresBatchInsert::bind(int position, qint64 value)
{
    m_values[size_t(position - 1)] = QByteArray::number(value);
    const int column = (position - 1) % int(m_batch.columns.size());
    for (size_t k = 0; k < m_returnedColumns.size(); ++k) {
        if (m_returnedColumns[k] == column)
            m_returned[size_t((position - 1) / m_batch.columns.size()) * m_returnedColumns.size() + k] = QString::number(value);
    }
}

void PostgresBatchInsert::bind(int position, QStringView text)
{
    // Text, never NULL, as PortableStatement binds it: the schema's text columns are NOT NULL.
    m_values[size_t(position - 1)] = PostgresCopyIn::field(text);
    const int column = (position - 1) % int(m_batch.columns.size());
    for (size_t k = 0; k < m_returnedColumns.size(); ++k) {
        if (m_returnedColumns[k] == column)
            m_returned[size_t((position - 1) / m_batch.columns.size()) * m_returnedColumns.size() + k] = text.toString();
    }
}

void PostgresBatchInsert::bindNull(int position)
{
    m_values[size_t(position - 1)] = nullField;
}

std::vector<qint64> PostgresBatchInsert::takeIds()
{
    if (m_pool.size() < size_t(m_batch.rows)) {
        PGresult *block = exec(m_nextIds, PGRES_TUPLES_OK);
        for (int r = 0; r < PQntuples(block); ++r)
            m_pool.push_back(QByteArray(PQgetvalue(block, r, 0)).toLongLong());
        PQclear(block);
    }
    std::vector<qint64> ids(m_pool.begin(), m_pool.begin() + m_batch.rows);
    m_pool.erase(m_pool.begin(), m_pool.begin() + m_batch.rows);
    return ids;
}

QByteArray PostgresBatchInsert::copyData(const std::vector<qint64> &ids) const
{
    const size_t columns = size_t(m_batch.columns.size());
    QByteArray data;
    data.reserve(qsizetype(m_values.size()) * 12);
    for (size_t r = 0; r < size_t(m_batch.rows); ++r) {
        data += QByteArray::number(ids[r]);
        for (size_t c = 0; c < columns; ++c) {
            data += '\t';
            data += m_values[r * columns + c];
        }
        data += '\n';
    }
    return data;
}

FastStatement::Result PostgresBatchInsert::insert(const std::function<void()> &eachRow)
{
    // Ids taken for a batch that is refused stay unused: a sequence never gives a number twice.
    m_ids = takeIds();
    const QByteArray data = copyData(m_ids);
    if (!PQsendQuery(m_conn, m_copy.constData()))
        throw failure(nullptr, m_copy);
    // The savepoint, the COPY (which asks for the rows), the release: each statement's result,
    // the first failure kept.
    std::optional<StorageError> error;
    bool duplicate = false;
    while (PGresult *result = PQgetResult(m_conn)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_COPY_IN) {
            if (PQputCopyData(m_conn, data.constData(), int(data.size())) != 1 || PQputCopyEnd(m_conn, nullptr) != 1)
                error = failure(nullptr, m_copy);
        } else if (status != PGRES_COMMAND_OK && !error) {
            const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
            duplicate = state && qstrcmp(state, "23505") == 0;
            error = failure(result, m_copy);
        }
        PQclear(result);
    }
    if (duplicate) {
        PQclear(exec(rollBack, PGRES_COMMAND_OK));
        return Result::Duplicate;
    }
    if (error) {
        // Any other refusal leaves the transaction as SQLite leaves it after a failed statement:
        // usable, without the batch. A connection that is gone cannot roll back; the error says
        // why already.
        PQclear(PQexec(m_conn, rollBack.constData()));
        throw *error;
    }
    for (m_row = 0; m_row < m_batch.rows; ++m_row) {
        if (eachRow)
            eachRow();
    }
    return Result::Inserted;
}

bool PostgresBatchInsert::firstRow()
{
    throw StorageError(QStringLiteral("PostgresBatchInsert writes rows; it is not a query"));
}

qint64 PostgresBatchInsert::int64At(int column) const
{
    return column == 0 ? m_ids.at(size_t(m_row)) : textAt(column).toLongLong();
}

QString PostgresBatchInsert::textAt(int column) const
{
    if (column == 0)
        return QString::number(int64At(0));
    return m_returned.at(size_t(m_row) * m_returnedColumns.size() + size_t(column - 1));
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

StorageError PostgresBatchInsert::failure(PGresult *result, const QByteArray &sql) const
{
    return PostgresCopyIn::failure(m_database, m_conn, result, sql);
}

} // namespace dd
