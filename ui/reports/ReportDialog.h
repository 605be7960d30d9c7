#pragma once

#include "reports/ReportDocument.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;
class QTextBrowser;

namespace dd {

class Session;

// Reports ▸ Dispute report… / Aged receivables…: the period or date and the report's language,
// a preview, Save as PDF (the vector PDF of ReportPdfWriter) and Print (the preview's pages).
// Reads through the main window's database, which must outlive the dialog.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Disputes, Receivables };

    // The report is as of the session's date.
    ReportDialog(Session &session, Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Disputes: the period [from, to], open cases as of `to`. Receivables: as of `to`.
    void setPeriod(const QDate &from, const QDate &to);
    void setLanguageCode(const QString &code); // "nl" or "en"

    // Computes the report for the chosen period and shows it; false (and a message) on failure.
    bool updatePreview();
    const ReportDocument &document() const { return m_document; }
    QTextBrowser *preview() const { return m_preview; }

    // Writes the PDF (computing the report first if needed); false when it cannot.
    bool saveTo(const QString &path);
    // Prints the preview's pages.
    void print(QPrinter *printer);
    QString lastError() const { return m_lastError; }

private:
    void chooseFileAndSave();
    void choosePrinterAndPrint();
    void fail(const QString &message);
    QString defaultFileName() const;

    Session &m_session;
    Kind m_kind;
    bool m_current = false;
    ReportDocument m_document;
    QString m_lastError;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to;
    QComboBox *m_language;
    QTextBrowser *m_preview;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_print;
};

} // namespace dd
