#include "CompanySettingsDialog.h"

#include "RichTextEditor.h"
#include "common/ErrorLabel.h"
#include "common/FileDialogs.h"
#include "common/FormFields.h"
#include "common/SavedChangeButtons.h"
#include "common/ScreenFit.h"
#include "documents/undo/CompanySettingsCommand.h"
#include "session/Session.h"

#include "common/ValidationError.h"
#include "documents/CompanySettingsService.h"
#include "documents/DocumentFields.h"
#include "documents/DocumentTemplates.h"
#include "documents/SettingsRepository.h"
#include "documents/StandardFields.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QUndoStack>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dd {

namespace {
QString kindLabel(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Acknowledgement: return CompanySettingsDialog::tr("Acknowledgement");
    case DocumentKind::Justified: return CompanySettingsDialog::tr("You are right");
    case DocumentKind::Rejection: return CompanySettingsDialog::tr("Rejection");
    case DocumentKind::Arrangement: return CompanySettingsDialog::tr("Payment arrangement");
    case DocumentKind::Goodwill: return CompanySettingsDialog::tr("Goodwill");
    case DocumentKind::CreditNote: return CompanySettingsDialog::tr("Credit note");
    }
    return {};
}
} // namespace

CompanySettingsDialog::CompanySettingsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("companySettingsDialog"));
    setWindowTitle(tr("Company and Letters"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("companySettingsTabs"));
    m_tabs->addTab(createCompanyPage(), tr("&Company"));
    m_tabs->addTab(createTemplatesPage(), tr("&Templates"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("companyError"));
    ErrorLabel::setUp(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons = buttons;
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("companyOk"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("companyCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanySettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    showStored();
    ScreenFit::resize(this, QSize(980, 700));
}

void CompanySettingsDialog::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
    new SavedChangeButtons(m_buttons, stack);
    connect(stack, &QUndoStack::indexChanged, this, &CompanySettingsDialog::showStored);
}

void CompanySettingsDialog::showStored()
{
    try {
        loadCompany(m_session.settingsRepository().company());
    } catch (const StorageError &error) {
        showError(error.message());
    }
    m_edited.clear();
    m_reset.clear();
    m_shownKey.clear(); // what the editor shows now is no edit to keep
    templateChosen();
}

QWidget *CompanySettingsDialog::createCompanyPage()
{
    auto *page = new QWidget(this);
    m_name = FormFields::lineEdit(page, "companyName");
    m_street = FormFields::lineEdit(page, "companyStreet");
    m_postalCode = FormFields::lineEdit(page, "companyPostalCode");
    m_city = FormFields::lineEdit(page, "companyCity");
    m_country = FormFields::lineEdit(page, "companyCountry");
    m_country->setMaxLength(2);
    m_country->setToolTip(tr("Two letters (ISO 3166), e.g. NL"));
    m_email = FormFields::lineEdit(page, "companyEmail");
    m_phone = FormFields::lineEdit(page, "companyPhone");
    m_website = FormFields::lineEdit(page, "companyWebsite");
    m_iban = FormFields::lineEdit(page, "companyIban");
    m_bic = FormFields::lineEdit(page, "companyBic");
    m_kvk = FormFields::lineEdit(page, "companyKvk");
    m_vatId = FormFields::lineEdit(page, "companyVatId");
    m_vatId->setPlaceholderText(QStringLiteral("NL123456789B01"));
    m_logo = FormFields::lineEdit(page, "companyLogo");
    m_prefix = FormFields::lineEdit(page, "companyCreditNotePrefix");
    m_prefix->setToolTip(tr("Letters, digits and '-'; numbers read PREFIX-YEAR-NUMBER"));
    m_paymentDays = new QSpinBox(page);
    m_paymentDays->setObjectName(QStringLiteral("companyPaymentDays"));
    m_paymentDays->setRange(1, 90);
    m_paymentDays->setSuffix(tr(" days"));
    auto *browse = new QPushButton(tr("Br&owse…"), page);
    browse->setObjectName(QStringLiteral("companyLogoBrowse"));
    connect(browse, &QPushButton::clicked, this, &CompanySettingsDialog::chooseLogo);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Street:"), m_street);
    form->addRow(tr("&Postal code:"), m_postalCode);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("Co&untry:"), m_country);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&IBAN:"), m_iban);
    form->addRow(tr("&BIC:"), m_bic);
    form->addRow(tr("&KvK number:"), m_kvk);
    form->addRow(tr("&VAT number:"), m_vatId);
    form->addRow(tr("&Logo:"), logoRow);
    qobject_cast<QLabel *>(form->labelForField(logoRow))->setBuddy(m_logo); // a row of a layout gets no buddy: "&" showed
    form->addRow(tr("Credit note pre&fix:"), m_prefix);
    form->addRow(tr("Pa&yment term in letters:"), m_paymentDays);
    return page;
}

QWidget *CompanySettingsDialog::createTemplatesPage()
{
    auto *page = new QWidget(this);
    m_templateKind = new QComboBox(page);
    m_templateKind->setObjectName(QStringLiteral("templateKind"));
    for (DocumentKind kind : {DocumentKind::Acknowledgement, DocumentKind::Justified, DocumentKind::Rejection,
                              DocumentKind::Arrangement, DocumentKind::Goodwill, DocumentKind::CreditNote})
        m_templateKind->addItem(kindLabel(kind), int(kind));
    m_templateLanguage = new QComboBox(page);
    m_templateLanguage->setObjectName(QStringLiteral("templateLanguage"));
    m_templateLanguage->addItem(tr("Dutch"), int(Language::Dutch));
    m_templateLanguage->addItem(tr("English"), int(Language::English));
    m_templateState = new QLabel(page);
    m_templateState->setObjectName(QStringLiteral("templateState"));
    m_templateReset = new QPushButton(tr("&Reset to Built-in Text"), page);
    m_templateReset->setObjectName(QStringLiteral("templateReset"));
    m_templateText = new QPlainTextEdit(page);
    m_templateText->setObjectName(QStringLiteral("templateText"));
    m_templateText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_templateText->setVisible(false);
    m_templateRich = new RichTextEditor(page);
    m_templateRich->setObjectName(QStringLiteral("templateRich"));
    m_templateRaw = new QCheckBox(tr("Edit &HTML"), page);
    m_templateRaw->setObjectName(QStringLiteral("templateRawToggle"));
    m_templateRaw->setToolTip(tr("For the advanced: the template as the HTML that is stored, placeholders included"));
    m_templatePreview = new QTextBrowser(page);
    m_templatePreview->setObjectName(QStringLiteral("templatePreview"));
    m_templatePreview->setOpenLinks(false);
    m_templateUnknown = new QLabel(page);
    m_templateUnknown->setObjectName(QStringLiteral("templateUnknown"));
    m_templateUnknown->setTextFormat(Qt::PlainText);
    m_templateUnknown->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Document:"), page));
    top->addWidget(m_templateKind);
    top->addWidget(m_templateLanguage);
    top->addWidget(m_templateState, 1);
    top->addWidget(m_templateRaw);
    top->addWidget(m_templateReset);
    auto *editors = new QWidget(page);
    auto *editorsLayout = new QVBoxLayout(editors);
    editorsLayout->setContentsMargins(0, 0, 0, 0);
    editorsLayout->addWidget(m_templateRich);
    editorsLayout->addWidget(m_templateText);
    auto *splitter = new QSplitter(page);
    splitter->addWidget(editors);
    splitter->addWidget(m_templatePreview);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_templateUnknown);
    auto *help = new QLabel(tr("Fields such as {{company.name}} and {{customer.name}} are filled in when the letter is made: "
                               "put them in with Insert Field. The preview fills in the company above and an example customer."),
                            page);
    help->setWordWrap(true);
    layout->addWidget(help);

    connect(m_templateKind, &QComboBox::currentIndexChanged, this, &CompanySettingsDialog::templateChosen);
    connect(m_templateLanguage, &QComboBox::currentIndexChanged, this, &CompanySettingsDialog::templateChosen);
    connect(m_templateText, &QPlainTextEdit::textChanged, this, &CompanySettingsDialog::rawTemplateEdited);
    connect(m_templateRich, &RichTextEditor::textChanged, this, &CompanySettingsDialog::richTemplateEdited);
    connect(m_templateRaw, &QCheckBox::toggled, this, [this](bool raw) {
        m_templateText->setVisible(raw);
        m_templateRich->setVisible(!raw);
    });
    connect(m_templateReset, &QPushButton::clicked, this, &CompanySettingsDialog::resetTemplate);
    return page;
}

void CompanySettingsDialog::loadCompany(const CompanySettings &company)
{
    m_name->setText(company.name);
    m_street->setText(company.street);
    m_postalCode->setText(company.postalCode);
    m_city->setText(company.city);
    m_country->setText(company.country);
    m_email->setText(company.email);
    m_phone->setText(company.phone);
    m_website->setText(company.website);
    m_iban->setText(company.iban);
    m_bic->setText(company.bic);
    m_kvk->setText(company.kvk);
    m_vatId->setText(company.vatId);
    m_logo->setText(company.logoPath);
    m_prefix->setText(company.creditNotePrefix);
    m_paymentDays->setValue(company.letterPaymentDays);
}

CompanySettings CompanySettingsDialog::company() const
{
    CompanySettings company;
    company.name = m_name->text().trimmed();
    company.street = m_street->text().trimmed();
    company.postalCode = m_postalCode->text().trimmed();
    company.city = m_city->text().trimmed();
    company.country = m_country->text().trimmed().toUpper();
    company.email = m_email->text().trimmed();
    company.phone = m_phone->text().trimmed();
    company.website = m_website->text().trimmed();
    company.iban = m_iban->text().remove(QLatin1Char(' ')).toUpper();
    company.bic = m_bic->text().trimmed().toUpper();
    company.kvk = m_kvk->text().trimmed();
    company.vatId = m_vatId->text().remove(QLatin1Char(' ')).toUpper();
    company.logoPath = m_logo->text().trimmed();
    company.creditNotePrefix = m_prefix->text().trimmed();
    company.letterPaymentDays = m_paymentDays->value();
    return company;
}

QString CompanySettingsDialog::key(DocumentKind kind, Language language)
{
    return DocumentKinds::code(kind) + QLatin1Char('/') + Customer::languageCode(language);
}

void CompanySettingsDialog::showTemplate(DocumentKind kind, Language language)
{
    m_templateKind->setCurrentIndex(m_templateKind->findData(int(kind)));
    m_templateLanguage->setCurrentIndex(m_templateLanguage->findData(int(language)));
    m_tabs->setCurrentIndex(1);
}

void CompanySettingsDialog::keepEditedTemplate()
{
    if (m_shownKey.isEmpty())
        return;
    m_edited.insert(m_shownKey, m_templateText->toPlainText());
}

void CompanySettingsDialog::templateChosen()
{
    keepEditedTemplate();
    const auto kind = DocumentKind(m_templateKind->currentData().toInt());
    const auto language = Language(m_templateLanguage->currentData().toInt());
    const QString shown = key(kind, language);
    QList<QPair<QString, QString>> fields;
    for (const StandardFields::Field &field : StandardFields::fieldsFor(kind))
        fields.append({field.key, field.description});
    m_templateRich->setFields(fields);
    QString text;
    bool customised = false;
    try {
        const DocumentTemplates &templates = m_session.documentTemplates();
        customised = !m_reset.contains(shown) && templates.isCustomised(kind, language);
        text = m_edited.contains(shown) ? m_edited.value(shown)
               : m_reset.contains(shown) ? DocumentTemplates::builtIn(kind, language)
                                         : templates.text(kind, language);
    } catch (const StorageError &error) {
        showError(error.message());
    }
    m_shownKey.clear(); // setPlainText must not count as an edit of the previous template
    m_templateText->setPlainText(text);
    m_shownKey = shown;
    m_shownOriginal = text;
    m_templateState->setText(customised ? tr("Your own text") : tr("Built-in text"));
    updateTemplatePreview();
}

// The stored text is the HTML; the formatted editor writes it only when the user edits there, so
// that merely looking at a template does not rewrite it in Qt's own HTML.
void CompanySettingsDialog::richTemplateEdited()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_templateText->setPlainText(m_templateRich->html()); // the preview follows from there
    m_syncing = false;
}

