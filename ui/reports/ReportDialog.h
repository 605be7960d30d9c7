#pragma once

#include "common/WorkerFutures.h"
#include "reports/ReportDocument.h"

#include <QDate>
#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace dd {

class Session;

// Reports ▸ Dispute report… / Aged receivables…: the period or date and the report's language,
// a preview, Save as PDF (the vector PDF of ReportPdfWriter) and Print (the same pages).
// Reads through the main window's database, which must outlive the dialog. The report is computed
// on a worker thread with a connection of its own (the aged receivables of a large file take
// seconds); the dialog shows a busy bar meanwhile and keeps painting.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Disputes, Receivables };

    // The report is as of the session's date.
    ReportDialog(Session &session, Kind kind, QWidget *parent = nullptr);
    ~ReportDialog() override;

    Kind kind() const { return m_kind; }
    // Disputes: the period [from, to], open cases as of `to`. Receivables: as of `to`.
    void setPeriod(const QDate &from, const QDate &to);
    void setLanguageCode(const QString &code); // "nl" or "en"

    // Starts computing the report for the chosen period; previewReady() follows. A request while
    // one runs supersedes it: the older result is never shown.
    void updatePreview();
    bool isBusy() const { return m_pending; }
    // Waits for the preview being computed (starting it if it is out of date); false (and a
    // message) when it failed.
    bool waitForPreview();
    const ReportDocument &document() const { return m_document; }
    QTextBrowser *preview() const { return m_preview; }

    // Writes the PDF (computing the report first if needed); false when it cannot.
    bool saveTo(const QString &path);
    // Prints the pages of the PDF.
    void print(QPrinter *printer);
    QString lastError() const { return m_lastError; }

signals:
    void previewReady(bool ok);

private:
    struct Computed
    {
        ReportDocument document;
        QString error;
    };
    void computed();
    void setBusy(bool busy);
    void chooseFileAndSave();
    void choosePrinterAndPrint();
    void fail(const QString &message);
    QString defaultFileName() const;

    Session &m_session;
    Kind m_kind;
    bool m_current = false;
    bool m_pending = false;
    // Counts the user's changes of period or language, to know whether a result is still current.
    quint64 m_changes = 0;
    quint64 m_requestedAt = 0;
    QFutureWatcher<Computed> m_watcher;
    WorkerFutures m_workers; // every worker started, the superseded ones too
    ReportDocument m_document;
    QString m_lastError;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to;
    QComboBox *m_language;
    QTextBrowser *m_preview;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_update;
    QPushButton *m_save;
    QPushButton *m_print;
};

} // namespace dd
