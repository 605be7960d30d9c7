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
    for (const Held &held : std::as_const(m_held)) {
        const QMessageLogContext context(held.file.constData(), held.line, held.function.constData(), held.category.constData());
        if (m_toLog)
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
        // Qt 6 hands out its default handler as the previous one, never null.
        if (hold->m_previous)
            hold->m_previous(type, context, message);
        return;
    }
    const QMutexLocker lock(&hold->m_mutex);
    hold->m_held.append({type, QByteArray(context.file), context.line, QByteArray(context.function), QByteArray(context.category), message});
}

} // namespace dd
