// Prints the MIME type that the shared-mime-info database gives each file named on the command
// line, by name and content together, as a file manager decides what opens it. The database is
// the one XDG_DATA_DIRS points to, so a test can point it at a freshly compiled one.

#include <QCoreApplication>
#include <QMimeDatabase>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QMimeDatabase mimeTypes;
    const QStringList files = QCoreApplication::arguments().mid(1);
    for (const QString &file : files)
        std::printf("%s\n", qPrintable(mimeTypes.mimeTypeForFile(file).name()));
    return files.isEmpty() ? 2 : 0;
}
