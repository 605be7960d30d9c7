#include "ReportDialog.h"

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
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

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
    auto *update = new QPushButton(tr("&Update Preview"), this);
    update->setObjectName(QStringLiteral("reportUpdate"));

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
    top->addWidget(update);
    top->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    const auto stale = [this] {
        m_current = false;
        m_status->setText(tr("The preview is out of date: press Update Preview."));
    };
    if (m_from)
        connect(m_from, &QDateEdit::dateChanged, this, stale);
    connect(m_to, &QDateEdit::dateChanged, this, stale);
    connect(m_language, &QComboBox::currentIndexChanged, this, stale);
    connect(update, &QPushButton::clicked, this, &ReportDialog::updatePreview);
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

bool ReportDialog::updatePreview()
{
    const Language language = m_language->currentData().toString() == u"nl" ? Language::Dutch : Language::English;
    const ReportLocale locale(language);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool done = false;
    try {
        const QString company = m_session.settingsRepository().value(QStringLiteral("company.name")).value_or(QString()).trimmed();
        const QString shownCompany = company.isEmpty() ? QStringLiteral("DisputeDesk") : company;
        const Date to = IsoDate::fromQDate(m_to->date());
        if (m_kind == Kind::Disputes) {
            const Date from = IsoDate::fromQDate(m_from->date());
            m_document = ReportDocuments::disputes(m_session.disputeReport().compute(from, to, to), locale, shownCompany);
        } else {
            m_document = ReportDocuments::receivables(m_session.receivablesReport().compute(to), locale, shownCompany);
        }
        ReportPreview::fill(m_preview->document(), m_document);
        m_current = true;
        m_lastError.clear();
        m_status->setText(tr("Preview of the report's content; Save as PDF writes the printed layout."));
        done = true;
    } catch (const Error &error) {
        m_preview->clear();
        fail(error.message());
    }
    QApplication::restoreOverrideCursor();
    return done;
}

bool ReportDialog::saveTo(const QString &path)
{
    if (!m_current && !updatePreview())
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
    if (!m_current && !updatePreview())
        return;
    m_preview->document()->print(printer);
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
    if (!m_current && !updatePreview())
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
