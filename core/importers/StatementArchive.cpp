#include "StatementArchive.h"

#include <QCoreApplication>

#include <zip.h>

#include <memory>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::StatementArchive", text);
}

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
} // namespace

bool StatementArchive::recognises(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04")) || bytes.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

std::optional<QList<ArchivedFile>> StatementArchive::files(const QByteArray &bytes, const QString &fileName, ImportIssues *issues)
{
    auto refuse = [&](const QString &where, const QString &reason) -> std::optional<QList<ArchivedFile>> {
        if (issues)
            issues->append({where, 0, 0, reason});
        return std::nullopt;
    };
    zip_error_t error;
    zip_error_init(&error);
    // The buffer is not copied: `bytes` outlives the archive, which is discarded before returning.
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return refuse(fileName, tr("cannot be read as a .zip: %1").arg(reason));
    }
    std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        zip_source_free(source);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return refuse(fileName, tr("not a readable .zip archive: %1").arg(reason));
    }
    zip_error_fini(&error);

    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count > maxFiles)
        return refuse(fileName, tr("holds %1 files; at most %2 are read").arg(count).arg(maxFiles));
    QList<ArchivedFile> result;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME))
            return refuse(fileName, tr("file %1 in the archive cannot be read: %2").arg(i + 1).arg(QString::fromUtf8(zip_strerror(archive.get()))));
        const QString name = QString::fromUtf8(stat.name);
        if (name.endsWith(u'/') || name.startsWith(QStringLiteral("__MACOSX/")))
            continue;
        const QString where = fileName + u'/' + name;
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(maxFileBytes))
            return refuse(where, tr("is %1 bytes unpacked; at most %2 are read").arg(stat.size).arg(maxFileBytes));
        std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive.get(), zip_uint64_t(i), 0));
        if (!file)
            return refuse(where, tr("cannot be unpacked: %1").arg(QString::fromUtf8(zip_strerror(archive.get()))));
        // Read to the end even past the stated size: the size in the archive may lie, the
        // limits may not, and libzip checks the CRC only at the end.
        QByteArray data;
        char buffer[65536];
        for (;;) {
            const zip_int64_t read = zip_fread(file.get(), buffer, sizeof buffer);
            if (read < 0)
                return refuse(where, tr("cannot be unpacked: %1").arg(QString::fromUtf8(zip_file_strerror(file.get()))));
            if (read == 0)
                break;
            data.append(buffer, qsizetype(read));
            if (data.size() > maxFileBytes || total + data.size() > maxTotalBytes)
                return refuse(where, tr("unpacks to more than %1 bytes; the archive is not read").arg(data.size() > maxFileBytes ? maxFileBytes : maxTotalBytes));
        }
        total += data.size();
        result.append({name, data});
    }
    return result;
}

} // namespace dd
