#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace dd {

// Holds what Qt itself reports (qWarning and the like) while a command runs, and hands it on to
// the handler before it (stderr in the binary) when the command is over, or sends it to the
// storage log instead when the command failed on the database (toStorageLog). A server that goes
// away mid-command leaves Qt's driver complaining once for every statement it can no longer free
// on the dead connection; the command's one line already says what happened, and stderr carries
// only that. Critical and fatal messages are not held.
class QtMessageHold
{
public:
    QtMessageHold();
    ~QtMessageHold();
    QtMessageHold(const QtMessageHold &) = delete;
    QtMessageHold &operator=(const QtMessageHold &) = delete;

    // What was held so far, and whatever comes until the hold ends, goes to the storage log.
    void toStorageLog();

private:
    struct Held
    {
        QtMsgType type;
        QByteArray file;
        int line;
        QByteArray function;
        QByteArray category;
        QString message;
    };

    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QtMessageHandler m_previous = nullptr;
    QtMessageHold *m_outer = nullptr; // a hold of an enclosing command, if any
    QMutex m_mutex; // a worker thread of the command (the bulk import's writer) may report too
    QList<Held> m_held;
    bool m_toLog = false;
};

} // namespace dd
