#pragma once

#include <QFileIconProvider>

namespace dd {

// Icons and type names for a file dialog judged by the name alone, never by reading the file
// (see FileDialogs for why): a folder, or a file of its suffix.
class FileNameIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;
};

} // namespace dd
