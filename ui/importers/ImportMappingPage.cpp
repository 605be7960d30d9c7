#include "importers/ImportMappingPage.h"

#include "common/FileDialogs.h"
#include "common/UiLocale.h"
#include "importers/ImportValues.h"
#include "importers/ImportWizard.h"
#include "importers/SavedMappings.h"
#include "importers/TextDecoding.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

// The texts keep the wizard's translation context, where the catalogues have them.

namespace dd {

namespace {

// The first bytes are enough for the headers and the preview; a million-row file is not read.
constexpr qint64 sampleBytes = 256 * 1024;

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

ImportMappingPage::ImportMappingPage(std::function<ImportKind()> kind, QWidget *parent)
    : QWizardPage(parent)
    , m_kind(std::move(kind))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(ImportWizard::tr("Columns"));
    setSubTitle(ImportWizard::tr("Say which column holds which value. The preview shows the first rows as the "
                                 "file has them and as they will be read."));
    auto *mappingLayout = new QVBoxLayout(this);
    auto *savedRow = new QHBoxLayout;
    auto *savedLabel = new QLabel(ImportWizard::tr("&Source:"), this);
    m_mappingName = new QComboBox(this);
    m_mappingName->setObjectName(QStringLiteral("importMappingName"));
    m_mappingName->setEditable(true);
    m_mappingName->setInsertPolicy(QComboBox::NoInsert);
    m_mappingName->setMinimumContentsLength(24);
    m_mappingName->lineEdit()->setPlaceholderText(ImportWizard::tr("e.g. the accounting package"));
    m_mappingName->setToolTip(ImportWizard::tr("Where the file comes from. A saved mapping is chosen by itself for the next file "
                                               "with the same columns."));
    savedLabel->setBuddy(m_mappingName);
    m_saveMapping = new QPushButton(ImportWizard::tr("Sa&ve Mapping"), this);
    m_saveMapping->setObjectName(QStringLiteral("importSaveMapping"));
    // The same JSON as the command line's --mapping, so a mapping made here serves scripted imports
    // and a colleague's mapping file can be taken over.
    auto *loadMappingButton = new QPushButton(ImportWizard::tr("&Load Mapping…"), this);
    loadMappingButton->setObjectName(QStringLiteral("importLoadMapping"));
    loadMappingButton->setToolTip(ImportWizard::tr("Take the columns from a mapping file (the JSON that disputedesk-cli import "
                                                   "--mapping reads)."));
    auto *exportMappingButton = new QPushButton(ImportWizard::tr("E&xport Mapping…"), this);
    exportMappingButton->setObjectName(QStringLiteral("importExportMapping"));
    exportMappingButton->setToolTip(ImportWizard::tr("Write these columns to a mapping file for disputedesk-cli import --mapping."));
    savedRow->addWidget(savedLabel);
    savedRow->addWidget(m_mappingName);
    savedRow->addWidget(m_saveMapping);
    savedRow->addWidget(loadMappingButton);
    savedRow->addWidget(exportMappingButton);
    savedRow->addStretch();
    mappingLayout->addLayout(savedRow);
    m_mappingMessage = new QLabel(this);
    m_mappingMessage->setObjectName(QStringLiteral("importMappingMessage"));
    m_mappingMessage->setWordWrap(true);
    m_mappingMessage->setTextFormat(Qt::PlainText);
    m_mappingMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mappingMessage->setVisible(false);
    mappingLayout->addWidget(m_mappingMessage);
    connect(m_mappingName, &QComboBox::activated, this, &ImportMappingPage::loadSavedMapping);
    connect(m_saveMapping, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
    connect(loadMappingButton, &QPushButton::clicked, this, &ImportMappingPage::chooseAndLoadMapping);
    connect(exportMappingButton, &QPushButton::clicked, this, &ImportMappingPage::chooseAndExportMapping);
    connect(m_mappingName, &QComboBox::editTextChanged, this, [this](const QString &text) {
        m_saveMapping->setEnabled(!text.trimmed().isEmpty());
        // "Saved" was said of the previous name.
        m_saveMapping->setText(ImportWizard::tr("Sa&ve Mapping"));
    });
    m_saveMapping->setEnabled(false);
    m_chooseMappingFile = [this](bool save, const QString &suggested) {
        const QString filter = ImportWizard::tr("Column mappings (*.json);;All files (*)");
        return save ? FileDialogs::saveFileName(this, ImportWizard::tr("Export Mapping"), suggested, filter)
                    : FileDialogs::openFileName(this, ImportWizard::tr("Load Mapping"), suggested, filter);
    };
    auto *mappingArea = new QScrollArea(this);
    mappingArea->setWidgetResizable(true);
    auto *mappingWidget = new QWidget(mappingArea);
    m_mappingForm = new QFormLayout(mappingWidget);
    mappingArea->setWidget(mappingWidget);
    mappingLayout->addWidget(mappingArea, 2);
    auto *formatRow = new QHBoxLayout;
    m_dateFormat = new QComboBox(this);
    m_dateFormat->setObjectName(QStringLiteral("importDateFormat"));
    m_dateFormat->addItem(ImportWizard::tr("Dates: recognise"), int(DateFormat::Auto));
    m_dateFormat->addItem(ImportWizard::tr("YYYY-MM-DD"), int(DateFormat::Iso));
    m_dateFormat->addItem(ImportWizard::tr("DD-MM-YYYY"), int(DateFormat::DayMonthYearDash));
    m_dateFormat->addItem(ImportWizard::tr("DD/MM/YYYY"), int(DateFormat::DayMonthYearSlash));
    m_dateFormat->addItem(ImportWizard::tr("DD.MM.YYYY"), int(DateFormat::DayMonthYearDot));
    m_decimal = new QComboBox(this);
    m_decimal->setObjectName(QStringLiteral("importDecimal"));
    m_decimal->addItem(ImportWizard::tr("Amounts: decimal comma (1.234,56)"), int(NumberStyle::Dutch));
    m_decimal->addItem(ImportWizard::tr("Amounts: decimal point (1,234.56)"), int(NumberStyle::English));
    formatRow->addWidget(m_dateFormat);
    formatRow->addWidget(m_decimal);
    formatRow->addStretch();
    mappingLayout->addLayout(formatRow);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mappingLayout->addWidget(m_preview, 3);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updatePreview);
    connect(m_decimal, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updatePreview);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportMappingPage::mappingEdited);
    connect(m_decimal, &QComboBox::currentIndexChanged, this, &ImportMappingPage::mappingEdited);
}