void CompanySettingsDialog::rawTemplateEdited()
{
    if (!m_syncing) {
        m_syncing = true;
        m_templateRich->setHtml(m_templateText->toPlainText());
        m_syncing = false;
    }
    updateTemplatePreview();
}

void CompanySettingsDialog::updateTemplatePreview()
{
    DocumentFields fields;
    StandardFields::addCompany(fields, company());
    Customer example;
    example.name = tr("Example Customer B.V.");
    example.number = QStringLiteral("C-00042");
    example.street = tr("Example Street 1");
    example.postalCode = QStringLiteral("1234 AB");
    example.city = tr("Amsterdam");
    example.language = Language(m_templateLanguage->currentData().toInt());
    StandardFields::addCustomer(fields, example, tr("J. de Vries"));
    if (!m_shownKey.isEmpty() && m_templateText->toPlainText() != m_shownOriginal)
        m_templateState->setText(tr("Changed; saved on OK"));
    QStringList unknown;
    m_templatePreview->setHtml(fields.render(m_templateText->toPlainText(), &unknown));
    unknown.removeDuplicates();
    m_templateUnknown->setText(unknown.isEmpty()
                                   ? QString()
                                   : tr("Filled in from the case when the letter is made (or misspelt): %1")
                                         .arg(unknown.join(QStringLiteral(", "))));
}

