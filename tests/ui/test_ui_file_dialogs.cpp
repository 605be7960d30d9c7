// A file dialog that lists the folder of the open database must not take the database's locks
// away (found by a review run): POSIX locks belong to the process, and closing ANY descriptor of a
// file drops all of them. Qt's file dialog names each file's type by reading its first bytes, so
// listing the folder opened and closed the database and its -shm/-wal files under SQLite; the next
// program that read the database took itself for the last user and deleted the write-ahead log,
// and every later save of DisputeDesk went into a deleted file.

#include "UiTestSupport.h"

#include "common/FileDialogs.h"
#include "customers/CustomerRepository.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace dd;
using namespace dd::test;

namespace {

// What another program (the sqlite3 shell) reads from the file.
QString otherProgramReads(const QString &path, const QString &sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path, sql});
    if (!shell.waitForFinished(20000))
        return QStringLiteral("(sqlite3 did not finish)");
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
}

void addCustomer(Database &database, const QString &number)
{
    Customer customer;
    customer.number = number;
    customer.name = QStringLiteral("Bakkerij ") + number;
    CustomerRepository(database).insert(customer);
}

} // namespace

TEST_CASE("A file dialog on the database's folder leaves its locks alone: saves stay visible to other programs",
          "[ui][storage][files]")
{
    // build.sh installs the sqlite3 shell; it is "another program" here.
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty());
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    const QString folder = QFileInfo(path).absolutePath();
    const auto session = Session::open(path);
    addCustomer(session->database(), QStringLiteral("C1"));
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));

    {
        // As the program opens every file dialog: listed in detail, each file with its type.
        std::unique_ptr<QFileDialog> dialog = FileDialogs::create(nullptr, QStringLiteral("Open"), folder, QString());
        dialog->setViewMode(QFileDialog::Detail);
        auto *model = dialog->findChild<QFileSystemModel *>();
        REQUIRE(model);
        QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        if (loaded.isEmpty())
            loaded.wait(5000);
        const QModelIndex listed = model->index(folder);
        REQUIRE(model->rowCount(listed) >= 3); // the database, its -shm and -wal
        for (int row = 0; row < model->rowCount(listed); ++row) {
            for (int column = 0; column < model->columnCount(listed); ++column)
                model->index(row, column, listed).data(Qt::DisplayRole);
            model->index(row, 0, listed).data(Qt::DecorationRole);
        }
        QTest::qWait(500); // the icons and types are fetched on the gatherer's thread
    }

    CHECK(otherProgramReads(path, QStringLiteral("SELECT count(*) FROM customers")) == QStringLiteral("1"));
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    addCustomer(session->database(), QStringLiteral("C2"));
    CHECK(otherProgramReads(path, QStringLiteral("SELECT count(*) FROM customers")) == QStringLiteral("2"));
}
