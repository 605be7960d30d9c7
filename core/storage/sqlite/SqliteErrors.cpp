#include "SqliteErrors.h"

#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::SqliteErrors", text);
}
} // namespace

int SqliteErrors::code(const QSqlError &error)
{
    bool ok = false;
    const int value = error.nativeErrorCode().toInt(&ok);
    return ok ? value : 0;
}

bool SqliteErrors::isNotADatabase(const QSqlError &error)
{
    return (code(error) & 0xff) == SQLITE_NOTADB;
}

QString SqliteErrors::describe(const QString &path, int code, const QString &sqliteText)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("%1 is in use by another program (or another DisputeDesk) that is writing to it; nothing was changed. "
                  "Try again in a moment.")
            .arg(file);
    case SQLITE_READONLY:
        if (code == SQLITE_READONLY_DIRECTORY)
            return tr("DisputeDesk cannot write to %1: its folder is read-only; nothing was changed. "
                      "Move the file to a folder you may write to, or ask for write permission.")
                .arg(file);
        return tr("DisputeDesk cannot write to %1: the file is read-only; nothing was changed. "
                  "Check the file's permissions, or work on a copy.")
            .arg(file);
    case SQLITE_FULL:
        return tr("The disk holding %1 is full; nothing was changed. Free some space and try again.").arg(file);
    case SQLITE_IOERR:
        return tr("%1 could not be read or written (a disk or network error); nothing was changed. "
                  "Check that the disk or network share is still there and try again.")
            .arg(file);
    case SQLITE_CANTOPEN:
        return tr("%1 cannot be opened: the file or its folder does not exist or may not be used (check the permissions).")
            .arg(file);
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("DisputeDesk may not use %1 (permission denied); nothing was changed.").arg(file);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("%1 is damaged or not a DisputeDesk database; nothing was changed. Restore it from a backup.").arg(file);
    default:
        // Constraints and the like: SQLite's own sentence (never the SQL) is the best we have.
        return tr("DisputeDesk could not save the change to %1: %2; nothing was changed.").arg(file, sqliteText);
    }
}

StorageError SqliteErrors::statementFailed(const QString &path, int code, const QString &sqliteText, const QString &sql)
{
    qCInfo(lcStorage).noquote() << "SQLite error" << code << "on" << path << ":" << sqliteText << "in:" << sql.simplified();
    return StorageError(describe(path, code, sqliteText));
}

StorageError SqliteErrors::statementFailed(const QString &path, const QSqlError &error, const QString &sql)
{
    return statementFailed(path, code(error), error.databaseText().isEmpty() ? error.text() : error.databaseText(), sql);
}

StorageError SqliteErrors::openFailed(const QString &path, const QSqlError &error)
{
    const int sqliteCode = code(error);
    qCInfo(lcStorage).noquote() << "SQLite cannot open" << path << ":" << sqliteCode << error.text();
    // Opening fails for want of the file or of permission; anything else reads as "cannot be opened" too.
    const int primary = sqliteCode & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_FULL || primary == SQLITE_CORRUPT
        || primary == SQLITE_NOTADB || primary == SQLITE_READONLY || primary == SQLITE_PERM)
        return StorageError(describe(path, sqliteCode, error.databaseText()));
    return StorageError(describe(path, SQLITE_CANTOPEN, error.databaseText()));
}

} // namespace dd
