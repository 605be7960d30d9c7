#include "MenuDialogs.h"

#include "MainWindow.h"
#include "database/CopyDatabaseDialog.h"
#include "database/DatabaseCopyRunner.h"
#include "disputes/DisputeRulesDialog.h"
#include "documents/CompanySettingsDialog.h"
#include "exchangerates/ExchangeRatesDialog.h"
#include "importers/ImportWizard.h"
#include "legal/LegalCalculatorWindow.h"
#include "legal/LegalTablesDialog.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QMessageBox>
#include <QUndoStack>

#ifndef DISPUTEDESK_VERSION
#define DISPUTEDESK_VERSION "0.0"
#endif

namespace dd {

// The texts are translated under the main window's context, where the catalogues have them.
MenuDialogs::MenuDialogs(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_companyUndo(new QUndoStack(this))
    , m_rulesUndo(new QUndoStack(this))
    , m_legalUndo(new QUndoStack(this))
    , m_databaseCopy(new DatabaseCopyRunner(window))
{
    m_companyUndo->setObjectName(QStringLiteral("companySettingsUndoStack"));
    m_rulesUndo->setObjectName(QStringLiteral("disputeRulesUndoStack"));
    m_legalUndo->setObjectName(QStringLiteral("legalTablesUndoStack"));
}

void MenuDialogs::setSession(Session *session)
{
    if (session != m_session) {
        delete m_legalCalculator.data();
        // Another database's settings are not these steps' to take back.
        m_companyUndo->clear();
        m_rulesUndo->clear();
        m_legalUndo->clear();
    }
    m_session = session;
}

void MenuDialogs::showSettings()
{
    SettingsDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.displayNameChanged() && m_session)
        m_session->setActingUser(AppSettings::displayName());
    if (dialog.languageChanged())
        emit statusMessage(MainWindow::tr("The new language takes effect when DisputeDesk is started again."), 8000);
}

void MenuDialogs::showImportWizard()
{
    if (!m_session)
        return;
    // The lists hear of what was imported from the session.
    ImportWizard wizard(*m_session, m_window);
    wizard.exec();
}

void MenuDialogs::showLegalTables()
{
    if (!m_session)
        return;
    LegalTablesDialog dialog(m_session, m_window);
    dialog.setUndoStack(m_legalUndo);
    dialog.exec();
}

void MenuDialogs::showExchangeRates()
{
    if (!m_session)
        return;
    ExchangeRatesDialog dialog(*m_session, m_window);
    dialog.exec();
}

void MenuDialogs::showLegalCalculator()
{
    if (!m_legalCalculator)
        m_legalCalculator = new LegalCalculatorWindow(m_session, m_window);
    m_legalCalculator->show();
    m_legalCalculator->raise();
    m_legalCalculator->activateWindow();
}

void MenuDialogs::showCompanySettings()
{
    if (!m_session)
        return;
    if (m_companySettings) {
        m_companySettings->raise();
        m_companySettings->activateWindow();
        return;
    }
    auto *dialog = new CompanySettingsDialog(*m_session, m_window);
    dialog->setUndoStack(m_companyUndo);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_companySettings = dialog;
    dialog->show();
}

CompanySettingsDialog *MenuDialogs::companySettingsDialog() const
{
    return m_companySettings.data();
}

void MenuDialogs::showDisputeRules()
{
    if (!m_session)
        return;
    DisputeRulesDialog dialog(*m_session, m_window);
    dialog.setUndoStack(m_rulesUndo);
    if (dialog.exec() == QDialog::Accepted)
        emit disputeRulesChanged();
}

void MenuDialogs::showCopyDatabase()
{
    if (!m_session || m_databaseCopy->isRunning())
        return;
    CopyDatabaseDialog dialog(m_session->location(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_databaseCopy->start(m_session->location(), dialog.target());
}

void MenuDialogs::closeDialogs()
{
    if (m_companySettings)
        m_companySettings->close();
}

void MenuDialogs::showAbout()
{
    QMessageBox::about(
        m_window, MainWindow::tr("About DisputeDesk"),
        MainWindow::tr("<h3>DisputeDesk %1</h3>"
                       "<p>Credit control for the invoices customers do not pay because they disagree: "
                       "invoices, payments, aged receivables and, step by step, every dispute to its end.</p>"
                       "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(DISPUTEDESK_VERSION)));
}

} // namespace dd
