#include "CompanySettingsCommand.h"

#include "documents/DocumentTemplates.h"
#include "documents/SettingsRepository.h"
#include "session/Session.h"

#include <QCoreApplication>

namespace dd {

CompanySettingsCommand::CompanySettingsCommand(Session &session, const CompanySettings &company,
                                               const QList<TemplateChange> &templates)
    : StoredEditCommand(QCoreApplication::translate("dd::CompanySettingsCommand", "change the company details"))
    , m_session(session)
    , m_company(company)
    , m_templates(templates)
    , m_companyBefore(session.settingsRepository().company())
{
    DocumentTemplates &stored = session.documentTemplates();
    for (const TemplateChange &change : templates) {
        const bool own = stored.isCustomised(change.kind, change.language);
        m_templatesBefore.append({change.kind, change.language,
                                  own ? std::optional<QString>(stored.text(change.kind, change.language)) : std::nullopt});
    }
}

void CompanySettingsCommand::store(bool after)
{
    // The details and the templates are one save: all of it is stored, or none.
    m_session.companySettingsService().save(after ? m_company : m_companyBefore, after ? m_templates : m_templatesBefore);
}

} // namespace dd
