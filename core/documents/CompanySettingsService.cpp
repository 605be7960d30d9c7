#include "CompanySettingsService.h"

#include "documents/DocumentTemplates.h"
#include "documents/SettingsRepository.h"
#include "storage/Transaction.h"

namespace dd {

CompanySettingsService::CompanySettingsService(Database &database)
    : m_database(database)
{
}

void CompanySettingsService::save(const CompanySettings &company, const QList<TemplateChange> &templates)
{
    // The repository's own transactions nest in this one: one commit, one announcement.
    Transaction transaction(m_database, DataChange::Settings);
    SettingsRepository(m_database).setCompany(company);
    DocumentTemplates documentTemplates(m_database);
    for (const TemplateChange &change : templates) {
        if (!change.text)
            documentTemplates.reset(change.kind, change.language);
        else if (*change.text != documentTemplates.text(change.kind, change.language))
            documentTemplates.customise(change.kind, change.language, *change.text);
    }
    transaction.commit();
}

} // namespace dd
