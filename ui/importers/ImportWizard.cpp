#include "importers/ImportWizard.h"

#include "common/Error.h"
#include "common/ScreenFit.h"
#include "session/Session.h"

#include "common/UiLocale.h"
#include "importers/CsvImporter.h"
#include "importers/ImportValues.h"
#include "importers/SavedMappings.h"
#include "importers/TextDecoding.h"
#include "importers/UblImporter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

#include <functional>
#include <limits>

namespace dd {

namespace {

// A page whose behaviour the wizard hands in, so that all state stays in one class.
class StepPage : public QWizardPage
{
public:
    std::function<void()> onInitialize;
    std::function<bool()> complete;
    std::function<bool()> validate;

    void initializePage() override
    {
        if (onInitialize)
            onInitialize();
    }
    bool isComplete() const override { return complete ? complete() : true; }
    bool validatePage() override { return validate ? validate() : true; }
    void changed() { emit completeChanged(); }
};

// The first bytes are enough for the headers and the preview; a million-row file is not read.
constexpr qint64 sampleBytes = 256 * 1024;

// The kind combo's entry for UBL invoices, next to the CSV kinds.
constexpr int ublKind = -1;

enum class ValueType { Text, Date, Amount, Quantity, VatRate };

ValueType typeOf(const QString &field)
{
    if (field == u"issue_date" || field == u"due_date" || field == u"date")
        return ValueType::Date;
    if (field == u"total_excl" || field == u"vat" || field == u"total_incl" || field == u"unit_price"
        || field == u"credit_limit" || field == u"amount")
        return ValueType::Amount;
    if (field == u"quantity")
        return ValueType::Quantity;
    if (field == u"vat_rate")
        return ValueType::VatRate;
    return ValueType::Text;
}

} // namespace

ImportWizard::ImportWizard(Session &session, QWidget *parent)
    : QWizard(parent)
    , m_database(session.database())
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);

    // 1. File and kind.
    auto *filePage = new StepPage;
    filePage->setObjectName(QStringLiteral("importFilePage"));
    filePage->setTitle(tr("File"));
    filePage->setSubTitle(tr("Choose a CSV file and say what it holds, or UBL invoices: one file or a folder of them."));
    auto *fileForm = new QFormLayout(filePage);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(filePage);
    m_file->setObjectName(QStringLiteral("importFile"));
    auto *browse = new QPushButton(tr("&Browse…"), filePage);
    browse->setObjectName(QStringLiteral("importBrowse"));
    m_browseFolder = new QPushButton(tr("F&older…"), filePage);
    m_browseFolder->setObjectName(QStringLiteral("importBrowseFolder"));
    m_browseFolder->setVisible(false);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(m_browseFolder);
    fileForm->addRow(tr("&File:"), fileRow);
    m_kind = new QComboBox(filePage);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("Invoices"), int(ImportKind::Invoices));
    m_kind->addItem(tr("Customers"), int(ImportKind::Customers));
    m_kind->addItem(tr("Payments"), int(ImportKind::Payments));
    m_kind->addItem(tr("UBL invoices (e-invoices, file or folder)"), ublKind);
    fileForm->addRow(tr("&Contents:"), m_kind);
    m_fileMessage = new QLabel(filePage);
    m_fileMessage->setObjectName(QStringLiteral("importFileMessage"));
    m_fileMessage->setWordWrap(true);
    fileForm->addRow(m_fileMessage);
    filePage->complete = [this] {
        const QFileInfo info(m_file->text().trimmed());
        return info.isFile() || (isUbl() && info.isDir());
    };
    filePage->validate = [this] { return isUbl() || readHeaders(); };
    connect(m_file, &QLineEdit::textChanged, filePage, &StepPage::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, filePage, &StepPage::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportWizard::kindChanged);
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(m_browseFolder, &QPushButton::clicked, this, &ImportWizard::chooseFolder);
    setPage(FilePage, filePage);

    // 2. Columns, with a preview of the first rows as read and as understood.
    auto *mappingPage = new StepPage;
    mappingPage->setObjectName(QStringLiteral("importMappingPage"));
    mappingPage->setTitle(tr("Columns"));
    mappingPage->setSubTitle(tr("Say which column holds which value. The preview shows the first rows as the "
                                "file has them and as they will be read."));
    auto *mappingLayout = new QVBoxLayout(mappingPage);
    auto *savedRow = new QHBoxLayout;
    auto *savedLabel = new QLabel(tr("&Source:"), mappingPage);
    m_mappingName = new QComboBox(mappingPage);
    m_mappingName->setObjectName(QStringLiteral("importMappingName"));
    m_mappingName->setEditable(true);
    m_mappingName->setInsertPolicy(QComboBox::NoInsert);
    m_mappingName->setMinimumContentsLength(24);
    m_mappingName->lineEdit()->setPlaceholderText(tr("e.g. the accounting package"));
    m_mappingName->setToolTip(tr("Where the file comes from. A saved mapping is chosen by itself for the next file "
                                 "with the same columns."));
    savedLabel->setBuddy(m_mappingName);
    m_saveMapping = new QPushButton(tr("Sa&ve Mapping"), mappingPage);
    m_saveMapping->setObjectName(QStringLiteral("importSaveMapping"));
    // The same JSON as the command line's --mapping, so a mapping made here serves scripted imports
    // and a colleague's mapping file can be taken over.
    auto *loadMappingButton = new QPushButton(tr("&Load Mapping…"), mappingPage);
    loadMappingButton->setObjectName(QStringLiteral("importLoadMapping"));
    loadMappingButton->setToolTip(tr("Take the columns from a mapping file (the JSON that disputedesk-cli import "
                                     "--mapping reads)."));
    auto *exportMappingButton = new QPushButton(tr("E&xport Mapping…"), mappingPage);
    exportMappingButton->setObjectName(QStringLiteral("importExportMapping"));
    exportMappingButton->setToolTip(tr("Write these columns to a mapping file for disputedesk-cli import --mapping."));
    savedRow->addWidget(savedLabel);
    savedRow->addWidget(m_mappingName);
    savedRow->addWidget(m_saveMapping);
    savedRow->addWidget(loadMappingButton);
    savedRow->addWidget(exportMappingButton);
    savedRow->addStretch();
    mappingLayout->addLayout(savedRow);
    m_mappingMessage = new QLabel(mappingPage);
    m_mappingMessage->setObjectName(QStringLiteral("importMappingMessage"));
    m_mappingMessage->setWordWrap(true);
    m_mappingMessage->setTextFormat(Qt::PlainText);
    m_mappingMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mappingMessage->setVisible(false);
    mappingLayout->addWidget(m_mappingMessage);
    connect(m_mappingName, &QComboBox::activated, this, &ImportWizard::loadSavedMapping);
    connect(m_saveMapping, &QPushButton::clicked, this, &ImportWizard::saveMapping);
    connect(loadMappingButton, &QPushButton::clicked, this, &ImportWizard::chooseAndLoadMapping);
    connect(exportMappingButton, &QPushButton::clicked, this, &ImportWizard::chooseAndExportMapping);
    connect(m_mappingName, &QComboBox::editTextChanged, this, [this](const QString &text) {
        m_saveMapping->setEnabled(!text.trimmed().isEmpty());
        // "Saved" was said of the previous name.
        m_saveMapping->setText(tr("Sa&ve Mapping"));
    });
    m_saveMapping->setEnabled(false);
    m_chooseMappingFile = [this](bool save, const QString &suggested) {
        const QString filter = tr("Column mappings (*.json);;All files (*)");
        return save ? QFileDialog::getSaveFileName(this, tr("Export Mapping"), suggested, filter)
                    : QFileDialog::getOpenFileName(this, tr("Load Mapping"), suggested, filter);
    };
    auto *mappingArea = new QScrollArea(mappingPage);
    mappingArea->setWidgetResizable(true);
    auto *mappingWidget = new QWidget(mappingArea);
    m_mappingForm = new QFormLayout(mappingWidget);
    mappingArea->setWidget(mappingWidget);
    mappingLayout->addWidget(mappingArea, 2);
    auto *formatRow = new QHBoxLayout;
    m_dateFormat = new QComboBox(mappingPage);
    m_dateFormat->setObjectName(QStringLiteral("importDateFormat"));
    m_dateFormat->addItem(tr("Dates: recognise"), int(DateFormat::Auto));
    m_dateFormat->addItem(QStringLiteral("YYYY-MM-DD"), int(DateFormat::Iso));
    m_dateFormat->addItem(QStringLiteral("DD-MM-YYYY"), int(DateFormat::DayMonthYearDash));
    m_dateFormat->addItem(QStringLiteral("DD/MM/YYYY"), int(DateFormat::DayMonthYearSlash));
    m_dateFormat->addItem(QStringLiteral("DD.MM.YYYY"), int(DateFormat::DayMonthYearDot));
    m_decimal = new QComboBox(mappingPage);
    m_decimal->setObjectName(QStringLiteral("importDecimal"));
    m_decimal->addItem(tr("Amounts: decimal comma (1.234,56)"), int(NumberStyle::Dutch));
    m_decimal->addItem(tr("Amounts: decimal point (1,234.56)"), int(NumberStyle::English));
    formatRow->addWidget(m_dateFormat);
    formatRow->addWidget(m_decimal);
    formatRow->addStretch();
    mappingLayout->addLayout(formatRow);
    m_preview = new QTableWidget(mappingPage);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mappingLayout->addWidget(m_preview, 3);
    mappingPage->onInitialize = [this] { rebuildMapping(); };
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportWizard::updatePreview);
    connect(m_decimal, &QComboBox::currentIndexChanged, this, &ImportWizard::updatePreview);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportWizard::mappingEdited);
    connect(m_decimal, &QComboBox::currentIndexChanged, this, &ImportWizard::mappingEdited);
    setPage(MappingPage, mappingPage);

    // 3. Confirm.
    auto *confirmPage = new StepPage;
    confirmPage->setObjectName(QStringLiteral("importConfirmPage"));
    confirmPage->setTitle(tr("Confirm"));
    confirmPage->setSubTitle(tr("The whole file is imported in one go; if any row is wrong nothing is written, "
                                "unless you import the valid rows only."));
    confirmPage->setButtonText(QWizard::NextButton, tr("&Import"));
    auto *confirmLayout = new QVBoxLayout(confirmPage);
    m_summary = new QLabel(confirmPage);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_validRowsOnly = new QCheckBox(tr("Import the &valid rows only (the others go to a .rejected.csv file)"),
                                    confirmPage);
    m_validRowsOnly->setObjectName(QStringLiteral("importValidRowsOnly"));
    confirmLayout->addWidget(m_summary);
    confirmLayout->addWidget(m_validRowsOnly);
    confirmLayout->addStretch();
    confirmPage->onInitialize = [this] { updateSummary(); };
    setPage(ConfirmPage, confirmPage);

    // 4. Result.
    auto *resultPage = new StepPage;
    resultPage->setObjectName(QStringLiteral("importResultPage"));
    resultPage->setTitle(tr("Result"));
    auto *resultLayout = new QVBoxLayout(resultPage);
    m_result = new QLabel(resultPage);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_errors = new QPlainTextEdit(resultPage);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setReadOnly(true);
    m_errors->setLineWrapMode(QPlainTextEdit::NoWrap);
    resultLayout->addWidget(m_result);
    resultLayout->addWidget(m_errors, 1);
    resultLayout->addStretch(); // keeps the summary at the top when there is no list of problems
    resultPage->onInitialize = [this] { runImport(); };
    resultPage->setFinalPage(true);
    setPage(ResultPage, resultPage);

    ScreenFit::resize(this, QSize(820, 620));
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(path);
}

