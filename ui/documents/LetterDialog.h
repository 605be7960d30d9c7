#pragma once

#include "documents/DocumentKind.h"
#include "documents/LetterService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace dd {

class Clock;
class Session;

// Composes a letter of the decision tree to the customer of a case and shows it as it will be
// printed (LetterService::compose, which writes nothing). Confirm records it as sent (contact log
// and the PDF kept with the case); Cancel leaves no trace. The PDF and the e-mail (.eml, for the
// user's own mail program) can be saved, and the letter printed.
class LetterDialog : public QDialog
{
    Q_OBJECT
public:
    // Letters are recorded as the session's acting user, at the time of its clock.
    LetterDialog(Session &session, qint64 disputeId, QWidget *parent = nullptr);

    void setKind(DocumentKind kind);
    DocumentKind kind() const;
    // The letter as composed now; empty when the case is not where this letter belongs.
    const std::optional<Letter> &letter() const { return m_letter; }
    QString previewHtml() const;
    // Records the letter as sent; false (and the reason shown) when it cannot be.
    bool confirm();
    bool isRecorded() const { return m_recorded; }

    bool savePdf(const QString &path);
    bool saveEml(const QString &path);

signals:
    void letterRecorded(qint64 disputeId);

private:
    void compose();
    void showError(const QString &message);
    void chooseAndSavePdf();
    void chooseAndSaveEml();
    void print();

    Session &m_session;
    qint64 m_disputeId;
    std::optional<Letter> m_letter;
    bool m_recorded = false;

    QComboBox *m_kind;
    QLabel *m_to;
    QLabel *m_subject;
    QTextBrowser *m_preview;
    QLabel *m_error;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QPushButton *m_savePdf;
    QPushButton *m_saveEml;
    QPushButton *m_print;
};

} // namespace dd
