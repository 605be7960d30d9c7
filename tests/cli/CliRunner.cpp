#include "CliRunner.h"

#include "calendar/IsoDate.h"
#include "cli/CliApplication.h"

#include <QDate>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QTextStream>

namespace dd::test {

namespace {

QMutex messagesMutex;
QString *messagesTarget = nullptr;

void collectMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&messagesMutex);
    if (messagesTarget)
        *messagesTarget += qFormatLogMessage(type, context, message) + u'\n';
}

// Collects Qt's own messages while it lives. The binary prints them on stderr, where a test that
// expects one line, or none, sees them; a worker thread (the bulk import's writer) may send them.
class QtMessages
{
public:
    QtMessages()
    {
        {
            const QMutexLocker lock(&messagesMutex);
            messagesTarget = &m_text;
        }
        m_previous = qInstallMessageHandler(collectMessage);
    }
    ~QtMessages()
    {
        qInstallMessageHandler(m_previous);
        const QMutexLocker lock(&messagesMutex);
        messagesTarget = nullptr;
    }
    QtMessages(const QtMessages &) = delete;
    QtMessages &operator=(const QtMessages &) = delete;

    QString text() const
    {
        const QMutexLocker lock(&messagesMutex);
        return m_text;
    }

private:
    QtMessageHandler m_previous = nullptr;
    QString m_text;
};

} // namespace

CliRun cli(const QStringList &arguments)
{
    CliRun run;
    QtMessages messages;
    {
        // Written to the strings as the streams flush or go: read them only after.
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.exitCode = CliApplication::run(arguments, out, err, IsoDate::fromQDate(QDate::currentDate()));
    }
    run.err += messages.text();
    return run;
}

CliRun cliBinary(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DISPUTEDESK_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace dd::test
