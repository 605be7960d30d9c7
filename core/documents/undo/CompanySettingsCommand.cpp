#include "CompanySettingsCommand.h"

#include "documents/DocumentTemplates.h"
#include "documents/SettingsRepository.h"
#include "session/Session.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dd {

CompanySettingsCommand::CompanySettingsCommand(Session &session, const CompanySettings &company,
                                               const QList<TemplateText> &templates)
    : StoredEditCommand(QCoreApplication::translate("dd::CompanySettingsCommand", "change the company details"))
    , m_session(session)
    , m_company(company)
    , m_templates(templates)
    , m_companyBefore(SettingsRepository(session.database()).company())
{
    const DocumentTemplates stored(session.database());
    for (const TemplateText &text : templates) {
        const bool own = stored.isCustomised(text.kind, text.language);
        m_templatesBefore.append({text.kind, text.language,
                                  own ? std::optional<QString>(stored.text(text.kind, text.language)) : std::nullopt});
    }
}

void CompanySettingsCommand::store(bool after)
{
    Database &database = m_session.database();
    // The details and the templates are one save: all of it is stored, or none.
    Transaction transaction(database, DataChange::Settings);
    SettingsRepository(database).setCompany(after ? m_company : m_companyBefore);
    DocumentTemplates templates(database);
    for (const TemplateText &text : after ? m_templates : m_templatesBefore) {
        if (text.html)
            templates.customise(text.kind, text.language, *text.html);
        else
            templates.reset(text.kind, text.language);
    }
    transaction.commit();
}

} // namespace dd
