#include "DocumentKind.h"

namespace dd {

QString DocumentKinds::code(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Acknowledgement:
        return QStringLiteral("acknowledgement");
    case DocumentKind::Justified:
        return QStringLiteral("justified");
    case DocumentKind::Rejection:
        return QStringLiteral("rejection");
    case DocumentKind::Arrangement:
        return QStringLiteral("arrangement");
    case DocumentKind::Goodwill:
        return QStringLiteral("goodwill");
    case DocumentKind::CreditNote:
        return QStringLiteral("creditnote");
    }
    return QString();
}

std::optional<DocumentKind> DocumentKinds::fromCode(QStringView code)
{
    for (DocumentKind kind : {DocumentKind::Acknowledgement, DocumentKind::Justified, DocumentKind::Rejection,
                              DocumentKind::Arrangement, DocumentKind::Goodwill, DocumentKind::CreditNote}) {
        if (code == DocumentKinds::code(kind))
            return kind;
    }
    return std::nullopt;
}

QStringList DocumentKinds::letterCodes()
{
    return {code(DocumentKind::Acknowledgement), code(DocumentKind::Justified), code(DocumentKind::Rejection),
            code(DocumentKind::Arrangement), code(DocumentKind::Goodwill)};
}

} // namespace dd
