#pragma once

#include "customers/Customer.h"
#include "documents/CompanySettings.h"
#include "documents/DocumentKind.h"

#include <QList>
#include <QString>

#include <optional>

namespace dd {

class Database;

// One template change made in the company settings: the user's own text, or (no text) back to the
// built-in one.
struct TemplateChange
{
    DocumentKind kind;
    Language language;
    std::optional<QString> text;
};

// Saves what the company settings dialog edits, the letterhead details and the letter templates,
// in one transaction: a refused detail or a failed write leaves every setting as it was, and the
// views hear of the change once.
class CompanySettingsService
{
public:
    explicit CompanySettingsService(Database &database);

    // Applies `templates` in their order; a text equal to the template in use is not stored, so an
    // untouched built-in stays built-in. Throws ValidationError for a refused detail
    // (SettingsRepository::setCompany), StorageError when a write fails; nothing is written then.
    void save(const CompanySettings &company, const QList<TemplateChange> &templates);

private:
    Database &m_database;
};

} // namespace dd
