#include "importers/ImportWizard.h"

#include "common/Error.h"
#include "common/FileDialogs.h"
#include "common/ScreenFit.h"
#include "session/Session.h"
#include "storage/StorageError.h"

#include "importers/CsvImporter.h"
#include "importers/ImportMappingPage.h"
#include "importers/ImportResultPage.h"
#include "importers/UblImporter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>

#include <functional>
#include <limits>

namespace dd {

namespace {

// A page whose behaviour the wizard hands in: the file and confirm pages, which read and show
// the wizard's own state.
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

// The kind combo's entry for UBL invoices, next to the CSV kinds.
constexpr int ublKind = -1;

} // namespace

ImportWizard::ImportWizard(Session &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
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
    qobject_cast<QLabel *>(fileForm->labelForField(fileRow))->setBuddy(m_file); // a row of a layout gets no buddy: "&" showed
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
    filePage->validate = [this] {
        if (isUbl())
            return true;
        QString problem;
        const bool read = m_mappingPage->readFile(m_file->text().trimmed(), &problem);
        m_fileMessage->setText(problem);
        return read;
    };
    connect(m_file, &QLineEdit::textChanged, filePage, &StepPage::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, filePage, &StepPage::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportWizard::kindChanged);
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(m_browseFolder, &QPushButton::clicked, this, &ImportWizard::chooseFolder);
    setPage(FilePage, filePage);

    // 2. Columns, with a preview of the first rows as read and as understood.
    m_mappingPage = new ImportMappingPage([this] { return kind(); });
    setPage(MappingPage, m_mappingPage);

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
    m_resultPage = new ImportResultPage;
    connect(m_resultPage, &ImportResultPage::entered, this, &ImportWizard::runImport);
    setPage(ResultPage, m_resultPage);

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
    const QString path = FileDialogs::existingDirectory(this, tr("Folder of UBL invoices"), m_file->text());
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportWizard::setMappingFileChooser(MappingFileChooser chooser)
{
    m_mappingPage->setMappingFileChooser(std::move(chooser));
}

ColumnMapping ImportWizard::mapping() const
{
    return m_mappingPage->mapping();
}

bool ImportWizard::exportMapping(const QString &path)
{
    return m_mappingPage->exportMapping(path);
}

bool ImportWizard::loadMapping(const QString &path)
{
    return m_mappingPage->loadMapping(path);
}

void ImportWizard::chooseFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Import file"), m_file->text(),
                                                      isUbl() ? tr("UBL invoices (*.xml);;All files (*)")
                                                              : tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
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
    const QStringList chosen = m_mappingPage->chosenHeaders();
    QStringList mapped;
    QStringList missing;
    for (int index = 0; index < chosen.size() && index < fields.size(); ++index) {
        const QString &header = chosen.at(index);
        if (!header.isEmpty())
            mapped << tr("%1 ← %2").arg(fields.at(index).label, header);
        else if (fields.at(index).required)
            missing << fields.at(index).label;
    }
    QString text = tr("File: %1\nContents: %2\nEncoding: %3, separator \"%4\"\nColumns: %5")
                       .arg(QDir::toNativeSeparators(m_file->text().trimmed()), m_kind->currentText(), m_mappingPage->encoding(),
                            m_mappingPage->separator() == u'\t' ? tr("tab") : QString(m_mappingPage->separator()),
                            mapped.join(QStringLiteral(", ")));
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
    QString databaseFailure;
    try {
        m_report = isUbl() ? m_session.ublImporter().importPath(path, onProgress) : m_session.csvImporter().importFile(path, options);
    } catch (const Error &error) {
        if (dynamic_cast<const StorageError *>(&error))
            databaseFailure = error.message();
        m_report.errors << ImportIssue{path, 0, 0, error.message()};
    }
    QApplication::restoreOverrideCursor();
    progress.reset();

    if (databaseFailure.isEmpty())
        m_resultPage->showReport(m_report, isUbl());
    else
        m_resultPage->showDatabaseFailure(databaseFailure);
    emit imported(m_report);
}

} // namespace dd
