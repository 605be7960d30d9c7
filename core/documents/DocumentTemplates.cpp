#include "DocumentTemplates.h"

#include "common/ValidationError.h"
#include "documents/SettingsRepository.h"

#include <QCoreApplication>
#include <QFile>

namespace dd {

DocumentTemplates::DocumentTemplates(Database &database)
    : m_database(database)
{
}

QString DocumentTemplates::key(DocumentKind kind, Language language)
{
    return QStringLiteral("template.%1.%2").arg(Customer::languageCode(language), DocumentKinds::code(kind));
}

QString DocumentTemplates::builtIn(DocumentKind kind, Language language)
{
    QFile file(QStringLiteral(":/templates/%1/%2.html").arg(Customer::languageCode(language), DocumentKinds::code(kind)));
    if (!file.open(QIODevice::ReadOnly))
        throw ValidationError(QCoreApplication::translate("dd::DocumentTemplates", "The built-in template %1 is missing.")
                                  .arg(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

QString DocumentTemplates::text(DocumentKind kind, Language language) const
{
    if (const auto own = SettingsRepository(m_database).value(key(kind, language)))
        return *own;
    return builtIn(kind, language);
}

bool DocumentTemplates::isCustomised(DocumentKind kind, Language language) const
{
    return SettingsRepository(m_database).value(key(kind, language)).has_value();
}

void DocumentTemplates::customise(DocumentKind kind, Language language, const QString &html)
{
    SettingsRepository(m_database).setValue(key(kind, language), html);
}

void DocumentTemplates::reset(DocumentKind kind, Language language)
{
    SettingsRepository(m_database).remove(key(kind, language));
}

} // namespace dd
