#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTextStream>

#include "storage/DatabaseLocation.h"

#include <algorithm>
#include <functional>
#include <limits>

// Small tools shared by the benchmark programs: best-of-N timing, the yardsticks (the sqlite3
// shell on a file, psql on a team database) and the process's resident memory.
namespace dd::bench {

// Best wall time in milliseconds of `runs` calls.
inline double bestOf(int runs, const std::function<void()> &work)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

// Best "Run Time: real" in milliseconds that the sqlite3 shell reports for `sql` on `file`, over
// `runs` runs in one shell session (its page cache warm, as ours is). -1 when sqlite3 is missing.
inline double sqliteShellBestOf(int runs, const QString &file, const QString &sql)
{
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (int i = 0; i < runs; ++i)
        script += sql + QStringLiteral(";\n");
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), file});
    if (!shell.waitForStarted())
        return -1;
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    const QString output = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    double best = std::numeric_limits<double>::max();
    static const QRegularExpression realTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    auto it = realTime.globalMatch(output);
    while (it.hasNext())
        best = std::min(best, it.next().captured(1).toDouble() * 1000.0);
    return best == std::numeric_limits<double>::max() ? -1 : best;
}

// True when the benchmark's location is a team database on a PostgreSQL server.
inline bool onServer(const QString &location) { return DatabaseLocation::isServer(location); }

// The yardstick's name as the figures' columns and notes show it.
inline QString shellName(const QString &location) { return onServer(location) ? QStringLiteral("psql") : QStringLiteral("sqlite3"); }

// Starts psql on `location` (libpq's URI is a valid dbname argument) reading its script from
// stdin: no ~/.psqlrc, stops at the first error. False when psql cannot be started.
inline bool startPsql(QProcess &psql, const QString &location)
{
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                        QStringLiteral("--dbname=") + location});
    return psql.waitForStarted();
}

// Best "Time: ... ms" that psql's \timing reports for `sql` on `location`, over `runs` runs in
// one psql session (one connection, the server's caches warm, as ours are). The rows go to
// /dev/null; the timing lines still come to stdout. -1 when psql is missing or the SQL fails.
inline double psqlBestOf(int runs, const QString &location, const QString &sql)
{
    QString script = QStringLiteral("\\timing on\n\\o /dev/null\n");
    for (int i = 0; i < runs; ++i)
        script += sql + QStringLiteral(";\n");
    QProcess psql;
    if (!startPsql(psql, location))
        return -1;
    psql.write(script.toUtf8());
    psql.closeWriteChannel();
    psql.waitForFinished(600000);
    const QString output = QString::fromUtf8(psql.readAll());
    if (psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0) {
        QTextStream(stderr) << "psql failed: " << output.right(400) << Qt::endl;
        return -1;
    }
    double best = std::numeric_limits<double>::max();
    static const QRegularExpression time(QStringLiteral("Time: ([0-9.]+) ms"));
    auto it = time.globalMatch(output);
    while (it.hasNext())
        best = std::min(best, it.next().captured(1).toDouble());
    return best == std::numeric_limits<double>::max() ? -1 : best;
}

// Wall time in milliseconds of one psql session running `script` on `location` (for \copy and
// other meta-commands, and for a whole transaction). -1 when psql is missing or fails.
inline double psqlWallTime(const QString &location, const QString &script)
{
    QProcess psql;
    QElapsedTimer timer;
    timer.start();
    if (!startPsql(psql, location))
        return -1;
    psql.write(script.toUtf8());
    psql.closeWriteChannel();
    psql.waitForFinished(1800000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0) {
        QTextStream(stderr) << "psql failed: " << QString::fromUtf8(psql.readAll()).right(400) << Qt::endl;
        return -1;
    }
    return ms;
}

// Resident memory of this process in MB (VmRSS).
inline double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    static const QRegularExpression rss(QStringLiteral("VmRSS:\\s+([0-9]+) kB"));
    const auto match = rss.match(text);
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

// Peak resident memory of this process so far in MB (VmHWM): what a streamed import must keep flat.
inline double peakResidentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+([0-9]+) kB"));
    const auto match = hwm.match(text);
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

// Wall time in milliseconds of one sqlite3 shell session running `script` on `file` (for dot
// commands such as .import, which .timer does not time). -1 when sqlite3 is missing or fails.
inline double sqliteShellWallTime(const QString &file, const QString &script)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {file});
    if (!shell.waitForStarted())
        return -1;
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(1800000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0 ? ms : -1;
}

// The yardstick for the location's kind: the sqlite3 shell on a file, psql on a server.
inline double shellBestOf(int runs, const QString &location, const QString &sql)
{
    return onServer(location) ? psqlBestOf(runs, location, sql) : sqliteShellBestOf(runs, location, sql);
}

inline void report(QTextStream &out, const QString &what, double ms, double budgetMs, const QString &note = QString())
{
    const bool ok = budgetMs <= 0 || ms <= budgetMs;
    out << QStringLiteral("%1 %2 ms").arg(what.leftJustified(46)).arg(ms, 9, 'f', 1);
    if (budgetMs > 0)
        out << QStringLiteral("  (budget %1 ms: %2)").arg(budgetMs, 0, 'f', 0).arg(ok ? QStringLiteral("ok") : QStringLiteral("OVER"));
    if (!note.isEmpty())
        out << QStringLiteral("  ") << note;
    out << Qt::endl;
}

// A ratio of two times, with its budget when it has one (budget <= 0: shown only).
inline void printRatio(QTextStream &out, const QString &what, double ratio, double budget)
{
    out << QStringLiteral("%1 %2").arg(what.leftJustified(46)).arg(ratio, 12, 'f', 2);
    if (budget > 0)
        out << QStringLiteral("  (budget %1: %2)")
                   .arg(budget, 0, 'f', 2)
                   .arg(ratio > 0 && ratio <= budget ? QStringLiteral("ok") : QStringLiteral("OVER"));
    out << Qt::endl;
}

} // namespace dd::bench
