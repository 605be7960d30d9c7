#include "CreditNoteFileSaver.h"

#include "common/Error.h"
#include "common/FileDialogs.h"
#include "creditnotes/CreditNoteDocument.h"
#include "creditnotes/CreditNoteService.h"
#include "documents/FileSaver.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace dd {

CreditNoteFileSaver::CreditNoteFileSaver(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_choosePath([parent](const QString &title, const QString &suggested, const QString &filter) {
        return FileDialogs::saveFileName(parent, title, suggested, filter);
    })
{
}

bool CreditNoteFileSaver::savePdf(const CreditNoteService &service, const CreditNote &note, const QString &path)
{
    return save(path, [&] { return service.pdf(note); });
}

bool CreditNoteFileSaver::saveUbl(const CreditNoteService &service, const CreditNote &note, const QString &path, UblFlavour flavour)
{
    return save(path, [&] { return service.ubl(note, flavour); });
}

bool CreditNoteFileSaver::save(const QString &path, const std::function<QByteArray()> &make)
{
    QString error;
    try {
        if (FileSaver::write(path, make(), &error)) {
            emit saved(path);
            return true;
        }
    } catch (const Error &failure) {
        error = failure.message();
    }
    emit failed(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

void CreditNoteFileSaver::chooseAndSavePdf(const CreditNoteService &service, const CreditNote &note)
{
    const QString path = m_choosePath(tr("Save Credit Note as PDF"), CreditNoteDocument::fileName(note), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(service, note, path);
}

void CreditNoteFileSaver::chooseAndSaveUbl(const CreditNoteService &service, const CreditNote &note)
{
    QString problem;
    try {
        problem = service.peppolProblem(note);
    } catch (const StorageError &failure) {
        emit failed(failure.message());
        return;
    }
    if (!problem.isEmpty()) {
        offerAlternatives(service, note, problem);
        return;
    }
    chooseAndSave(service, note, UblFlavour::Peppol);
}

void CreditNoteFileSaver::chooseAndSave(const CreditNoteService &service, const CreditNote &note, UblFlavour flavour)
{
    const QString title = flavour == UblFlavour::Peppol ? tr("Save Credit Note as Peppol UBL")
                                                        : tr("Save Credit Note as EN 16931 UBL (not Peppol)");
    const QString path = m_choosePath(title, UblCreditNoteWriter::fileName(note, flavour), tr("UBL invoices (*.xml)"));
    if (!path.isEmpty())
        saveUbl(service, note, path, flavour);
}

void CreditNoteFileSaver::offerAlternatives(const CreditNoteService &service, const CreditNote &note, const QString &problem)
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
    // The service is the window's: the box is modal to it, so it cannot change while the box is open.
    const CreditNoteService *renderer = &service;
    // On finished, not buttonClicked: the file dialog comes after the box has gone.
    connect(box, &QDialog::finished, this, [this, box, renderer, note, pdf, plain] {
        QAbstractButton *button = box->clickedButton();
        if (button == pdf)
            chooseAndSavePdf(*renderer, note);
        else if (button == plain)
            chooseAndSave(*renderer, note, UblFlavour::En16931);
    });
    box->open();
}

} // namespace dd
