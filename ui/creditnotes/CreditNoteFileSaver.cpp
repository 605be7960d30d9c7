#include "CreditNoteFileSaver.h"

#include "common/Error.h"
#include "common/Clock.h"
#include "creditnotes/CreditNoteDocument.h"
#include "creditnotes/CreditNoteService.h"
#include "documents/FileSaver.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace dd {

namespace {
// pdf() and ubl() read the note and the parties only; the clock and actor are for issuing.
template<typename Make>
QByteArray render(Database &database, Make make)
{
    SystemClock clock;
    CreditNoteService service(database, clock, QString());
    return make(service);
}
} // namespace

CreditNoteFileSaver::CreditNoteFileSaver(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_choosePath([parent](const QString &title, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(parent, title, suggested, filter);
    })
{
}

bool CreditNoteFileSaver::savePdf(Database &database, const CreditNote &note, const QString &path)
{
    return save(database, path, [&](CreditNoteService &service) { return service.pdf(note); });
}

bool CreditNoteFileSaver::saveUbl(Database &database, const CreditNote &note, const QString &path, UblFlavour flavour)
{
    return save(database, path, [&](CreditNoteService &service) { return service.ubl(note, flavour); });
}

bool CreditNoteFileSaver::save(Database &database, const QString &path, const std::function<QByteArray(CreditNoteService &)> &make)
{
    QString error;
    try {
        if (FileSaver::write(path, render(database, make), &error)) {
            emit saved(path);
            return true;
        }
    } catch (const Error &failure) {
        error = failure.message();
    }
    emit failed(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

void CreditNoteFileSaver::chooseAndSavePdf(Database &database, const CreditNote &note)
{
    const QString path = m_choosePath(tr("Save Credit Note as PDF"), CreditNoteDocument::fileName(note), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(database, note, path);
}

void CreditNoteFileSaver::chooseAndSaveUbl(Database &database, const CreditNote &note)
{
    QString problem;
    try {
        SystemClock clock;
        problem = CreditNoteService(database, clock, QString()).peppolProblem(note);
    } catch (const StorageError &failure) {
        emit failed(failure.message());
        return;
    }
    if (!problem.isEmpty()) {
        offerAlternatives(database, note, problem);
        return;
    }
    chooseAndSave(database, note, UblFlavour::Peppol);
}

void CreditNoteFileSaver::chooseAndSave(Database &database, const CreditNote &note, UblFlavour flavour)
{
    const QString title = flavour == UblFlavour::Peppol ? tr("Save Credit Note as Peppol UBL")
                                                        : tr("Save Credit Note as EN 16931 UBL (not Peppol)");
    const QString path = m_choosePath(title, UblCreditNoteWriter::fileName(note, flavour), tr("UBL invoices (*.xml)"));
    if (!path.isEmpty())
        saveUbl(database, note, path, flavour);
}

void CreditNoteFileSaver::offerAlternatives(Database &database, const CreditNote &note, const QString &problem)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Not a Peppol Credit Note"),
                                tr("Credit note %1 cannot go over Peppol: %2.").arg(note.number, problem), QMessageBox::NoButton,
                                m_parent);
    box->setObjectName(QStringLiteral("peppolRefusedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Send the customer the PDF instead. A plain EN 16931 UBL file follows the European "
                               "standard without the Peppol rules: fine for the customer's bookkeeping, but a Peppol "
                               "access point refuses it."));
    QPushButton *pdf = box->addButton(tr("Save as &PDF…"), QMessageBox::AcceptRole);
    pdf->setObjectName(QStringLiteral("peppolSavePdf"));
    QPushButton *plain = box->addButton(tr("Save as &EN 16931 UBL (not Peppol)…"), QMessageBox::AcceptRole);
    plain->setObjectName(QStringLiteral("peppolSaveEn16931"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("peppolCancel"));
    box->setDefaultButton(pdf);
    // The database is the window's: the box is modal to it, so it cannot change while the box is open.
    Database *db = &database;
    // On finished, not buttonClicked: the file dialog comes after the box has gone.
    connect(box, &QDialog::finished, this, [this, box, db, note, pdf, plain] {
        QAbstractButton *button = box->clickedButton();
        if (button == pdf)
            chooseAndSavePdf(*db, note);
        else if (button == plain)
            chooseAndSave(*db, note, UblFlavour::En16931);
    });
    box->open();
}

} // namespace dd
