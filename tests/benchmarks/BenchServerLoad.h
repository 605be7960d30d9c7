#pragma once

#include "BenchServer.h"
#include "BenchTimer.h"
#include "storage/Database.h"
#include "storage/postgresql/PostgresDialect.h"

#include <QDir>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

// A STOPGAP until a fast path to the server is on main (helper pgbulk's COPY path in core, or
// `disputedesk-cli copy`): the demo generated through the program's row-by-row writes on a
// server took some 90 minutes for a million invoices on the shared machine (a savepoint around
// every INSERT). So the demo is generated in an SQLite file by the program, and its tables are
// moved into the empty server database, whose schema the program's own migrations build, by the
// sqlite3 shell (CSV out) and psql (\copy in, one transaction). Replace it by the COPY path or
// `copy` when either lands.
namespace dd::bench {

// Moves every table of the DisputeDesk file `file` into the DisputeDesk database at `location`,
// which must hold no data yet. False, with the shell's message on stderr, when a step fails.
inline bool loadSqliteIntoServer(const QString &file, const QString &location)
{
    QStringList serverTables;
    {
        auto server = Database::open(location); // an empty database gets the schema here
        QSqlQuery tables = server->run(PostgresDialect().listTables());
        while (tables.next())
            serverTables << tables.value(0).toString();
    }
    QTemporaryDir dir;
    QString exportScript = QStringLiteral(".mode csv\n.headers off\n.nullvalue '\\N'\n");
    QString importScript = QStringLiteral("BEGIN;\n");
    QStringList moved;
    {
        auto source = Database::open(file, Database::Mode::ReadOnly);
        QSqlQuery tables = source->run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            // schema_info is written by the migrations on both sides; SQLite's own tables stay.
            if (table == QLatin1String("schema_info") || !serverTables.contains(table))
                continue;
            QStringList columns;
            QStringList values;
            QSqlQuery info = source->run(QStringLiteral("SELECT name, type FROM pragma_table_info(?)"), {table});
            while (info.next()) {
                const QString column = info.value(0).toString();
                columns << column;
                // bytea's hex input form; the CSV would otherwise carry raw bytes.
                values << (info.value(1).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0
                               ? QStringLiteral("'\\x' || hex(%1)").arg(column)
                               : column);
            }
            const QString csv = dir.filePath(table + QStringLiteral(".csv"));
            exportScript += QStringLiteral(".output '%1'\nSELECT %2 FROM %3;\n").arg(csv, values.join(QStringLiteral(", ")), table);
            importScript += QStringLiteral("\\copy %1 (%2) FROM '%3' WITH (FORMAT csv, NULL '\\N')\n")
                                .arg(table, columns.join(QStringLiteral(", ")), csv);
            moved << table;
        }
    }
    // What the migrations filled in (reference tables) is replaced by the file's rows.
    importScript.replace(QStringLiteral("BEGIN;\n"), QStringLiteral("BEGIN;\nTRUNCATE %1;\n").arg(moved.join(QStringLiteral(", "))));
    for (const QString &table : moved)
        importScript += PostgresDialect().restartIdentity(table).join(QStringLiteral(";\n")) + QStringLiteral(";\n");
    importScript += QStringLiteral("COMMIT;\nANALYZE;\n");
    return sqliteShellWallTime(file, exportScript) >= 0 && psqlWallTime(location, importScript) >= 0;
}

} // namespace dd::bench
