// The dunning run against what happens on a user's machine: a run killed at its commit, what dead
// runs leave in the folder, and two runs committed at the same time. A letter in the output folder
// must have been recorded (a user posts what lies there), and no letter is ever recorded twice.

#include "test_dunning_fixture.h"

#include "common/ValidationError.h"

#include <QLockFile>
#include <QSqlDriver>

#include <sqlite3.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace dd;
using namespace dd::test;

namespace {

sqlite3 *handleOf(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    REQUIRE(qstrcmp(handle.typeName(), "sqlite3*") == 0);
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// What a user sees in the folder: its files, not the hidden staging folders.
QStringList visibleFiles(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

QStringList stagingFolders(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".dunning-run-*")}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Invoices that got the same level twice: a letter sent twice.
qint64 levelsSentTwice(Database &db)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT invoice_id, level FROM dunning_letter_invoices "
                                    "WHERE moved_up = 1 GROUP BY invoice_id, level HAVING COUNT(*) > 1) AS twice"))
        .toLongLong();
}

// The lock file of a run whose process is gone (QLockFile's format: process id, program, host).
void deadLock(const QString &stagingFolder)
{
    QFile lock(stagingFolder + QStringLiteral("/.lock"));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write("999999999\ndisputedesk\n\n");
}

struct CommitSnapshots
{
    QString folder;
    QList<QStringList> files; // the folder's files each time a transaction commits
};

} // namespace

