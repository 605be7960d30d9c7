// Storage under the conditions of a user's machine: another program on the same file, a file
// that is read-only, locked or on a full disk, and files that reading must leave alone. Messages
// say what happened to which file and what to do, never SQLite's text and the SQL.

#include "CoreTestSupport.h"
#include "TempDir.h"

#include "common/FileWriteProblem.h"
#include "customers/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/NewDatabaseFile.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace dd;
using namespace dd::test;

namespace {

Customer customer(const QString &number)
{
    Customer c;
    c.number = number;
    c.name = QStringLiteral("Bakkerij de Vries B.V.");
    c.kind = CustomerKind::Business;
    return c;
}

// True when some process holds a lock on the bytes where SQLite keeps its shared locks (as a
// connection in WAL mode does as long as it is open). Asked from a child process: POSIX locks do
// not conflict with the process's own, and a descriptor opened and closed here would drop them.
bool sharedLockHeld(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = fork();
    if (child == 0) {
        const int fd = ::open(name.constData(), O_RDONLY);
        if (fd < 0)
            _exit(2);
        struct flock probe = {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        probe.l_start = 0x40000000 + 2; // SQLite's PENDING_BYTE + 2: the shared range
        probe.l_len = 510;
        if (fcntl(fd, F_GETLK, &probe) != 0)
            _exit(2);
        _exit(probe.l_type == F_UNLCK ? 1 : 0);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) != 2);
    return WEXITSTATUS(status) == 0;
}

QString refusal(const std::function<void()> &work)
{
    try {
        work();
    } catch (const StorageError &error) {
        return error.message();
    }
    FAIL("no StorageError");
    return QString();
}

void requireNoSql(const QString &message)
{
    INFO("message: " << message.toStdString());
    CHECK_FALSE(message.contains(QStringLiteral("INSERT")));
    CHECK_FALSE(message.contains(QStringLiteral("BEGIN")));
    CHECK_FALSE(message.contains(QStringLiteral("COMMIT")));
    CHECK_FALSE(message.contains(QStringLiteral("Unable to fetch row")));
    CHECK_FALSE(message.contains(QStringLiteral("Database error")));
}

} // namespace

TEST_CASE("Opening the file a second time keeps the first connection's locks", "[storage][locks][sqlite]")
{
    // What the dashboard does on every refresh while the main window has the file open. Closing
    // any descriptor of the file drops all the process's POSIX locks on it: another program then
    // takes the file for unused and deletes the write-ahead log the main window still writes to.
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("books.sqlite"));
    auto main = Database::open(path);
    Customer first = customer(QStringLiteral("C1"));
    CustomerRepository(*main).insert(first);
    REQUIRE(sharedLockHeld(path));

    for (Database::Mode mode : {Database::Mode::ReadOnly, Database::Mode::ToRead, Database::Mode::ReadWrite}) {
        auto other = Database::open(path, mode);
        CHECK(rows(*other, QStringLiteral("customers")) == 1);
        other.reset();
        CHECK(sharedLockHeld(path));
    }
    main.reset();
    CHECK_FALSE(sharedLockHeld(path));
}

TEST_CASE("Reading refuses an empty file and leaves it empty", "[storage][read][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    for (Database::Mode mode : {Database::Mode::ReadOnly, Database::Mode::ToRead}) {
        const QString message = refusal([&] { Database::open(path, mode); });
        CHECK(message.contains(path));
        CHECK(message.contains(QStringLiteral("is empty")));
        CHECK(QFileInfo(path).size() == 0);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    }
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    CHECK_THROWS_AS(Database::open(missing, Database::Mode::ToRead), StorageError);
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("A write to a locked database says the file is in use", "[storage][errors][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("books.sqlite"));
    auto db = Database::open(path);
    auto other = Database::open(path);
    other->run(QStringLiteral("BEGIN EXCLUSIVE"));
    const QString message = refusal([&] {
        Transaction transaction(*db, DataChanges());
        Customer c = customer(QStringLiteral("C1"));
        CustomerRepository(*db).insert(c);
        transaction.commit();
    });
    CHECK(message.contains(path));
    CHECK(message.contains(QStringLiteral("in use by another program")));
    CHECK(message.contains(QStringLiteral("Try again")));
    requireNoSql(message);
    other->run(QStringLiteral("ROLLBACK"));
    CHECK(rows(*db, QStringLiteral("customers")) == 0);
}

