#pragma once

#include "customers/Customer.h"
#include "documents/CompanySettings.h"

#include <QByteArray>
#include <QString>

namespace dd {

// Renders a document's HTML body to an A4 PDF: the company's letterhead (logo, name, address,
// contact) on top of every page, a footer with IBAN, KvK and VAT numbers and "Page n of m".
// Needs a QGuiApplication (fonts); the CLI and the document tests create one.
class PdfRenderer
{
public:
    static QByteArray render(const QString &bodyHtml, const CompanySettings &company, Language language,
                             const QString &title);
};

} // namespace dd
