#include "ReportCsvWriter.h"

#include "common/CsvField.h"
#include "common/ValidationError.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ReportCsvWriter", text);
}

QByteArray line(const QStringList &fields)
{
    return (CsvField::join(fields) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace

QStringList ReportCsvWriter::write(const ReportDocument &document, const QString &directory)
{
    if (!QDir().mkpath(directory))
        throw ValidationError(tr("Cannot create the folder %1").arg(directory));
    QStringList written;
    for (const ReportTable &table : document.tables) {
        const QString path = QDir(directory).filePath(table.id + QStringLiteral(".csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw ValidationError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        file.write(line(table.csvHeaders));
        for (const QStringList &row : table.csvRows)
            file.write(line(row));
        if (!file.commit())
            throw ValidationError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        written << path;
    }
    return written;
}

} // namespace dd
