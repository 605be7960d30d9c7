// What the command line does to database files beyond their content: reading commands never
// create, fill or change a file, and a new file appears only with a committed import.

#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

namespace {

using dd::test::cli;
using dd::test::writeFile;
using Run = dd::test::CliRun;

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("A read command on an empty file refuses it and leaves it empty", "[cli][files][sqlite]")
{
    dd::test::TempDir dir;
    const QString db = writeFile(dir, QStringLiteral("empty.sqlite"), QByteArray());
    const QStringList readers[] = {
        {QStringLiteral("invoices")},
        {QStringLiteral("aging"), QStringLiteral("--as-of"), QStringLiteral("2026-01-31")},
        {QStringLiteral("disputes")},
        {QStringLiteral("stats"), QStringLiteral("--as-of"), QStringLiteral("2026-01-31")},
        {QStringLiteral("dunning-run"), QStringLiteral("--as-of"), QStringLiteral("2026-01-31")},
    };
    for (const QStringList &reader : readers) {
        const Run run = cli(reader + QStringList{QStringLiteral("--db"), db});
        INFO(reader.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(db + QStringLiteral(" is empty")));
        CHECK(QFileInfo(db).size() == 0);
        CHECK(filesIn(dir.filePath(QString())) == QStringList{QStringLiteral("empty.sqlite")});
    }
}

TEST_CASE("Read commands leave the database file byte for byte as it was", "[cli][files][sqlite]")
{
    dd::test::TempDir dir;
    const QString db = dir.filePath(QStringLiteral("books.sqlite"));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"), QStringLiteral("20"),
                          QStringLiteral("--invoices"), QStringLiteral("200")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QByteArray before = hashOf(db);
    const QStringList filesBefore = filesIn(dir.filePath(QString()));
    for (const QStringList &reader : {QStringList{QStringLiteral("invoices")}, QStringList{QStringLiteral("disputes")},
                                      QStringList{QStringLiteral("dispute"), QStringLiteral("rules")}}) {
        const Run run = cli(reader + QStringList{QStringLiteral("--db"), db});
        INFO(reader.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(hashOf(db) == before);
    }
    // A read-only SQLite connection may leave its empty log and shared-memory index next to the
    // file (the next writer removes them); nothing else appears.
    QStringList files = filesIn(dir.filePath(QString()));
    files.removeAll(QStringLiteral("books.sqlite-shm"));
    files.removeAll(QStringLiteral("books.sqlite-wal"));
    CHECK(files == filesBefore);
    CHECK(QFileInfo(db + QStringLiteral("-wal")).size() == 0);
}

TEST_CASE("An import into a new file that is refused leaves no file", "[cli][files][import][sqlite]")
{
    dd::test::TempDir dir;
    const QString db = dir.filePath(QStringLiteral("books.sqlite"));
    // A 0-byte file (left by a program killed while creating it) counts as new, and a refused
    // import leaves it as it was instead of filling it with an empty database.
    writeFile(dir, QStringLiteral("books.sqlite"), QByteArray());
    const QString bad = writeFile(dir, QStringLiteral("bad.csv"), "number,name\nC1,\n");
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("customers"), bad});
    CHECK(run.exitCode == 1);
    CHECK(QFileInfo(db).size() == 0);
    CHECK(filesIn(dir.filePath(QString())) == (QStringList{QStringLiteral("bad.csv"), QStringLiteral("books.sqlite")}));
}

TEST_CASE("disputedesk-cli binary: an import into a new file that is killed leaves no file", "[cli][files][import][binary][sqlite]")
{
    dd::test::TempDir dir;
    const QString db = dir.filePath(QStringLiteral("books.sqlite"));
    // A large file, so that the import is still running when it is killed.
    QByteArray rows = "number,name,city\n";
    for (int i = 0; i < 300000; ++i)
        rows += "C" + QByteArray::number(i) + ",Klant " + QByteArray::number(i) + ",Utrecht\n";
    const QString big = writeFile(dir, QStringLiteral("big.csv"), rows);
    QProcess process;
    process.start(QStringLiteral(DISPUTEDESK_CLI),
                  {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("customers"), big});
    REQUIRE(process.waitForStarted());
    // Killed as soon as it has made a database file, under whatever name.
    QElapsedTimer timer;
    timer.start();
    while (filesIn(dir.filePath(QString())).size() == 1 && process.state() == QProcess::Running && timer.elapsed() < 60000)
        QThread::msleep(2);
    REQUIRE(process.state() == QProcess::Running);
    process.kill();
    process.waitForFinished();
    CHECK_FALSE(QFileInfo::exists(db));

    // The next import puts the database in place and names what the killed one left.
    const QString good = writeFile(dir, QStringLiteral("good.csv"), "number,name\nC1,Een\n");
    Run run = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("customers"), good});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("left over from an import into ") + db));
    CHECK(QFileInfo(db).size() > 0);
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    run = cli({QStringLiteral("invoices"), QStringLiteral("--db"), db});
    CHECK(run.exitCode == 0);
}
