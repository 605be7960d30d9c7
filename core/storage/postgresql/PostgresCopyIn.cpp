#include "PostgresCopyIn.h"

#include "PostgresDialect.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

#include <libpq-fe.h>

#include <optional>

namespace dd {

namespace {

// Sent to the server whenever this much is buffered: large enough that the round trips do not
// count, small enough that a table of millions of rows is never held.
constexpr qsizetype chunk = 1 << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PostgresCopyIn", text);
}

} // namespace

PostgresCopyIn::PostgresCopyIn(Database &database, const QString &table, const QStringList &columns)
    : m_database(database)
    , m_conn(streamingConnection(database))
    , m_sql("COPY " + table.toUtf8() + " (" + columns.join(QStringLiteral(", ")).toUtf8() + ") FROM STDIN")
    , m_columns(columns.size())
{
    PGresult *result = PQexec(m_conn, m_sql.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    if (!started) {
        const StorageError error = failure(m_database, m_conn, result, m_sql);
        PQclear(result);
        throw error;
    }
    PQclear(result);
    m_open = true;
    m_buffer.reserve(chunk + 4096);
}

PostgresCopyIn::~PostgresCopyIn()
{
    if (!m_open)
        return;
    // Abandoned (cancelled, or the source failed): the server discards the rows and fails the
    // COPY, which leaves the transaction to be rolled back by its owner.
    PQputCopyEnd(m_conn, "abandoned by DisputeDesk");
    drainResults(); // the server's "COPY failed", expected: nothing to report
}

void PostgresCopyIn::add(const QVariant &value)
{
    if (m_column > 0)
        m_buffer += '\t';
    // Numbers and texts as their text; a date (a DATE column read from another server) in ISO
    // form. Moments come as the program's text already (DatabaseCopy, StoredMoment).
    if (value.isNull())
        m_buffer += "\\N";
    else if (value.typeId() == QMetaType::QByteArray)
        m_buffer += "\\\\x" + value.toByteArray().toHex(); // bytea's hex form, its backslash doubled
    else if (value.typeId() == QMetaType::QDate)
        m_buffer += value.toDate().toString(Qt::ISODate).toLatin1();
    else
        m_buffer += field(value.toString());
    if (++m_column == m_columns) {
        m_buffer += '\n';
        m_column = 0;
        if (m_buffer.size() >= chunk)
            send();
    }
}

void PostgresCopyIn::send()
{
    if (PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
        m_open = false;
        throw drainResults().value_or(failure(m_database, m_conn, nullptr, m_sql));
    }
    m_buffer.clear();
}

void PostgresCopyIn::finish()
{
    if (!m_buffer.isEmpty())
        send();
    const bool ended = PQputCopyEnd(m_conn, nullptr) == 1;
    m_open = false;
    // The COPY's own result (the server's word on the rows), then the end of the results.
    const std::optional<StorageError> error = drainResults();
    if (error)
        throw *error;
    if (!ended)
        throw failure(m_database, m_conn, nullptr, m_sql);
}

std::optional<StorageError> PostgresCopyIn::drainResults()
{
    // With the server's SQLSTATE, so that the dialect tells a refused row from a lost connection.
    std::optional<StorageError> error;
    while (PGresult *result = PQgetResult(m_conn)) {
        const ExecStatusType status = PQresultStatus(result);
        // Still copying (the connection took no end): libpq would hand this out again and again.
        if (status == PGRES_COPY_IN) {
            PQclear(result);
            break;
        }
        if (status != PGRES_COMMAND_OK && !error)
            error = failure(m_database, m_conn, result, m_sql);
        PQclear(result);
    }
    return error;
}

pg_conn *PostgresCopyIn::streamingConnection(const Database &database)
{
    pg_conn *connection = PostgresDialect::libpqConnection(database.connection());
    if (!connection) {
        throw StorageError(tr("The connection to the team database %1 cannot stream rows.")
                               .arg(database.dialect().displayLocation(database.path())));
    }
    return connection;
}

QByteArray PostgresCopyIn::field(QStringView text)
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

StorageError PostgresCopyIn::failure(const Database &database, pg_conn *conn, pg_result *result, const QByteArray &sql)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString text = QString::fromUtf8(result ? PQresultErrorMessage(result) : "").trimmed();
    if (text.isEmpty())
        text = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const QSqlError error(QString(), text, QSqlError::StatementError, state ? QString::fromLatin1(state) : QString());
    return database.dialect().statementFailed(database.path(), error, QString::fromUtf8(sql));
}

} // namespace dd
