#include "DocumentFiles.h"

#include "cli/CliError.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace dd {

void DocumentFiles::write(const QString &command, const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        throw CliError(command + QStringLiteral(": ")
                           + QCoreApplication::translate("dd::DocumentFiles", "cannot write %1: %2").arg(path, file.errorString()),
                       CliError::Failure);
}

} // namespace dd