TEST_CASE("dunning: the letters appear in the folder only after the run is committed", "[dunning][safety][sqlite]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.consumer, day(2026, 1, 1), 100000);
    f.invoice(QStringLiteral("F-2"), f.business, day(2026, 1, 1), 100000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    const DunningPreview preview = run.preview(day(2026, 1, 8));
    REQUIRE(preview.letters.size() == 2);

    CommitSnapshots snapshots{f.out(), {}};
    sqlite3_commit_hook(
        handleOf(*f.db),
        [](void *data) {
            auto *seen = static_cast<CommitSnapshots *>(data);
            seen->files << visibleFiles(seen->folder);
            return 0;
        },
        &snapshots);
    DunningCommitOptions options;
    options.eml = true;
    const DunningCommitResult result = run.commit(preview, f.out(), options);
    sqlite3_commit_hook(handleOf(*f.db), nullptr, nullptr);

    // Killed at the commit, the folder would have held no letter of the run.
    REQUIRE(snapshots.files.size() == 1);
    CHECK(snapshots.files.first().isEmpty());
    CHECK(result.letters == 2);
    CHECK(visibleFiles(f.out())
          == QStringList{QStringLiteral("C-100-herinnering.eml"), QStringLiteral("C-100-herinnering.pdf"), QStringLiteral("C-200-herinnering.pdf")});
    CHECK(stagingFolders(f.out()).isEmpty());
}

TEST_CASE("dunning: a run killed at its commit leaves no letter, and the next run sends them as if it never ran", "[dunning][safety][sqlite]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.consumer, day(2026, 1, 1), 100000);
    f.invoice(QStringLiteral("F-2"), f.business, day(2026, 1, 1), 100000);
    const QString path = databaseLocation(f.dir, QStringLiteral("dunning.sqlite"));
    const QString out = f.out();

    // A child process commits the run on its own connection and is killed (SIGKILL, no clean-up
    // of any kind) the moment SQLite is about to commit: the letters are written, nothing recorded.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        auto db = Database::open(path);
        sqlite3_commit_hook(
            handleOf(*db),
            [](void *) {
                raise(SIGKILL);
                return 0;
            },
            nullptr);
        DunningRun run(*db, f.clock, QStringLiteral("anouk"));
        DunningCommitOptions options;
        options.eml = true;
        run.commit(run.preview(day(2026, 1, 8)), out, options);
        _exit(0); // not reached when the commit was reached
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(WTERMSIG(status) == SIGKILL);

    CHECK(visibleFiles(out).isEmpty());
    CHECK(stagingFolders(out).size() == 1); // the dead run's, hidden
    CHECK(f.count("dunning_runs") == 0);
    CHECK(f.count("dunning_letters") == 0);

    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    DunningCommitOptions options;
    options.eml = true;
    const DunningCommitResult result = run.commit(run.preview(day(2026, 1, 8)), out, options);
    CHECK(result.letters == 2);
    CHECK(result.discarded == 2);
    CHECK(result.recovered.isEmpty());
    // No -2: the dead run's letters never counted as sent.
    CHECK(visibleFiles(out)
          == QStringList{QStringLiteral("C-100-herinnering.eml"), QStringLiteral("C-100-herinnering.pdf"), QStringLiteral("C-200-herinnering.pdf")});
    CHECK(stagingFolders(out).isEmpty());
    CHECK(f.count("dunning_letters") == 2);
}

TEST_CASE("dunning: what dead runs left is moved into place when recorded, deleted when not, a live run's left alone",
          "[dunning][safety]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.consumer, day(2026, 1, 1), 100000);
    f.invoice(QStringLiteral("F-2"), f.business, day(2026, 1, 1), 100000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    const QString out = f.out();
    const DunningCommitResult first = run.commit(run.preview(day(2026, 1, 8)), out);
    REQUIRE(first.letters == 2);
    const QByteArray letter = fileBytes(out + QStringLiteral("/C-200-herinnering.pdf"));

    QDir folder(out);
    // Recorded, then killed while moving: the letter still in its staging folder, which the run
    // had marked with its id right after the commit.
    REQUIRE(folder.mkdir(QStringLiteral(".dunning-run-dead01")));
    REQUIRE(QFile::rename(out + QStringLiteral("/C-200-herinnering.pdf"), out + QStringLiteral("/.dunning-run-dead01/1")));
    {
        QFile mark(out + QStringLiteral("/.dunning-run-dead01/.committed"));
        REQUIRE(mark.open(QIODevice::WriteOnly));
        mark.write(QByteArray::number(first.runId));
    }
    deadLock(out + QStringLiteral("/.dunning-run-dead01"));
    // Killed before its commit: never recorded, even though its content is a recorded letter's.
    REQUIRE(folder.mkdir(QStringLiteral(".dunning-run-dead02")));
    REQUIRE(QFile::copy(out + QStringLiteral("/C-100-herinnering.pdf"), out + QStringLiteral("/.dunning-run-dead02/0")));
    deadLock(out + QStringLiteral("/.dunning-run-dead02"));
    // Just made by a run that has not locked it yet (two runs started together): not touched.
    REQUIRE(folder.mkdir(QStringLiteral(".dunning-run-young1")));
    // A run in progress in another program: locked by a live process (this one).
    REQUIRE(folder.mkdir(QStringLiteral(".dunning-run-live01")));
    QLockFile live(out + QStringLiteral("/.dunning-run-live01/.lock"));
    REQUIRE(live.tryLock(0));
    {
        QFile staged(out + QStringLiteral("/.dunning-run-live01/0"));
        REQUIRE(staged.open(QIODevice::WriteOnly));
        staged.write("being written");
    }

    // A new invoice a week later: a run with something to send, which cleans up first.
    f.invoice(QStringLiteral("F-3"), f.english, day(2026, 1, 8), 50000);
    const DunningCommitResult next = run.commit(run.preview(day(2026, 1, 15)), out);
    CHECK(next.letters == 1);
    CHECK(next.recovered == QStringList{out + QStringLiteral("/C-200-herinnering.pdf")});
    CHECK(next.discarded == 1);
    CHECK(fileBytes(out + QStringLiteral("/C-200-herinnering.pdf")) == letter);
    CHECK(visibleFiles(out)
          == QStringList{QStringLiteral("C-100-herinnering.pdf"), QStringLiteral("C-200-herinnering.pdf"), QStringLiteral("C-300-reminder.pdf")});
    CHECK(stagingFolders(out) == QStringList{QStringLiteral(".dunning-run-live01"), QStringLiteral(".dunning-run-young1")});
    CHECK(QFile::exists(out + QStringLiteral("/.dunning-run-live01/0")));
}

TEST_CASE("dunning: two runs committed at the same time never send a letter twice", "[dunning][safety]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.consumer, day(2026, 1, 1), 100000);
    f.invoice(QStringLiteral("F-2"), f.business, day(2026, 1, 1), 100000);
    const QString path = databaseLocation(f.dir, QStringLiteral("dunning.sqlite"));
    const QString out = f.out();
    // Two users (or the program and a script) on one file: two connections. The second commits
    // its run while the first is writing its letters, after the first made its preview.
    auto other = Database::open(path);
    DunningRun first(*f.db, f.clock, QStringLiteral("anouk"));
    DunningRun second(*other, f.clock, QStringLiteral("bram"));
    bool secondCommitted = false;
    DunningCommitOptions options;
    options.progress = [&](int, int) {
        if (!secondCommitted) {
            secondCommitted = true;
            CHECK(second.commit(second.preview(day(2026, 1, 8)), out).letters == 2);
        }
        return true;
    };

    SECTION("the program's preview is refused as out of date")
    {
        const DunningPreview preview = first.preview(day(2026, 1, 8));
        REQUIRE(preview.letters.size() == 2);
        CHECK_THROWS_AS(first.commit(preview, out, options), ValidationError);
    }
    SECTION("the command line's run sends what is left: nothing")
    {
        DunningPreview committed;
        const DunningCommitResult result = first.commitDue(day(2026, 1, 8), out, options, {}, committed);
        CHECK(result.runId == 0);
        CHECK(result.letters == 0);
        CHECK(committed.letters.isEmpty());
    }
    CHECK(secondCommitted);
    CHECK(levelsSentTwice(*f.db) == 0);
    CHECK(f.count("dunning_runs") == 1);
    CHECK(f.count("dunning_letters") == 2);
    CHECK(visibleFiles(out) == QStringList{QStringLiteral("C-100-herinnering.pdf"), QStringLiteral("C-200-herinnering.pdf")});
    CHECK(stagingFolders(out).isEmpty());
}

TEST_CASE("dunning: a letter that cannot be moved after the commit is reported, and the next run moves it", "[dunning][safety]")
{
    DunningFixture f;
    f.invoice(QStringLiteral("F-1"), f.consumer, day(2026, 1, 1), 100000);
    f.invoice(QStringLiteral("F-2"), f.business, day(2026, 1, 1), 100000);
    DunningRun run(*f.db, f.clock, QStringLiteral("anouk"));
    const QString out = f.out();
    // Once everything is rendered, something takes the business letter's name (another program).
    DunningCommitOptions options;
    options.progress = [&](int done, int total) {
        if (done == total)
            QDir(out).mkdir(QStringLiteral("C-200-herinnering.pdf"));
        return true;
    };
    const DunningCommitResult result = run.commit(run.preview(day(2026, 1, 8)), out, options);
    // Recorded all the same: an error now would invite a second run that sends the letters again.
    CHECK(result.runId > 0);
    CHECK(result.letters == 2);
    CHECK(result.files == QStringList{out + QStringLiteral("/C-100-herinnering.pdf")});
    CHECK(result.notMoved == QStringList{out + QStringLiteral("/C-200-herinnering.pdf")});
    CHECK(f.count("dunning_letters") == 2);
    CHECK(stagingFolders(out).size() == 1);

    REQUIRE(QDir(out).rmdir(QStringLiteral("C-200-herinnering.pdf")));
    f.invoice(QStringLiteral("F-3"), f.english, day(2026, 1, 8), 50000);
    const DunningCommitResult next = run.commit(run.preview(day(2026, 1, 15)), out);
    CHECK(next.recovered == QStringList{out + QStringLiteral("/C-200-herinnering.pdf")});
    CHECK(next.discarded == 0);
    const auto history = DunningHistory(*f.db).forCustomer(f.business);
    REQUIRE(history.size() == 1);
    CHECK(history[0].sha256 == QString::fromLatin1(QCryptographicHash::hash(fileBytes(out + QStringLiteral("/C-200-herinnering.pdf")),
                                                                              QCryptographicHash::Sha256)
                                                       .toHex()));
    CHECK(visibleFiles(out)
          == QStringList{QStringLiteral("C-100-herinnering.pdf"), QStringLiteral("C-200-herinnering.pdf"), QStringLiteral("C-300-reminder.pdf")});
    CHECK(stagingFolders(out).isEmpty());
}
