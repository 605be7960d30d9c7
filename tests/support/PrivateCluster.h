#pragma once

// A PostgreSQL cluster of one test's own (issue 20), for what the shared test server must not
// suffer: being stopped in the middle of a write. tests/postgres/pg-cluster.sh makes it in a
// fresh folder under /tmp, halts it as a crash would, starts it again, and removes it when the
// test is over, whichever way the test ends. A test program that compiles PrivateCluster.cpp defines
// DD_PG_CLUSTER_SCRIPT, the script's path (tests/postgres/CMakeLists.txt).

#include <QString>

namespace dd::test {

class PrivateCluster
{
public:
    // Starts the cluster; its socket file is named by `port` (it listens on no TCP port).
    explicit PrivateCluster(int port);
    // Stops the cluster, running or halted, and removes its folder.
    ~PrivateCluster();
    PrivateCluster(const PrivateCluster &) = delete;
    PrivateCluster &operator=(const PrivateCluster &) = delete;

    // A new, empty database and its location, "postgresql://postgres@/NAME?host=SOCKETDIR&port=PORT".
    QString createDatabase(const QString &name) const;
    // The server stops at once (pg_ctl's immediate mode): its connections break mid-statement,
    // nothing is shut down cleanly, as when it crashes or its machine loses power.
    void halt() const;
    // Starts the halted server again; it recovers as after a crash.
    void resume() const;

    QString socketFolder() const { return m_dir + QStringLiteral("/socket"); }

private:
    QString location(const QString &database) const;
    // Runs pg-cluster.sh with `action`; a failure throws, with what the script said.
    void script(const QString &action) const;

    QString m_dir;
    int m_port = 0;
};

} // namespace dd::test
