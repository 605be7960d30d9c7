#pragma once

#include "documents/CompanySettings.h"

#include <QString>

#include <optional>

namespace dd {

class Database;

// The settings kept in the database (table `settings`, key/value), so that every user of a shared
// file prints the same letterhead: the company details and the user's own letter templates.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &database);

    CompanySettings company() const;
    // The company's name alone, trimmed; empty while none is entered (the title page of a report).
    QString companyName() const;
    // Writes every field in one transaction. Throws ValidationError for an empty company name or
    // credit note prefix, or a prefix with characters other than letters, digits and '-'.
    void setCompany(const CompanySettings &company);

    std::optional<QString> value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    void remove(const QString &key);

private:
    Database &m_database;
};

} // namespace dd