TEST_CASE("A write on a full disk says the disk is full", "[storage][errors][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("books.sqlite"));
    auto db = Database::open(path);
    // SQLite's own limit on the file's size gives the error a full disk gives (SQLITE_FULL).
    const int pages = db->scalar(QStringLiteral("PRAGMA page_count")).toInt();
    db->run(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    const QString message = refusal([&] {
        Transaction transaction(*db, DataChanges());
        for (int i = 0; i < 2000; ++i) {
            Customer c = customer(QStringLiteral("C%1").arg(i));
            c.name = QString(200, u'x');
            CustomerRepository(*db).insert(c);
        }
        transaction.commit();
    });
    CHECK(message.contains(path));
    CHECK(message.contains(QStringLiteral("is full")));
    requireNoSql(message);
    CHECK(rows(*db, QStringLiteral("customers")) == 0);
}

TEST_CASE("A write to a read-only file says the file is read-only", "[storage][errors][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("books.sqlite"));
    Database::open(path).reset();
    // A read-only connection stands in for a read-only file: tests may run as root, whom file
    // permissions do not stop. SQLite answers both with SQLITE_READONLY.
    auto db = Database::open(path, Database::Mode::ReadOnly);
    const QString message = refusal([&] {
        Customer c = customer(QStringLiteral("C1"));
        CustomerRepository(*db).insert(c);
    });
    CHECK(message.contains(path));
    CHECK(message.contains(QStringLiteral("read-only")));
    requireNoSql(message);

    if (geteuid() != 0) {
        db.reset();
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const QString denied = refusal([&] {
            auto writable = Database::open(path);
            Customer c = customer(QStringLiteral("C1"));
            CustomerRepository(*writable).insert(c);
        });
        CHECK(denied.contains(path));
        requireNoSql(denied);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

TEST_CASE("A database in a folder that does not exist cannot be opened, with the reason", "[storage][errors][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/books.sqlite"));
    const QString message = refusal([&] { Database::open(path); });
    CHECK(message.contains(path));
    CHECK(message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(message.contains(QStringLiteral("Error opening database")));
}

TEST_CASE("A new database file appears under its name only when placed", "[storage][new][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("books.sqlite"));
    REQUIRE(NewDatabaseFile::isNew(path));
    QString temporary;
    {
        NewDatabaseFile file(path);
        temporary = file.temporaryPath();
        CHECK(QFileInfo::exists(temporary));
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(NewDatabaseFile::leftovers(path) == QStringList{temporary});
    }
    // Not placed: nothing is left, under either name.
    CHECK_FALSE(QFileInfo::exists(temporary));
    CHECK_FALSE(QFileInfo::exists(path));

    {
        NewDatabaseFile file(path);
        Customer c = customer(QStringLiteral("C1"));
        CustomerRepository(file.database()).insert(c);
        file.place();
    }
    CHECK(NewDatabaseFile::leftovers(path).isEmpty());
    CHECK_FALSE(NewDatabaseFile::isNew(path));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    CHECK(rows(*db, QStringLiteral("customers")) == 1);
}

TEST_CASE("A new database replaces an empty file but never a database that appeared meanwhile", "[storage][new][sqlite]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("books.sqlite"));
    {
        QFile empty(path);
        REQUIRE(empty.open(QIODevice::WriteOnly));
    }
    REQUIRE(NewDatabaseFile::isNew(path));
    {
        NewDatabaseFile file(path);
        Customer c = customer(QStringLiteral("C1"));
        CustomerRepository(file.database()).insert(c);
        file.place();
    }
    CHECK(rows(*Database::open(path, Database::Mode::ReadOnly), QStringLiteral("customers")) == 1);

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    NewDatabaseFile file(other);
    Database::open(other).reset(); // someone else made it first
    const QString message = refusal([&] { file.place(); });
    CHECK(message.contains(other));
    CHECK(message.contains(file.temporaryPath()));
    CHECK(QFileInfo::exists(file.temporaryPath()));
}

TEST_CASE("A file written to a full disk says the disk is full", "[storage][errors][files]")
{
    // /dev/full answers every write with ENOSPC, as a full disk does.
    const QString path = QStringLiteral("/dev/full");
    if (!QFileInfo::exists(path)) {
        WARN("no /dev/full here");
        return;
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray letter(100000, 'x');
    const bool written = file.write(letter) == letter.size() && file.flush();
    REQUIRE_FALSE(written);
    const QString message = FileWriteProblem::describe(path, file);
    CHECK(message.contains(path));
    CHECK(message.contains(QStringLiteral("the disk is full")));
    CHECK_FALSE(message.contains(QStringLiteral("Unknown error")));
}
