#include "PasswordKeychain.h"

#include "storage/DatabaseLocation.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace dd {

namespace {

const QString service = QStringLiteral("DisputeDesk team database");

// A keychain that does not answer (a locked wallet left without its prompt) must not hang the
// program: after this long the job counts as failed.
constexpr int timeoutMs = 15000;

// QtKeychain's jobs are asynchronous; opening a database waits for the password anyway, so the
// job runs here in a local event loop and its result is returned.
PasswordKeychain::Result run(QKeychain::Job &job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    PasswordKeychain::Result result;
    if (!finished) {
        result.error = QCoreApplication::translate("dd::PasswordKeychain", "the keychain did not answer");
        return result;
    }
    result.ok = job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
    if (!result.ok)
        result.error = job.errorString().isEmpty() ? QCoreApplication::translate("dd::PasswordKeychain", "no keychain is available")
                                                   : job.errorString();
    return result;
}

QString keyOf(const QString &location)
{
    return DatabaseLocation::displayName(location);
}

} // namespace

PasswordKeychain::Result PasswordKeychain::read(const QString &location)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(keyOf(location));
    Result result = run(job);
    if (result.ok)
        result.password = job.textData();
    return result;
}

PasswordKeychain::Result PasswordKeychain::write(const QString &location, const QString &password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(keyOf(location));
    job.setTextData(password);
    return run(job);
}

PasswordKeychain::Result PasswordKeychain::remove(const QString &location)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(keyOf(location));
    return run(job);
}

} // namespace dd