void ImportMappingPage::initializePage()
{
    rebuildMapping();
}

void ImportMappingPage::applyMapping(const ColumnMapping &mapping)
{
    const auto fields = ColumnMapping::fields(m_kind());
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

void ImportMappingPage::loadSavedMapping()
{
    if (const auto saved = SavedMappings::load(m_kind(), m_mappingName->currentText().trimmed()))
        applyMapping(*saved);
}

void ImportMappingPage::saveMapping()
{
    const QString name = m_mappingName->currentText().trimmed();
    if (name.isEmpty())
        return;
    SavedMappings::save(name, mapping());
    if (m_mappingName->findText(name) < 0)
        m_mappingName->addItem(name);
    m_mappingName->setCurrentText(name);
    m_saveMapping->setText(ImportWizard::tr("Sa&ved"));
}

void ImportMappingPage::mappingEdited()
{
    m_saveMapping->setText(ImportWizard::tr("Sa&ve Mapping"));
    showMappingMessage(QString(), false);
}

void ImportMappingPage::showMappingMessage(const QString &text, bool error)
{
    QPalette palette = m_mappingMessage->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x00, 0x20) : this->palette().color(QPalette::WindowText));
    m_mappingMessage->setPalette(palette);
    m_mappingMessage->setText(text);
    m_mappingMessage->setVisible(!text.isEmpty());
}

void ImportMappingPage::chooseAndExportMapping()
{
    const QString source = m_mappingName->currentText().trimmed();
    const QString name = (source.isEmpty() ? ColumnMapping::kindName(m_kind()) + QStringLiteral("-mapping") : source)
                         + QStringLiteral(".json");
    const QString path = m_chooseMappingFile(true, QFileInfo(m_path).dir().filePath(name));
    if (path.isEmpty())
        return;
    exportMapping(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".json") : path);
}

void ImportMappingPage::chooseAndLoadMapping()
{
    const QString path = m_chooseMappingFile(false, QFileInfo(m_path).absolutePath());
    if (!path.isEmpty())
        loadMapping(path);
}

bool ImportMappingPage::exportMapping(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(mapping().toJson()) < 0 || !file.commit()) {
        showMappingMessage(ImportWizard::tr("%1 cannot be written: %2").arg(shown, file.errorString()), true);
        return false;
    }
    showMappingMessage(ImportWizard::tr("Mapping written to %1.").arg(shown), false);
    return true;
}

