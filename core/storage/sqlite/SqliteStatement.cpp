#include "SqliteStatement.h"

#include "storage/Database.h"
#include "SqliteErrors.h"
#include "storage/StorageError.h"

#include <QScopeGuard>
#include <QSqlDriver>

#include <sqlite3.h>

namespace dd {

namespace {
QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}
} // namespace

SqliteStatement::SqliteStatement(Database &database, const QString &sql, Returns returns)
    : m_path(database.path())
    , m_sql(sql)
    , m_returns(returns)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StorageError(QStringLiteral("the database connection is not SQLite"));
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        throw failure();
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void SqliteStatement::bind(int position, QStringView text)
{
    // The database keeps UTF-8: ASCII (numbers, codes, dates) is narrowed here at once instead of
    // being translated by SQLite through its general UTF-16 path.
    char ascii[64];
    if (text.size() <= qsizetype(sizeof ascii)) {
        qsizetype i = 0;
        for (; i < text.size() && text[i].unicode() < 0x80; ++i)
            ascii[i] = char(text[i].unicode());
        if (i == text.size()) {
            sqlite3_bind_text(m_statement, position, ascii, int(i), SQLITE_TRANSIENT);
            return;
        }
    }
    sqlite3_bind_text16(m_statement, position, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position);
}

FastStatement::Result SqliteStatement::insert(const std::function<void()> &eachRow)
{
    // SQLite makes every row of an INSERT before it returns the first of RETURNING, so a refused
    // statement has returned none.
    int result = sqlite3_step(m_statement);
    for (; result == SQLITE_ROW; result = sqlite3_step(m_statement)) {
        if (!eachRow)
            continue;
        try {
            eachRow();
        } catch (...) {
            sqlite3_reset(m_statement);
            throw;
        }
    }
    sqlite3_reset(m_statement);
    if (result == SQLITE_DONE) {
        if (m_returns == Returns::NewRowid && eachRow) {
            // This statement's own row: the connection's last insert, read on this thread at once
            // (a trigger's inserts do not count once the trigger has ended).
            m_newRowid = sqlite3_last_insert_rowid(m_db);
            const auto done = qScopeGuard([this] { m_newRowid.reset(); });
            eachRow();
        }
        return Result::Inserted;
    }
    if (sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_UNIQUE)
        return Result::Duplicate;
    throw failure();
}

StorageError SqliteStatement::failure() const
{
    return SqliteErrors::statementFailed(m_path, sqlite3_extended_errcode(m_db), lastError(m_db), m_sql);
}

bool SqliteStatement::firstRow()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return false;
    }
    // SQLite's message is read before the reset, which may replace it.
    const StorageError error = failure();
    sqlite3_reset(m_statement);
    throw error;
}

qint64 SqliteStatement::int64At(int column) const
{
    if (m_newRowid && column == 0)
        return *m_newRowid;
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::textAt(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

} // namespace dd
