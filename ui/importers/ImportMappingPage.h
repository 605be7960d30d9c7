#pragma once

#include "importers/ColumnMapping.h"
#include "importers/CsvReader.h"

#include <QStringList>
#include <QWizardPage>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {

// The import wizard's Columns page: which column of the CSV file holds which value, with the
// first rows as read and as understood, the mapping saved per source (SavedMappings) and chosen by
// itself for the next file with the same columns, and the JSON mapping file of
// `disputedesk-cli import --mapping` written or read.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    // `kind` says what the file holds, as chosen on the wizard's first page.
    explicit ImportMappingPage(std::function<ImportKind()> kind, QWidget *parent = nullptr);

    // Reads the headers and the first rows of the CSV file at `path`; false, with the reason in
    // `problem`, when it cannot be read or is empty.
    bool readFile(const QString &path, QString *problem);
    // Rebuilds the columns for the file and kind chosen.
    void initializePage() override;

    ColumnMapping mapping() const;
    // Per field of the kind, in order: the header chosen for it, empty when not in the file.
    QStringList chosenHeaders() const;
    const QString &encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }

    // See ImportWizard::setMappingFileChooser.
    using MappingFileChooser = std::function<QString(bool save, const QString &suggested)>;
    void setMappingFileChooser(MappingFileChooser chooser) { m_chooseMappingFile = std::move(chooser); }
    bool exportMapping(const QString &path);
    bool loadMapping(const QString &path);

private:
    void rebuildMapping();
    void updatePreview();
    void applyMapping(const ColumnMapping &mapping);
    void loadSavedMapping();
    void saveMapping();
    void chooseAndExportMapping();
    void chooseAndLoadMapping();
    void mappingEdited();
    void showMappingMessage(const QString &text, bool error);

    std::function<ImportKind()> m_kind;
    // The file as read.
    QString m_path;
    QStringList m_headers;
    QList<CsvRecord> m_sample;
    QChar m_separator = u',';
    QString m_encoding;

    QComboBox *m_mappingName;
    QPushButton *m_saveMapping;
    QLabel *m_mappingMessage;
    MappingFileChooser m_chooseMappingFile;
    QFormLayout *m_mappingForm;
    QList<QComboBox *> m_columns; // one per field of the kind
    QComboBox *m_dateFormat;
    QComboBox *m_decimal;
    QTableWidget *m_preview;
};

} // namespace dd
