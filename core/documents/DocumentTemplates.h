#pragma once

#include "customers/Customer.h"
#include "documents/DocumentKind.h"

#include <QString>

namespace dd {

class Database;

// The HTML templates of the documents, one per kind and language. The built-in ones ship in
// resources/templates/<nl|en>/<kind>.html (read as :/templates/...); a user's own version, edited
// in the settings, is stored in the database and used instead until it is reset.
class DocumentTemplates
{
public:
    explicit DocumentTemplates(Database &database);

    // The template in use: the user's own, else the built-in one.
    QString text(DocumentKind kind, Language language) const;
    bool isCustomised(DocumentKind kind, Language language) const;
    void customise(DocumentKind kind, Language language, const QString &html);
    void reset(DocumentKind kind, Language language);

    static QString builtIn(DocumentKind kind, Language language);

private:
    static QString key(DocumentKind kind, Language language);
    Database &m_database;
};

} // namespace dd
