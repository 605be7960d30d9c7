#pragma once

#include "importers/ColumnMapping.h"
#include "importers/ImportReport.h"

#include <QWizard>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dd {

class ImportMappingPage;
class ImportResultPage;
class Session;

// Imports customers, invoices or payments from a CSV file (CsvImporter), or UBL invoices from a
// file or a folder (UblImporter), step by step: the file and what it holds; for CSV, which column
// holds which value (ImportMappingPage); a summary to confirm; the result (ImportResultPage).
// The import itself is the core's: one transaction, nothing written when a row is wrong unless
// "import the valid rows only" is ticked, every problem as file:line:column: reason; a progress
// dialog whose Cancel rolls it all back. `session` must outlive the wizard.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, ConfirmPage, ResultPage };

    explicit ImportWizard(Session &session, QWidget *parent = nullptr);

    // Preselects a file (tests, drag and drop).
    void setFile(const QString &path);
    // Preselects UBL invoices (File ▸ Import UBL) instead of a CSV kind.
    void setUbl(bool ubl);
    bool isUbl() const;
    int nextId() const override;
    ColumnMapping mapping() const;
    const ImportReport &report() const { return m_report; }

    // Asks for the file to write the mapping to (`save`) or to read one from, starting at
    // `suggested`; an empty path when the user cancels. A file dialog unless set: tests hand in
    // the file name a user would choose, as no dialog can be answered offscreen.
    using MappingFileChooser = std::function<QString(bool save, const QString &suggested)>;
    void setMappingFileChooser(MappingFileChooser chooser);
    // The mapping as the JSON file `disputedesk-cli import --mapping` reads; false (and the reason
    // on the mapping page) when it cannot be written.
    bool exportMapping(const QString &path);
    // Applies such a file to the columns; a file that cannot be read, is no mapping, is one for
    // another kind of file or names no column of this file changes nothing and says why.
    bool loadMapping(const QString &path);
    // How many rows the preview shows.
    static constexpr int previewRows = 5;

signals:
    // The import ran; `report.committed` tells whether anything was written.
    void imported(const dd::ImportReport &report);
    // The running import reached `done` of `total` steps (the progress dialog shows it).
    void progressed(qint64 done, qint64 total);

private:
    ImportKind kind() const;
    void updateSummary();
    void runImport();
    void chooseFile();
    void chooseFolder();
    void kindChanged();

    Session &m_session;
    ImportReport m_report;

    // File page.
    QLineEdit *m_file;
    QComboBox *m_kind;
    QPushButton *m_browseFolder;
    QLabel *m_fileMessage;

    ImportMappingPage *m_mappingPage;

    // Confirm page.
    QLabel *m_summary;
    QCheckBox *m_validRowsOnly;

    ImportResultPage *m_resultPage;
};

} // namespace dd
