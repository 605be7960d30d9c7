#include "FileDialogs.h"

#include "FileNameIconProvider.h"

#include <QFileDialog>

namespace dd {

namespace {

QStringList answer(QFileDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

QString first(const QStringList &files)
{
    return files.isEmpty() ? QString() : files.first();
}

} // namespace

std::unique_ptr<QFileDialog> FileDialogs::create(QWidget *parent, const QString &caption, const QString &directory,
                                                 const QString &filter)
{
    auto dialog = std::make_unique<QFileDialog>(parent, caption, directory, filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    // One provider for every dialog: it holds no state, and the dialogs do not own it.
    static FileNameIconProvider provider;
    dialog->setIconProvider(&provider);
    return dialog;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    const auto dialog = create(parent, caption, directory, filter);
    dialog->setFileMode(QFileDialog::ExistingFile);
    return first(answer(*dialog));
}

QStringList FileDialogs::openFileNames(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    const auto dialog = create(parent, caption, directory, filter);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    return answer(*dialog);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    const auto dialog = create(parent, caption, directory, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    return first(answer(*dialog));
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    const auto dialog = create(parent, caption, directory, QString());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    return first(answer(*dialog));
}

} // namespace dd