bool ImportMappingPage::loadMapping(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto refuse = [&](const QString &problem) {
        showMappingMessage(ImportWizard::tr("%1: %2. The columns are unchanged.").arg(shown, problem), true);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    QString why;
    auto loaded = ColumnMapping::fromJson(file.readAll(), &why);
    if (!loaded)
        return refuse(why);
    if (loaded->kind && *loaded->kind != m_kind())
        return refuse(ImportWizard::tr("a mapping for %1, not for %2")
                          .arg(ColumnMapping::kindName(*loaded->kind), ColumnMapping::kindName(m_kind())));
    int found = 0;
    QStringList absent;
    for (const ImportField &field : ColumnMapping::fields(m_kind())) {
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
        return refuse(ImportWizard::tr("the mapping names no column of this file"));
    // What the command line assumes when the file leaves these out.
    if (!loaded->dateFormat)
        loaded->dateFormat = DateFormat::Auto;
    if (!loaded->numberStyle)
        loaded->numberStyle = m_separator == u';' ? NumberStyle::Dutch : NumberStyle::English;
    applyMapping(*loaded);
    showMappingMessage(absent.isEmpty() ? ImportWizard::tr("Mapping loaded from %1.").arg(shown)
                                        : ImportWizard::tr("Mapping loaded from %1. Not in this file: %2.")
                                              .arg(shown, absent.join(QStringLiteral(", "))),
                       false);
    return true;
}

bool ImportMappingPage::readFile(const QString &path, QString *problem)
{
    m_path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = ImportWizard::tr("%1 cannot be read: %2").arg(path, file.errorString());
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
        *problem = records ? ImportWizard::tr("%1 is empty.").arg(path) : issue.toString();
        return false;
    }
    m_headers = records->first().fields;
    for (QString &header : m_headers)
        header = header.trimmed();
    m_sample = records->mid(1, ImportWizard::previewRows);
    problem->clear();
    // Semicolon files come from Dutch Excel and write 1.234,56 (as the importer assumes).
    m_decimal->setCurrentIndex(m_decimal->findData(int(m_separator == u';' ? NumberStyle::Dutch : NumberStyle::English)));
    return true;
}

void ImportMappingPage::rebuildMapping()
{
    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    m_columns.clear();
    for (const ImportField &field : ColumnMapping::fields(m_kind())) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("importColumn_") + field.name);
        combo->addItem(ImportWizard::tr("(not in the file)"), QString());
        for (const QString &header : std::as_const(m_headers))
            combo->addItem(header, header);
        int chosen = 0;
        for (int index = 0; index < m_headers.size(); ++index) {
            if (m_headers.at(index).compare(field.name, Qt::CaseInsensitive) == 0)
                chosen = index + 1;
        }
        combo->setCurrentIndex(chosen);
        combo->setToolTip(field.description);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updatePreview);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::mappingEdited);
        const QString label = field.required ? ImportWizard::tr("%1 (required):").arg(field.label) : ImportWizard::tr("%1:").arg(field.label);
        auto *labelWidget = new QLabel(label);
        labelWidget->setToolTip(field.description);
        labelWidget->setBuddy(combo);
        m_mappingForm->addRow(labelWidget, combo);
        m_columns << combo;
    }
    // A file of a source the user mapped before gets that mapping.
    m_mappingName->clear();
    m_mappingName->addItems(SavedMappings::names(m_kind()));
    const QString saved = SavedMappings::matching(m_kind(), m_headers);
    m_mappingName->setCurrentText(saved);
    m_saveMapping->setText(ImportWizard::tr("Sa&ve Mapping"));
    showMappingMessage(QString(), false);
    if (const auto mapping = saved.isEmpty() ? std::nullopt : SavedMappings::load(m_kind(), saved))
        applyMapping(*mapping);
    else
        updatePreview();
}

ColumnMapping ImportMappingPage::mapping() const
{
    ColumnMapping mapping;
    mapping.kind = m_kind();
    const auto fields = ColumnMapping::fields(m_kind());
    for (int index = 0; index < m_columns.size() && index < fields.size(); ++index)
        mapping.setColumn(fields.at(index).name, m_columns.at(index)->currentData().toString());
    mapping.dateFormat = DateFormat(m_dateFormat->currentData().toInt());
    mapping.numberStyle = NumberStyle(m_decimal->currentData().toInt());
    return mapping;
}

void ImportMappingPage::updatePreview()
{
    const auto fields = ColumnMapping::fields(m_kind());
    const auto format = DateFormat(m_dateFormat->currentData().toInt());
    const auto style = NumberStyle(m_decimal->currentData().toInt());
    QList<int> shown; // field indexes that have a column
    QStringList headers;
    for (int index = 0; index < m_columns.size() && index < fields.size(); ++index) {
        if (!m_columns.at(index)->currentData().toString().isEmpty()) {
            shown << index;
            headers << fields.at(index).label;
        }
    }
    m_preview->clear();
    m_preview->setColumnCount(int(shown.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(m_sample.size()));
    QStringList lines;
    for (const CsvRecord &record : std::as_const(m_sample))
        lines << ImportWizard::tr("line %1").arg(record.line);
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
                item->setText(ImportWizard::tr("%1 ⚠ %2").arg(raw, error));
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            } else {
                item->setText(parsed == raw ? raw : ImportWizard::tr("%1 → %2").arg(raw, parsed));
            }
            item->setToolTip(ImportWizard::tr("as in the file: %1").arg(raw));
            m_preview->setItem(row, column, item);
        }
    }
}

QStringList ImportMappingPage::chosenHeaders() const
{
    QStringList headers;
    for (const QComboBox *column : m_columns)
        headers << column->currentData().toString();
    return headers;
}

} // namespace dd
