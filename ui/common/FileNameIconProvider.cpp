#include "FileNameIconProvider.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dd {

QIcon FileNameIconProvider::icon(IconType type) const
{
    return QFileIconProvider::icon(type);
}

QIcon FileNameIconProvider::icon(const QFileInfo &info) const
{
    if (info.isRoot())
        return icon(Drive);
    return icon(info.isDir() ? Folder : File);
}

QString FileNameIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return QCoreApplication::translate("dd::FileNameIconProvider", "Folder");
    const QString suffix = info.suffix();
    return suffix.isEmpty() ? QCoreApplication::translate("dd::FileNameIconProvider", "File")
                            : QCoreApplication::translate("dd::FileNameIconProvider", "%1 file").arg(suffix.toUpper());
}

} // namespace dd