void ImportWizard::setUbl(bool ubl)
{
    m_kind->setCurrentIndex(m_kind->findData(ubl ? ublKind : int(ImportKind::Invoices)));
}

bool ImportWizard::isUbl() const
{
    return m_kind->currentData().toInt() == ublKind;
}

int ImportWizard::nextId() const
{
    // UBL documents name their own fields: there are no columns to map.
    if (currentId() == FilePage && isUbl())
        return ConfirmPage;
    return QWizard::nextId();
}

ImportKind ImportWizard::kind() const
{
    return isUbl() ? ImportKind::Invoices : ImportKind(m_kind->currentData().toInt());
}

void ImportWizard::kindChanged()
{
    m_browseFolder->setVisible(isUbl());
    m_validRowsOnly->setVisible(!isUbl());
}

void ImportWizard::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Folder of UBL invoices"), m_file->text());
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportWizard::applyMapping(const ColumnMapping &mapping)
{
    const auto fields = ColumnMapping::fields(kind());
    for (int index = 0; index < m_columns.size() && index < fields.size(); ++index) {
        const QString header = mapping.headerFor(fields.at(index).name);
        int chosen = 0;
        for (int h = 0; h < m_headers.size() && !header.isEmpty(); ++h) {
            if (m_headers.at(h).compare(header, Qt::CaseInsensitive) == 0)
                chosen = h + 1;
        }
        m_columns.at(index)->setCurrentIndex(chosen);
    }
    if (mapping.dateFormat)
        m_dateFormat->setCurrentIndex(m_dateFormat->findData(int(*mapping.dateFormat)));
    if (mapping.numberStyle)
        m_decimal->setCurrentIndex(m_decimal->findData(int(*mapping.numberStyle)));
    updatePreview();
}

