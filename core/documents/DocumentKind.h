#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// The documents the engine renders: the case letters of the decision tree (DESIGN.md §3-4) and the
// credit note. The code is the template's file name and the contact log's letter kind.
enum class DocumentKind { Acknowledgement, Justified, Rejection, Arrangement, Goodwill, CreditNote };

class DocumentKinds
{
public:
    static QString code(DocumentKind kind);
    static std::optional<DocumentKind> fromCode(QStringView code);
    // The five letter kinds, as typed on the command line.
    static QStringList letterCodes();
};

} // namespace dd
