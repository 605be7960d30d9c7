#include "PrivateCluster.h"
#include "TestDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace dd::test {

PrivateCluster::PrivateCluster(int port)
    : m_port(port)
{
    // A folder that does not exist yet (pg-cluster.sh refuses one it did not make), short enough
    // for a socket's path, and one per cluster of any process.
    static QAtomicInt counter;
    m_dir = QStringLiteral("/tmp/dd-pg-away-%1-%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    script(QStringLiteral("start"));
}

PrivateCluster::~PrivateCluster()
{
    try {
        script(QStringLiteral("stop"));
    } catch (const std::exception &) {
        // A destructor may not throw. A cluster that would not stop is left in /tmp/dd-pg-away-*
        // (its name has this run's pid), to be stopped and removed by hand.
    }
}

QString PrivateCluster::createDatabase(const QString &name) const
{
    QString failure = QStringLiteral("the server cannot be reached");
    onServerConnection(location(QStringLiteral("postgres")), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        failure = query.exec(QStringLiteral("CREATE DATABASE ") + name) ? QString() : query.lastError().text();
    });
    if (!failure.isEmpty())
        throw std::runtime_error(QStringLiteral("cannot create %1 in %2: %3").arg(name, m_dir, failure).toStdString());
    return location(name);
}

QString PrivateCluster::location(const QString &database) const
{
    return QStringLiteral("postgresql://postgres@/%1?host=%2&port=%3").arg(database, socketFolder()).arg(m_port);
}

void PrivateCluster::halt() const
{
    script(QStringLiteral("halt"));
}

void PrivateCluster::resume() const
{
    script(QStringLiteral("resume"));
}

void PrivateCluster::script(const QString &action) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("sh"), {QStringLiteral(DD_PG_CLUSTER_SCRIPT), action, m_dir, QString::number(m_port)});
    // initdb and a start take a few seconds; a minute and a half means something is wrong.
    if (!process.waitForFinished(90000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        throw std::runtime_error(
            QStringLiteral("pg-cluster.sh %1 %2 failed: %3").arg(action, m_dir, QString::fromLocal8Bit(process.readAll())).toStdString());
    }
}

} // namespace dd::test