void ImportWizard::loadSavedMapping()
{
    if (const auto saved = SavedMappings::load(kind(), m_mappingName->currentText().trimmed()))
        applyMapping(*saved);
}

void ImportWizard::saveMapping()
{
    const QString name = m_mappingName->currentText().trimmed();
    if (name.isEmpty())
        return;
    SavedMappings::save(name, mapping());
    if (m_mappingName->findText(name) < 0)
        m_mappingName->addItem(name);
    m_mappingName->setCurrentText(name);
    m_saveMapping->setText(tr("Sa&ved"));
}

void ImportWizard::mappingEdited()
{
    m_saveMapping->setText(tr("Sa&ve Mapping"));
    showMappingMessage(QString(), false);
}

void ImportWizard::showMappingMessage(const QString &text, bool error)
{
    QPalette palette = m_mappingMessage->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x00, 0x20) : this->palette().color(QPalette::WindowText));
    m_mappingMessage->setPalette(palette);
    m_mappingMessage->setText(text);
    m_mappingMessage->setVisible(!text.isEmpty());
}

void ImportWizard::chooseAndExportMapping()
{
    const QString source = m_mappingName->currentText().trimmed();
    const QString name = (source.isEmpty() ? ColumnMapping::kindName(kind()) + QStringLiteral("-mapping") : source)
                         + QStringLiteral(".json");
    const QString path = m_chooseMappingFile(true, QFileInfo(m_file->text().trimmed()).dir().filePath(name));
    if (path.isEmpty())
        return;
    exportMapping(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".json") : path);
}

