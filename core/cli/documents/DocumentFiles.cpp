#include "DocumentFiles.h"

#include "cli/CliError.h"
#include "common/FileWriteProblem.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace dd {

void DocumentFiles::write(const QString &command, const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        throw CliError(command + QStringLiteral(": ")
                           + FileWriteProblem::describe(path, file),
                       CliError::Failure);
}

} // namespace dd
