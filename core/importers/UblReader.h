#pragma once

#include "importers/ImportIssue.h"
#include "importers/UblDocument.h"

#include <QByteArray>

#include <optional>

namespace dd {

// Reads a UBL 2.1 Invoice or CreditNote with QXmlStreamReader. Elements are recognised by their
// local names within the UBL structure, so extensions and unknown elements are passed over.
// Malformed XML, a document of another kind, or a missing number, date, currency or total gives
// nullopt and the issues, with line and column.
class UblReader
{
public:
    // Deeper nesting is refused: UBL needs about ten levels.
    static constexpr int maxDepth = 64;
    static std::optional<UblDocument> read(const QByteArray &bytes, const QString &fileName, ImportIssues *issues);
};

} // namespace dd
