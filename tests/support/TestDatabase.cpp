#include "TestDatabase.h"

#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <stdexcept>

namespace dd::test {

namespace {

QString socketFolder()
{
    return qEnvironmentVariable("DD_TEST_PG_SOCKET");
}

QString port()
{
    return qEnvironmentVariable("DD_TEST_PG_PORT", QStringLiteral("5432"));
}

// A name PostgreSQL takes unquoted and that no other test of any process running at the same time
// makes: what the test called its file (for a reader of the server's log), the pid and a counter.
QString uniqueName(const QString &fileName)
{
    static QAtomicInt counter;
    QString base = QFileInfo(fileName).completeBaseName().toLower();
    for (QChar &c : base) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            c = u'_';
    }
    // 63 bytes at most: the rest is "dd_" + pid + counter.
    return QStringLiteral("dd_%1_%2_%3")
        .arg(base.left(32))
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1) + 1);
}

// The database's name in a location databaseLocation made: "postgresql://postgres@/NAME?host=...".
QString nameOf(const QString &location)
{
    const qsizetype start = location.indexOf(QStringLiteral("@/")) + 2;
    return location.mid(start, location.indexOf(u'?', start) - start);
}

// Runs `work` on a connection of its own to the server's database `database`, closed after it;
// what `work` returns is the failure, empty if none.
QString onConnection(const QString &database, const std::function<QString(QSqlDatabase &)> &work)
{
    static QAtomicInt counter;
    const QString connection = QStringLiteral("dd-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(socketFolder());
        db.setPort(port().toInt());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(database);
        failure = db.open() ? work(db)
                            : QStringLiteral("cannot reach the test server at ") + socketFolder() + u':' + port() + QStringLiteral(": ")
                + db.lastError().text();
    }
    QSqlDatabase::removeDatabase(connection);
    return failure;
}

// One statement on the server's "postgres" database (CREATE DATABASE may not run inside another).
void administer(const QString &statement)
{
    const QString failure = onConnection(QStringLiteral("postgres"), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        return query.exec(statement) ? QString() : statement + QStringLiteral(": ") + query.lastError().text();
    });
    if (!failure.isEmpty())
        throw std::runtime_error(failure.toStdString());
}

QMutex madeMutex;
QStringList madeNames; // the databases this process made, dropped as it ends

// Drops the databases this process made once its tests are over (the application object is going):
// the cluster is thrown away after the run anyway, but a database dropped seconds after it was
// made never reaches the disk, and a run makes hundreds of them.
void dropMadeDatabases()
{
    const QMutexLocker lock(&madeMutex);
    for (const QString &name : std::as_const(madeNames)) {
        onConnection(QStringLiteral("postgres"), [&](QSqlDatabase &db) {
            QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name + QStringLiteral(" WITH (FORCE)"));
            return QString(); // a database left behind goes with the cluster
        });
    }
    madeNames.clear();
}

// The location of a new database made by `create` (given its name), remembered under `dir`'s
// file `fileName` so that asking again gives it again.
QString remembered(const TempDir &dir, const QString &fileName, const std::function<void(const QString &)> &create)
{
    static QMutex mutex;
    static QHash<QString, QString> made; // the file path a test asked for -> its database's location
    const QString path = dir.filePath(fileName);
    const QMutexLocker lock(&mutex);
    if (const auto found = made.constFind(path); found != made.constEnd())
        return *found;
    const QString name = uniqueName(fileName);
    create(name);
    {
        const QMutexLocker madeLock(&madeMutex);
        if (madeNames.isEmpty())
            qAddPostRoutine(dropMadeDatabases);
        madeNames << name;
    }
    const QString location = QStringLiteral("postgresql://postgres@/%1?host=%2&port=%3").arg(name, socketFolder(), port());
    made.insert(path, location);
    return location;
}

} // namespace

bool onServerConnection(const QString &location, const std::function<void(QSqlDatabase &)> &work)
{
    const auto server = DatabaseLocation::Server::parse(location);
    if (!server)
        return false;
    static QAtomicInt counter;
    const QString connection = QStringLiteral("dd-test-server-%1").arg(counter.fetchAndAddRelaxed(1));
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setUserName(server->user);
        db.setDatabaseName(server->database);
        opened = db.open();
        if (opened)
            work(db);
    }
    QSqlDatabase::removeDatabase(connection);
    return opened;
}

bool onPostgres()
{
    return !socketFolder().isEmpty();
}

QString databaseLocation(const TempDir &dir, const QString &fileName)
{
    if (!onPostgres())
        return dir.filePath(fileName);
    // FILE_COPY copies template1's files as they are, without writing them to the WAL as well:
    // faster for a database this small, and there is no standby to replay anything on.
    return remembered(dir, fileName,
                      [](const QString &name) { administer(QStringLiteral("CREATE DATABASE ") + name + QStringLiteral(" STRATEGY FILE_COPY")); });
}

QString copyDatabase(const QString &location, const TempDir &dir, const QString &fileName)
{
    if (!onPostgres()) {
        const QString path = dir.filePath(fileName);
        if (!QFile::copy(location, path))
            throw std::runtime_error((QStringLiteral("cannot copy ") + location + QStringLiteral(" to ") + path).toStdString());
        return path;
    }
    return remembered(dir, fileName, [&](const QString &name) {
        administer(QStringLiteral("CREATE DATABASE ") + name + QStringLiteral(" TEMPLATE ") + nameOf(location));
    });
}

QByteArray databaseDigest(const QString &location)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!onPostgres() || !location.startsWith(QLatin1String("postgresql://"))) {
        QFile file(location);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
        return hash.result();
    }
    const QString failure = onConnection(nameOf(location), [&](QSqlDatabase &db) {
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")))
            return tables.lastError().text();
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            hash.addData(table.toUtf8());
            // A row as text sorts the rows without knowing the table's key.
            QSqlQuery rows(db);
            if (!rows.exec(QStringLiteral("SELECT r::text FROM public.\"%1\" r ORDER BY 1").arg(table)))
                return rows.lastError().text();
            while (rows.next())
                hash.addData(rows.value(0).toString().toUtf8() + '\n');
        }
        return QString();
    });
    if (!failure.isEmpty())
        throw std::runtime_error((QStringLiteral("cannot read ") + location + QStringLiteral(": ") + failure).toStdString());
    return hash.result();
}

} // namespace dd::test
