#pragma once

#include "importers/ColumnMapping.h"

#include <QStringList>

#include <optional>

namespace dd {

// Column mappings the user saved in the import wizard, one per source (the accounting package a
// file comes from) and kind, kept in the user's settings (QSettings "importMappings/<kind>":
// name -> the mapping's JSON, the same the command line reads with --mapping).
class SavedMappings
{
public:
    static QStringList names(ImportKind kind);
    static std::optional<ColumnMapping> load(ImportKind kind, const QString &name);
    // Saves under `name`, replacing a mapping of that name; the kind is the mapping's.
    static void save(const QString &name, const ColumnMapping &mapping);
    static void remove(ImportKind kind, const QString &name);
    // The saved mapping whose columns are all among `headers` (the one naming the most of them),
    // so that a file of a known source gets its mapping without asking; empty when none fits.
    static QString matching(ImportKind kind, const QStringList &headers);
};

} // namespace dd
