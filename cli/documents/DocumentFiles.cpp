#include "DocumentFiles.h"

#include "cli/CliError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DocumentFiles", text);
}

CliError cannotWrite(const QString &command, const QString &path, const QString &why)
{
    return CliError(command + QStringLiteral(": ") + tr("cannot write %1: %2").arg(path, why), CliError::Failure);
}
} // namespace

void DocumentFiles::write(const QString &command, const QString &path, const QByteArray &content)
{
    const std::unique_ptr<QSaveFile> file = reserve(command, path);
    const QString error = finish(*file, content);
    if (!error.isEmpty())
        throw cannotWrite(command, path, error);
}

std::unique_ptr<QSaveFile> DocumentFiles::reserve(const QString &command, const QString &path)
{
    const QFileInfo info(path);
    // QSaveFile replaces whatever the name points to by renaming over it: a device or a pipe
    // (/dev/null, a named pipe a script reads) would be replaced by a plain file.
    if (info.exists() && !info.isFile())
        throw cannotWrite(command, path, tr("it is not a regular file"));
    if (!info.absoluteDir().exists())
        throw cannotWrite(command, path, tr("the folder %1 does not exist").arg(info.absolutePath()));
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        throw cannotWrite(command, path, file->errorString());
    return file;
}

QString DocumentFiles::finish(QSaveFile &file, const QByteArray &content)
{
    if (file.write(content) != content.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        file.commit(); // after cancelWriting() this only removes the temporary file
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return QString();
}

} // namespace dd
