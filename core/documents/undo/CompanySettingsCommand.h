#pragma once

#include "documents/CompanySettingsService.h"
#include "session/StoredEditCommand.h"

#include <QList>

namespace dd {

class Session;

// Saves the company details and the document templates edited with them, for everyone using
// the database, in one transaction (CompanySettingsService); undo puts back the details and each
// of those templates as they were (the user's own text, or the built-in one).
class CompanySettingsCommand : public StoredEditCommand
{
public:
    // Reads the details and templates in force now, to put back on undo.
    CompanySettingsCommand(Session &session, const CompanySettings &company, const QList<TemplateChange> &templates);

private:
    void store(bool after) override;

    Session &m_session;
    const CompanySettings m_company;
    const QList<TemplateChange> m_templates;
    CompanySettings m_companyBefore;
    QList<TemplateChange> m_templatesBefore;
};

} // namespace dd
