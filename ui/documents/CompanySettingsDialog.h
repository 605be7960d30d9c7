#pragma once

#include "customers/Customer.h"
#include "documents/CompanySettings.h"
#include "documents/DocumentKind.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTextBrowser;
class QUndoStack;

namespace dd {

class RichTextEditor;
class Session;

// The settings kept in the database, shared by everyone who opens it: the company details of the
// letterhead and the credit notes (SettingsRepository), and the letter templates, each editable
// with a preview and resettable to the built-in text (DocumentTemplates). A template is edited as
// formatted text with its fields insertable from a menu; it is stored as HTML with the {{…}}
// placeholders, which "Edit HTML" shows as such. Nothing is written before OK.
class CompanySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompanySettingsDialog(Session &session, QWidget *parent = nullptr);

    CompanySettings company() const;
    // Shows the template of `kind` in `language` in the editor.
    void showTemplate(DocumentKind kind, Language language);
    // The edited template's preview with example company and customer details.
    QString templatePreviewHtml() const;

    // Saves go on `stack`, and its Undo/Redo buttons take a saved change back (the fields follow).
    void setUndoStack(QUndoStack *stack);

    // Writes the company details and the changed templates; stays open and shows why when refused.
    void accept() override;

private:
    // Shows what is stored, dropping the edits not saved.
    void showStored();
    QWidget *createCompanyPage();
    QWidget *createTemplatesPage();
    void loadCompany(const CompanySettings &company);
    void templateChosen();
    void keepEditedTemplate();
    void updateTemplatePreview();
    void richTemplateEdited();
    void rawTemplateEdited();
    void resetTemplate();
    void chooseLogo();
    void showError(const QString &message);
    static QString key(DocumentKind kind, Language language);

    Session &m_session;
    QUndoStack *m_undo = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QString> m_edited; // key -> text, the templates changed in this dialog
    QSet<QString> m_reset;            // keys reset to the built-in text in this dialog
    QString m_shownKey;
    QString m_shownOriginal; // the shown template as loaded, to tell an edit

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_iban = nullptr;
    QLineEdit *m_bic = nullptr;
    QLineEdit *m_kvk = nullptr;
    QLineEdit *m_vatId = nullptr;
    QLineEdit *m_logo = nullptr;
    QLineEdit *m_prefix = nullptr;
    QSpinBox *m_paymentDays = nullptr;

    QComboBox *m_templateKind = nullptr;
    QComboBox *m_templateLanguage = nullptr;
    QLabel *m_templateState = nullptr;
    QPlainTextEdit *m_templateText = nullptr; // the stored HTML, shown under "Edit HTML"
    RichTextEditor *m_templateRich = nullptr;
    QCheckBox *m_templateRaw = nullptr;
    bool m_syncing = false; // one editor is being filled from the other
    QTextBrowser *m_templatePreview = nullptr;
    QLabel *m_templateUnknown = nullptr;
    QPushButton *m_templateReset = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace dd
