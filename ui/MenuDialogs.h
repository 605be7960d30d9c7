#pragma once

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace dd {

class CompanySettingsDialog;
class DatabaseCopyRunner;
class LegalCalculatorWindow;
class Session;

// The dialogs the main window's File ▸ Import, Settings, Tools and Help menus open on the open
// session: the program's settings (which also name the acting user), the CSV import, the legal
// tables, the exchange rates, the company details, the dispute rules, the legal calculator, About.
class MenuDialogs : public QObject
{
    Q_OBJECT
public:
    explicit MenuDialogs(QWidget *window);

    // The dialogs work on `session` from now on (nullptr: none open); the calculator, which
    // read the previous one's tables and cases, closes.
    void setSession(Session *session);

    void showSettings();
    void showImportWizard();
    void showLegalTables();
    void showExchangeRates();
    void showLegalCalculator();
    void showAbout();
    // Company details and letter templates (not modal, one at a time), and the dispute rules.
    void showCompanySettings();
    CompanySettingsDialog *companySettingsDialog() const;
    void showDisputeRules();
    // File ▸ Copy Database To…: asks where to, then copies on a worker thread (issue 20).
    void showCopyDatabase();
    // The saved changes of each settings dialog, to take back from that dialog; emptied when
    // another database is opened.
    QUndoStack *companySettingsUndo() const { return m_companyUndo; }
    QUndoStack *disputeRulesUndo() const { return m_rulesUndo; }
    QUndoStack *legalTablesUndo() const { return m_legalUndo; }
    // Before another database is opened or the window closes.
    void closeDialogs();

signals:
    // A note for the status bar.
    void statusMessage(const QString &text, int timeoutMs);
    void disputeRulesChanged();

private:
    QWidget *m_window;
    Session *m_session = nullptr;
    QPointer<LegalCalculatorWindow> m_legalCalculator;
    QPointer<CompanySettingsDialog> m_companySettings;
    QUndoStack *m_companyUndo;
    QUndoStack *m_rulesUndo;
    QUndoStack *m_legalUndo;
    DatabaseCopyRunner *m_databaseCopy;
};

} // namespace dd
