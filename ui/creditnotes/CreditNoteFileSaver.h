#pragma once

#include "creditnotes/CreditNote.h"
#include "creditnotes/UblCreditNoteWriter.h"

#include <QByteArray>
#include <QObject>

#include <functional>

class QWidget;

namespace dd {

class CreditNoteService;

// Saves an issued credit note as PDF or as UBL where the user chooses, for the Credit notes list
// and the issuing dialog alike. UBL is Peppol BIS Billing 3.0 unless the note cannot be valid
// Peppol (a consumer, no participant id): then, before anything is written, the user is told why
// and offered the PDF or a plain EN 16931 UBL file, named as such ("…-en16931.xml").
class CreditNoteFileSaver : public QObject
{
    Q_OBJECT
public:
    // (title, suggested file name, filter) -> the chosen path, empty when cancelled.
    using PathChooser = std::function<QString(const QString &title, const QString &suggested, const QString &filter)>;

    // The file dialogs and the message box are shown over `parent`. The files are rendered by the
    // CreditNoteService each call is given (the session's, or the issuing dialog's).
    explicit CreditNoteFileSaver(QWidget *parent);

    // Tests answer in place of the file dialog.
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

    void chooseAndSavePdf(const CreditNoteService &service, const CreditNote &note);
    // Peppol UBL; when the note cannot be Peppol, the box named "peppolRefusedBox" says why and
    // offers the alternatives (it is opened, not executed: the caller returns at once).
    void chooseAndSaveUbl(const CreditNoteService &service, const CreditNote &note);

    // Write to `path`; false, with failed() sent, when the file cannot be made.
    bool savePdf(const CreditNoteService &service, const CreditNote &note, const QString &path);
    bool saveUbl(const CreditNoteService &service, const CreditNote &note, const QString &path, UblFlavour flavour = UblFlavour::Peppol);

signals:
    void saved(const QString &path);
    void failed(const QString &message);

private:
    // Renders the file with `make` and writes it to `path`: saved() or failed(), as above.
    bool save(const QString &path, const std::function<QByteArray()> &make);
    void offerAlternatives(const CreditNoteService &service, const CreditNote &note, const QString &problem);
    void chooseAndSave(const CreditNoteService &service, const CreditNote &note, UblFlavour flavour);

    QWidget *m_parent;
    PathChooser m_choosePath;
};

} // namespace dd
