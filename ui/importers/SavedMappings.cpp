#include "importers/SavedMappings.h"

#include <QSettings>
#include <QVariantMap>

namespace dd {

namespace {
QString keyFor(ImportKind kind)
{
    return QStringLiteral("importMappings/") + ColumnMapping::kindName(kind);
}
} // namespace

QStringList SavedMappings::names(ImportKind kind)
{
    QStringList names = QSettings().value(keyFor(kind)).toMap().keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<ColumnMapping> SavedMappings::load(ImportKind kind, const QString &name)
{
    const QVariantMap saved = QSettings().value(keyFor(kind)).toMap();
    if (!saved.contains(name))
        return std::nullopt;
    auto mapping = ColumnMapping::fromJson(saved.value(name).toString().toUtf8(), nullptr);
    if (mapping && mapping->kind && *mapping->kind != kind)
        return std::nullopt;
    return mapping;
}

void SavedMappings::save(const QString &name, const ColumnMapping &mapping)
{
    const ImportKind kind = mapping.kind.value_or(ImportKind::Invoices);
    QSettings settings;
    QVariantMap saved = settings.value(keyFor(kind)).toMap();
    saved.insert(name, QString::fromUtf8(mapping.toJson()));
    settings.setValue(keyFor(kind), saved);
}

void SavedMappings::remove(ImportKind kind, const QString &name)
{
    QSettings settings;
    QVariantMap saved = settings.value(keyFor(kind)).toMap();
    saved.remove(name);
    settings.setValue(keyFor(kind), saved);
}

QString SavedMappings::matching(ImportKind kind, const QStringList &headers)
{
    QString best;
    int bestCount = 0;
    for (const QString &name : names(kind)) {
        const auto mapping = load(kind, name);
        if (!mapping)
            continue;
        int count = 0;
        bool fits = true;
        for (const ImportField &field : ColumnMapping::fields(kind)) {
            const QString header = mapping->headerFor(field.name);
            if (header.isEmpty())
                continue;
            if (headers.contains(header, Qt::CaseInsensitive))
                ++count;
            else if (field.required || header.compare(field.name, Qt::CaseInsensitive) != 0)
                fits = false; // a column the source has is not in this file
        }
        if (fits && count > bestCount) {
            best = name;
            bestCount = count;
        }
    }
    return best;
}

} // namespace dd
