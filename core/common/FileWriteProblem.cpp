#include "FileWriteProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::FileWriteProblem", text);
}

// Less than this free means full in practice: a letter or credit note PDF is larger.
constexpr qint64 nearlyFull = 256 * 1024;
} // namespace

QString FileWriteProblem::describe(const QString &path, const QFileDevice &file)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const bool full = file.error() == QFileDevice::ResourceError
                      || (storage.isValid() && storage.isReady() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < nearlyFull);
    if (full)
        return tr("%1 cannot be written: the disk is full. Free some space and try again.").arg(shown);
    if (file.error() == QFileDevice::NoError)
        return tr("%1 cannot be written completely: the disk may be full or no longer there.").arg(shown);
    return tr("%1 cannot be written: %2").arg(shown, file.errorString());
}

} // namespace dd
