#pragma once

#include "customers/Customer.h"
#include "documents/CompanySettings.h"
#include "documents/DocumentKind.h"
#include "session/StoredEditCommand.h"

#include <QList>

#include <optional>

namespace dd {

class Session;

// Saves the company details and the document templates edited with them, for everyone using
// the database, in one transaction; undo puts back the details and each of those templates as
// they were (the user's own text, or the built-in one).
class CompanySettingsCommand : public StoredEditCommand
{
public:
    // One template the save changes: the user's own text, or std::nullopt for the built-in one.
    struct TemplateText
    {
        DocumentKind kind;
        Language language;
        std::optional<QString> html;
    };

    // Reads the details and templates in force now, to put back on undo.
    CompanySettingsCommand(Session &session, const CompanySettings &company, const QList<TemplateText> &templates);

private:
    void store(bool after) override;

    Session &m_session;
    const CompanySettings m_company;
    const QList<TemplateText> m_templates;
    CompanySettings m_companyBefore;
    QList<TemplateText> m_templatesBefore;
};

} // namespace dd
