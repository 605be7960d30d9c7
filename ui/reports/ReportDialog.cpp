#include "ReportDialog.h"

#include "common/DatabaseWorkers.h"
#include "common/Error.h"
#include "common/FileDialogs.h"
#include "common/ScreenFit.h"
#include "session/Session.h"

#include "ReportPreview.h"
#include "calendar/IsoDate.h"
#include "common/DateEdits.h"
#include "common/UiLocale.h"
#include "common/ValidationError.h"
#include "documents/SettingsRepository.h"
#include "reports/DisputeReport.h"
#include "reports/ReceivablesReport.h"
#include "reports/ReportDocuments.h"
#include "reports/ReportLocale.h"
#include "reports/ReportPdfWriter.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dd {

namespace {
QDateEdit *makeDateEdit(const QDate &date, const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    DateEdits::limitToAcceptedRange(edit);
    edit->setDisplayFormat(UiLocale::languageCode() == u"nl" ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy"));
    return edit;
}
} // namespace

ReportDialog::ReportDialog(Session &session, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_to(makeDateEdit(session.asOf(), QStringLiteral("reportTo"), this))
    , m_language(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_update(new QPushButton(tr("&Update Preview"), this))
    , m_save(new QPushButton(tr("&Save as PDF…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
{
    setObjectName(kind == Kind::Disputes ? QStringLiteral("disputeReportDialog") : QStringLiteral("agingReportDialog"));
    setWindowTitle(kind == Kind::Disputes ? tr("Dispute Report") : tr("Aged Receivables Report"));
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(UiLocale::languageCode() == u"nl" ? QStringLiteral("nl") : QStringLiteral("en")));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Report preview"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setOpenExternalLinks(true);
    m_save->setObjectName(QStringLiteral("reportSave"));
    m_print->setObjectName(QStringLiteral("reportPrint"));
    m_update->setObjectName(QStringLiteral("reportUpdate"));
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0); // how long the queries take is not known: a moving bar
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_busy->sizeHint().height() * 2 / 3);
    m_busy->hide();

    auto *top = new QHBoxLayout;
    if (kind == Kind::Disputes) {
        // The last full calendar year up to the date is what management asks for most.
        m_from = makeDateEdit(session.asOf().addYears(-1).addDays(1), QStringLiteral("reportFrom"), this);
        auto *fromLabel = new QLabel(tr("&From:"), this);
        fromLabel->setBuddy(m_from);
        top->addWidget(fromLabel);
        top->addWidget(m_from);
        auto *toLabel = new QLabel(tr("&To:"), this);
        toLabel->setBuddy(m_to);
        top->addWidget(toLabel);
    } else {
        auto *asOfLabel = new QLabel(tr("&As of:"), this);
        asOfLabel->setBuddy(m_to);
        top->addWidget(asOfLabel);
    }
    top->addWidget(m_to);
    top->addSpacing(12);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    top->addWidget(languageLabel);
    top->addWidget(m_language);
    top->addWidget(m_update);
    top->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    const auto stale = [this] {
        ++m_changes;
        m_current = false;
        m_status->setText(tr("The preview is out of date: press Update Preview."));
    };
    if (m_from)
        connect(m_from, &QDateEdit::dateChanged, this, stale);
    connect(m_to, &QDateEdit::dateChanged, this, stale);
    connect(m_language, &QComboBox::currentIndexChanged, this, stale);
    connect(m_update, &QPushButton::clicked, this, &ReportDialog::updatePreview);
    connect(&m_watcher, &QFutureWatcher<Computed>::finished, this, &ReportDialog::computed);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::chooseFileAndSave);
    connect(m_print, &QPushButton::clicked, this, &ReportDialog::choosePrinterAndPrint);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ScreenFit::resize(this, QSize(900, 760));
}

void ReportDialog::setPeriod(const QDate &from, const QDate &to)
{
    if (m_from)
        m_from->setDate(from);
    m_to->setDate(to);
}

void ReportDialog::setLanguageCode(const QString &code)
{
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void ReportDialog::updatePreview()
{
    const Language language = m_language->currentData().toString() == u"nl" ? Language::Dutch : Language::English;
    const QString company = m_session.settingsRepository().value(QStringLiteral("company.name")).value_or(QString()).trimmed();
    const QString shownCompany = company.isEmpty() ? QStringLiteral("DisputeDesk") : company;
    const Kind kind = m_kind;
    const QDate from = m_from ? m_from->date() : QDate();
    const QDate to = m_to->date();
    setBusy(true);
    m_requestedAt = m_changes;
    m_status->setText(tr("Calculating the report…"));
    // Everything the worker needs is copied into it; the watcher follows only the newest request,
    // and the dialog waits for every worker it started when it closes (WorkerFutures).
    m_watcher.setFuture(m_workers.add(QtConcurrent::run(DatabaseWorkers::pool(), [path = m_session.location(), kind, from, to, language, shownCompany] {
        Computed result;
        try {
            const auto reader = Session::open(path, Session::Access::ReadOnly);
            const ReportLocale locale(language);
            const Date end = IsoDate::fromQDate(to);
            if (kind == Kind::Disputes)
                result.document = ReportDocuments::disputes(reader->disputeReport().compute(IsoDate::fromQDate(from), end, end),
                                                            locale, shownCompany);
            else
                result.document = ReportDocuments::receivables(reader->receivablesReport().compute(end), locale, shownCompany);
        } catch (const Error &error) {
            result.error = error.message();
        }
        return result;
    })));
}

void ReportDialog::computed()
{
    // Taken by waitForPreview() already, or the signal of a request superseded since.
    if (!m_pending || !m_watcher.isFinished())
        return;
    const Computed result = m_watcher.result();
    setBusy(false);
    if (!result.error.isEmpty()) {
        m_preview->clear();
        m_current = false;
        fail(result.error);
        emit previewReady(false);
        return;
    }
    m_document = result.document;
    ReportPreview::fill(m_preview->document(), m_document);
    m_lastError.clear();
    m_current = m_requestedAt == m_changes;
    m_status->setText(m_current ? tr("Preview of the report's content; Save as PDF writes the printed layout.")
                                : tr("The preview is out of date: press Update Preview."));
    emit previewReady(true);
}

ReportDialog::~ReportDialog()
{
    // As the aged receivables: no worker's connection outlives the dialog.
    m_workers.waitForAll();
}

bool ReportDialog::waitForPreview()
{
    if (!m_current && !m_pending)
        updatePreview();
    if (m_pending) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_watcher.waitForFinished();
        QApplication::restoreOverrideCursor();
        computed();
    }
    return m_current;
}

void ReportDialog::setBusy(bool busy)
{
    m_pending = busy;
    m_busy->setVisible(busy);
    m_save->setEnabled(!busy);
    m_print->setEnabled(!busy);
}

bool ReportDialog::saveTo(const QString &path)
{
    if (!waitForPreview())
        return false;
    try {
        ReportPdfWriter::write(m_document, path);
    } catch (const ValidationError &error) {
        fail(error.message());
        return false;
    }
    m_status->setText(tr("Saved as <a href=\"%1\">%2</a>.")
                          .arg(QUrl::fromLocalFile(path).toString(), QDir::toNativeSeparators(path).toHtmlEscaped()));
    return true;
}

void ReportDialog::print(QPrinter *printer)
{
    if (!waitForPreview())
        return;
    // The printed layout of the PDF (every row, wide tables turned), not the preview's pages.
    ReportPdfWriter::paint(m_document, *printer);
}

QString ReportDialog::defaultFileName() const
{
    const QString date = m_to->date().toString(Qt::ISODate);
    if (m_kind == Kind::Disputes)
        return tr("dispute-report-%1-%2.pdf").arg(m_from->date().toString(Qt::ISODate), date);
    return tr("aged-receivables-%1.pdf").arg(date);
}

void ReportDialog::chooseFileAndSave()
{
    const QString path = FileDialogs::saveFileName(this, tr("Save Report as PDF"), defaultFileName(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    saveTo(path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

void ReportDialog::choosePrinterAndPrint()
{
    if (!waitForPreview())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document.title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() == QDialog::Accepted)
        print(&printer);
}

void ReportDialog::fail(const QString &message)
{
    m_lastError = message;
    m_status->setText(message.toHtmlEscaped());
    if (isVisible())
        QMessageBox::warning(this, windowTitle(), message);
}

} // namespace dd
