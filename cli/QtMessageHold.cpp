#include "QtMessageHold.h"

#include "storage/StorageLog.h"

#include <QMutexLocker>

#include <atomic>

namespace dd {

namespace {
// The hold that is catching; Qt's handler is a plain function, called on any thread.
std::atomic<QtMessageHold *> current{nullptr};
} // namespace

QtMessageHold::QtMessageHold()
    : m_outer(current.load())
{
    current = this;
    m_previous = qInstallMessageHandler(&QtMessageHold::handle);
}

QtMessageHold::~QtMessageHold()
{
    qInstallMessageHandler(m_previous);
    current = m_outer;
    // A worker thread may still report: take what is held under the lock, replay it outside.
    QList<Held> replay;
    bool toLog = false;
    {
        const QMutexLocker lock(&m_mutex);
        replay.swap(m_held);
        toLog = m_toLog;
    }
    for (const Held &held : std::as_const(replay)) {
        const QMessageLogContext context(held.file.constData(), held.line, held.function.constData(), held.category.constData());
        if (toLog)
            qCInfo(lcStorage).noquote() << "Qt after the database failed:" << held.message;
        else
            qt_message_output(held.type, context, held.message);
    }
}

void QtMessageHold::toStorageLog()
{
    const QMutexLocker lock(&m_mutex);
    m_toLog = true;
}

void QtMessageHold::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QtMessageHold *hold = current;
    if (!hold)
        return;
    // The storage log's own messages (asked for by QT_LOGGING_RULES) pass at once, as do the grave ones.
    if (type == QtCriticalMsg || type == QtFatalMsg || qstrcmp(context.category, lcStorage().categoryName()) == 0) {
        // Qt's own handler is the one the outermost hold replaced (an inner hold's previous one
        // is this function again). Qt 6 hands out its default handler there, never null.
        const QtMessageHold *outermost = hold;
        while (outermost->m_outer)
            outermost = outermost->m_outer;
        if (outermost->m_previous)
            outermost->m_previous(type, context, message);
        return;
    }
    const QMutexLocker lock(&hold->m_mutex);
    hold->m_held.append({type, QByteArray(context.file), context.line, QByteArray(context.function), QByteArray(context.category), message});
}

} // namespace dd
