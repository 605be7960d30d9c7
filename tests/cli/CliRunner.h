#pragma once

// Runs disputedesk-cli's commands for the CLI tests: in this process through CliApplication::run
// (cli), or as the real binary (cliBinary, for the few end-to-end tests).

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dd::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Writes `bytes` as the file `name` in `dir` and returns its path: the input files of a test.
inline QString writeFile(const TempDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// The command line `disputedesk-cli ARGUMENTS`, run in this process as the binary's main runs it
// (today's date as the default as-of date). What Qt itself prints while it runs (qWarning and
// the like), which the binary would print on stderr, is added to `err`.
CliRun cli(const QStringList &arguments);

// The same, by starting the real disputedesk-cli binary.
CliRun cliBinary(const QStringList &arguments);

inline QJsonDocument jsonDocumentOf(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

inline QJsonArray jsonOf(const CliRun &run)
{
    return jsonDocumentOf(run).array();
}

// Amounts in CSV/JSON are plain decimals ("-1234.56"); turn them into cents without floating point.
inline qint64 centsOf(const QJsonValue &value)
{
    const QString text = value.toString();
    const qsizetype dot = text.indexOf(u'.');
    REQUIRE(dot > 0);
    const bool negative = text.startsWith(u'-');
    const qint64 whole = text.left(dot).remove(u'-').toLongLong();
    const qint64 cents = whole * 100 + text.mid(dot + 1).toLongLong();
    return negative ? -cents : cents;
}

} // namespace dd::test