void ImportWizard::chooseAndLoadMapping()
{
    const QString path = m_chooseMappingFile(false, QFileInfo(m_file->text().trimmed()).absolutePath());
    if (!path.isEmpty())
        loadMapping(path);
}

bool ImportWizard::exportMapping(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(mapping().toJson()) < 0 || !file.commit()) {
        showMappingMessage(tr("%1 cannot be written: %2").arg(shown, file.errorString()), true);
        return false;
    }
    showMappingMessage(tr("Mapping written to %1.").arg(shown), false);
    return true;
}

bool ImportWizard::loadMapping(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto refuse = [&](const QString &problem) {
        showMappingMessage(tr("%1: %2. The columns are unchanged.").arg(shown, problem), true);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    QString why;
    auto loaded = ColumnMapping::fromJson(file.readAll(), &why);
    if (!loaded)
        return refuse(why);
    if (loaded->kind && *loaded->kind != kind())
        return refuse(tr("a mapping for %1, not for %2").arg(ColumnMapping::kindName(*loaded->kind), ColumnMapping::kindName(kind())));
    int found = 0;
    QStringList absent;
    for (const ImportField &field : ColumnMapping::fields(kind())) {
        const QString header = loaded->headerFor(field.name).trimmed();
        if (header.isEmpty())
            continue;
        if (m_headers.contains(header, Qt::CaseInsensitive))
            ++found;
        else if (header.compare(field.name, Qt::CaseInsensitive) != 0) // a default name may be absent
            absent << header;
    }
    // Applied anyway it would empty every column: most likely the mapping of another source.
    if (found == 0)
        return refuse(tr("the mapping names no column of this file"));
    // What the command line assumes when the file leaves these out.
    if (!loaded->dateFormat)
        loaded->dateFormat = DateFormat::Auto;
    if (!loaded->numberStyle)
        loaded->numberStyle = m_separator == u';' ? NumberStyle::Dutch : NumberStyle::English;
    applyMapping(*loaded);
    showMappingMessage(absent.isEmpty() ? tr("Mapping loaded from %1.").arg(shown)
                                        : tr("Mapping loaded from %1. Not in this file: %2.")
                                              .arg(shown, absent.join(QStringLiteral(", "))),
                       false);
    return true;
}

void ImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import file"), m_file->text(),
                                                      isUbl() ? tr("UBL invoices (*.xml);;All files (*)")
                                                              : tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

bool ImportWizard::readHeaders()
{
    const QString path = m_file->text().trimmed();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileMessage->setText(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(sampleBytes);
    const bool whole = file.atEnd();
    const DecodedText decoded = TextDecoding::decode(bytes);
    QString text = decoded.text;
    if (!whole) // cut after the last whole line
        text.truncate(text.lastIndexOf(u'\n') + 1);
    m_encoding = decoded.encoding;
    m_separator = CsvReader::detectSeparator(text);
    ImportIssue issue;
    auto records = CsvReader::parse(text, m_separator, QFileInfo(path).fileName(), &issue);
    if (!records || records->isEmpty()) {
        m_fileMessage->setText(records ? tr("%1 is empty.").arg(path) : issue.toString());
        return false;
    }
    m_headers = records->first().fields;
    for (QString &header : m_headers)
        header = header.trimmed();
    m_sample = records->mid(1, previewRows);
    m_fileMessage->clear();
    // Semicolon files come from Dutch Excel and write 1.234,56 (as the importer assumes).
    m_decimal->setCurrentIndex(m_decimal->findData(int(m_separator == u';' ? NumberStyle::Dutch : NumberStyle::English)));
    return true;
}

void ImportWizard::rebuildMapping()
{
    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    m_columns.clear();
    for (const ImportField &field : ColumnMapping::fields(kind())) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("importColumn_") + field.name);
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString &header : std::as_const(m_headers))
            combo->addItem(header, header);
        int chosen = 0;
        for (int index = 0; index < m_headers.size(); ++index) {
            if (m_headers.at(index).compare(field.name, Qt::CaseInsensitive) == 0)
                chosen = index + 1;
        }
        combo->setCurrentIndex(chosen);
        combo->setToolTip(field.description);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::updatePreview);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::mappingEdited);
        const QString label = field.required ? tr("%1 (required):").arg(field.name) : tr("%1:").arg(field.name);
        auto *labelWidget = new QLabel(label);
        labelWidget->setToolTip(field.description);
        labelWidget->setBuddy(combo);
        m_mappingForm->addRow(labelWidget, combo);
        m_columns << combo;
    }
    // A file of a source the user mapped before gets that mapping.
    m_mappingName->clear();
    m_mappingName->addItems(SavedMappings::names(kind()));
    const QString saved = SavedMappings::matching(kind(), m_headers);
    m_mappingName->setCurrentText(saved);
    m_saveMapping->setText(tr("Sa&ve Mapping"));
    showMappingMessage(QString(), false);
    if (const auto mapping = saved.isEmpty() ? std::nullopt : SavedMappings::load(kind(), saved))
        applyMapping(*mapping);
    else
        updatePreview();
}