QString CompanySettingsDialog::templatePreviewHtml() const
{
    return m_templatePreview->toHtml();
}

void CompanySettingsDialog::resetTemplate()
{
    const auto kind = DocumentKind(m_templateKind->currentData().toInt());
    const auto language = Language(m_templateLanguage->currentData().toInt());
    m_reset.insert(key(kind, language));
    m_edited.remove(key(kind, language));
    m_shownKey.clear();
    m_templateText->setPlainText(DocumentTemplates::builtIn(kind, language));
    m_shownKey = key(kind, language);
    m_shownOriginal = m_templateText->toPlainText();
    m_templateState->setText(tr("Built-in text"));
    updateTemplatePreview();
}

void CompanySettingsDialog::chooseLogo()
{
    const QString path = FileDialogs::openFileName(this, tr("Logo for the Letterhead"), m_logo->text(),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        m_logo->setText(path);
}

void CompanySettingsDialog::showError(const QString &message)
{
    ErrorLabel::show(m_error, message);
}

void CompanySettingsDialog::accept()
{
    keepEditedTemplate();
    try {
        // The resets first, then the texts: a template reset and edited again keeps the new text.
        QList<TemplateChange> templates;
        for (const QString &reset : std::as_const(m_reset)) {
            const auto kind = DocumentKinds::fromCode(reset.section(QLatin1Char('/'), 0, 0));
            const auto language = Customer::languageFromCode(reset.section(QLatin1Char('/'), 1, 1));
            if (kind && language)
                templates.append({*kind, *language, std::nullopt});
        }
        for (auto it = m_edited.cbegin(); it != m_edited.cend(); ++it) {
            const auto kind = DocumentKinds::fromCode(it.key().section(QLatin1Char('/'), 0, 0));
            const auto language = Customer::languageFromCode(it.key().section(QLatin1Char('/'), 1, 1));
            if (kind && language)
                templates.append({*kind, *language, it.value()});
        }
        auto command = std::make_unique<CompanySettingsCommand>(m_session, company(), templates);
        command->perform();
        if (m_undo)
            m_undo->push(command.release());
    } catch (const ValidationError &error) {
        m_tabs->setCurrentIndex(0);
        showError(error.message());
        return;
    } catch (const StorageError &error) {
        showError(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace dd
