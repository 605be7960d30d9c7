#pragma once

// Where a test keeps its database: a file in its temporary folder, or - when CTest runs the test
// a second time as "pg: ..." (tests/postgres/CMakeLists.txt, dd_on_postgres) - a fresh, empty
// database on the throwaway PostgreSQL server that CTest started for the run (issue 20).

#include "TempDir.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace dd::test {

// True when this run is on PostgreSQL (DD_TEST_PG_SOCKET names the server's socket folder).
bool onPostgres();

// The location to hand Database::open, Session::open or the CLI's --db: `dir`'s file `fileName`
// on SQLite; on PostgreSQL a new empty database, its location
// "postgresql://postgres@/NAME?host=SOCKETDIR&port=PORT". The same dir and fileName give the same
// location again, as the same file name gives the same file, so a test may reopen "its file".
QString databaseLocation(const TempDir &dir, const QString &fileName);

// A copy of the database at `location`, as databaseLocation(dir, fileName) names it: the file
// copied, or on PostgreSQL a new database made with `location`'s as its template (nobody may be
// connected to that one meanwhile).
QString copyDatabase(const QString &location, const TempDir &dir, const QString &fileName);

// A fingerprint of what the database holds, to show that a refused command changed nothing: the
// SHA-256 of the file's bytes on SQLite (empty if there is no file); on PostgreSQL that of every
// table's rows, in order. Only equality means anything.
QByteArray databaseDigest(const QString &location);

// Hands `work` a connection of its own to the server database at `location` (a postgresql:// URI,
// as the user it names), closed and removed after; false, without calling `work`, if it cannot
// be opened. For what a test does beside the program: set a database up as another program
// would, or watch what the server is doing.
bool onServerConnection(const QString &location, const std::function<void(QSqlDatabase &)> &work);

} // namespace dd::test