ColumnMapping ImportWizard::mapping() const
{
    ColumnMapping mapping;
    mapping.kind = kind();
    const auto fields = ColumnMapping::fields(kind());
    for (int index = 0; index < m_columns.size() && index < fields.size(); ++index)
        mapping.setColumn(fields.at(index).name, m_columns.at(index)->currentData().toString());
    mapping.dateFormat = DateFormat(m_dateFormat->currentData().toInt());
    mapping.numberStyle = NumberStyle(m_decimal->currentData().toInt());
    return mapping;
}

void ImportWizard::updatePreview()
{
    const auto fields = ColumnMapping::fields(kind());
    const auto format = DateFormat(m_dateFormat->currentData().toInt());
    const auto style = NumberStyle(m_decimal->currentData().toInt());
    QList<int> shown; // field indexes that have a column
    QStringList headers;
    for (int index = 0; index < m_columns.size() && index < fields.size(); ++index) {
        if (!m_columns.at(index)->currentData().toString().isEmpty()) {
            shown << index;
            headers << fields.at(index).name;
        }
    }
    m_preview->clear();
    m_preview->setColumnCount(int(shown.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(m_sample.size()));
    QStringList lines;
    for (const CsvRecord &record : std::as_const(m_sample))
        lines << tr("line %1").arg(record.line);
    m_preview->setVerticalHeaderLabels(lines);
    for (int row = 0; row < m_sample.size(); ++row) {
        const CsvRecord &record = m_sample.at(row);
        for (int column = 0; column < shown.size(); ++column) {
            const ImportField &field = fields.at(shown.at(column));
            const qsizetype source = m_headers.indexOf(m_columns.at(shown.at(column))->currentData().toString());
            const QString raw = record.field(source).trimmed();
            QString parsed = raw;
            QString error;
            if (!raw.isEmpty()) {
                switch (typeOf(field.name)) {
                case ValueType::Date:
                    if (const auto date = ImportValues::date(raw, format, &error))
                        parsed = UiLocale::formatDate(*date);
                    break;
                case ValueType::Amount:
                    if (const auto amount = ImportValues::amount(raw, QStringLiteral("EUR"), style, &error))
                        parsed = UiLocale::formatMoney(*amount);
                    break;
                case ValueType::Quantity:
                    if (const auto quantity = ImportValues::scaled(raw, 3, &error))
                        parsed = UiLocale::locale().toString(double(*quantity) / 1000.0, 'g', 12);
                    break;
                case ValueType::VatRate:
                    if (const auto rate = ImportValues::vatRate(raw, &error))
                        parsed = UiLocale::locale().toString(double(*rate) / 100.0, 'g', 6) + QStringLiteral(" %");
                    break;
                case ValueType::Text:
                    break;
                }
            }
            auto *item = new QTableWidgetItem;
            if (!error.isEmpty()) {
                item->setText(tr("%1 ⚠ %2").arg(raw, error));
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            } else {
                item->setText(parsed == raw ? raw : tr("%1 → %2").arg(raw, parsed));
            }
            item->setToolTip(tr("as in the file: %1").arg(raw));
            m_preview->setItem(row, column, item);
        }
    }
}

void ImportWizard::updateSummary()
{
    if (isUbl()) {
        const QString path = m_file->text().trimmed();
        const QFileInfo info(path);
        const qsizetype documents = info.isDir() ? QDir(path).entryList({QStringLiteral("*.xml"), QStringLiteral("*.XML")}, QDir::Files).size() : 1;
        m_summary->setText(tr("%1: %2\nContents: UBL invoices (Peppol BIS Billing 3.0), %n document(s). Buyers are found by VAT "
                              "id or created; credit notes are recognised and left out.",
                              nullptr, int(documents))
                               .arg(info.isDir() ? tr("Folder") : tr("File"), QDir::toNativeSeparators(path)));
        return;
    }
    const auto fields = ColumnMapping::fields(kind());
    QStringList mapped;
    QStringList missing;
    for (int index = 0; index < m_columns.size() && index < fields.size(); ++index) {
        const QString header = m_columns.at(index)->currentData().toString();
        if (!header.isEmpty())
            mapped << tr("%1 ← %2").arg(fields.at(index).name, header);
        else if (fields.at(index).required)
            missing << fields.at(index).name;
    }
    QString text = tr("File: %1\nContents: %2\nEncoding: %3, separator \"%4\"\nColumns: %5")
                       .arg(QDir::toNativeSeparators(m_file->text().trimmed()), m_kind->currentText(), m_encoding,
                            m_separator == u'\t' ? tr("tab") : QString(m_separator), mapped.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        text += tr("\nRequired but not in the file: %1").arg(missing.join(QStringLiteral(", ")));
    m_summary->setText(text);
}

void ImportWizard::runImport()
{
    CsvImportOptions options;
    options.kind = kind();
    options.mapping = mapping();
    options.dateFormat = options.mapping.dateFormat;
    options.numberStyle = options.mapping.numberStyle;
    options.validRowsOnly = m_validRowsOnly->isChecked();

    const QString path = m_file->text().trimmed();
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setValue(0);
    // Called by the core every few hundred rows: setValue lets the dialog (and its Cancel) respond.
    const ImportProgress onProgress = [this, &progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        progress.setValue(int(std::min<qint64>(done, total)));
        emit progressed(done, total);
        return !progress.wasCanceled();
    };
    options.progress = onProgress;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_report = ImportReport();
    try {
        m_report = isUbl() ? UblImporter(m_database).importPath(path, onProgress) : CsvImporter(m_database).importFile(path, options);
    } catch (const Error &error) {
        m_report.errors << ImportIssue{path, 0, 0, error.message()};
    }
    QApplication::restoreOverrideCursor();
    progress.reset();

    QString text;
    if (m_report.cancelled) {
        text = tr("The import was cancelled: nothing was imported.");
    } else if (m_report.committed && isUbl()) {
        text = tr("Imported %n document(s): %1 new, %2 updated, %3 unchanged.", nullptr, int(m_report.rows))
                   .arg(m_report.created)
                   .arg(m_report.updated)
                   .arg(m_report.unchanged);
        if (m_report.skipped > 0)
            text += tr(" %n credit note(s) left out.", nullptr, int(m_report.skipped));
    } else if (m_report.committed) {
        text = tr("Imported %n row(s): %1 new, %2 updated, %3 unchanged.", nullptr, int(m_report.rows))
                   .arg(m_report.created)
                   .arg(m_report.updated)
                   .arg(m_report.unchanged);
        if (m_report.rejected > 0)
            text += tr(" %n row(s) left out, written to %1.", nullptr, int(m_report.rejected)).arg(m_report.rejectsFile);
    } else if (isUbl()) {
        text = tr("Nothing was imported: %n problem(s) found.", nullptr, int(m_report.errors.size()));
    } else {
        text = tr("Nothing was imported: %n problem(s) found. Correct the file, or go back and import the valid rows "
                  "only.",
                  nullptr, int(m_report.errors.size()));
    }
    if (!m_report.notes.isEmpty())
        text += u'\n' + m_report.notes.join(u'\n');
    m_result->setText(text);
    QStringList errors;
    for (const ImportIssue &issue : std::as_const(m_report.errors))
        errors << issue.toString();
    m_errors->setPlainText(errors.join(u'\n'));
    m_errors->setVisible(!errors.isEmpty());
    emit imported(m_report);
}

} // namespace dd
