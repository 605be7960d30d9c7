#include "LetterDialog.h"

#include "common/ErrorLabel.h"
#include "common/Error.h"
#include "common/FileDialogs.h"
#include "common/ScreenFit.h"
#include "session/Session.h"

#include "FileSaver.h"
#include "common/ValidationError.h"
#include "disputes/DisputeRepository.h"
#include "disputes/undo/AddContactCommand.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace dd {

namespace {
QString kindLabel(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Acknowledgement: return LetterDialog::tr("Acknowledgement of the complaint");
    case DocumentKind::Justified: return LetterDialog::tr("You are right (with the credit note)");
    case DocumentKind::Rejection: return LetterDialog::tr("Substantiated rejection");
    case DocumentKind::Arrangement: return LetterDialog::tr("Payment arrangement confirmation");
    case DocumentKind::Goodwill: return LetterDialog::tr("Goodwill letter");
    case DocumentKind::CreditNote: break;
    }
    return {};
}
} // namespace

LetterDialog::LetterDialog(Session &session, qint64 disputeId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_disputeId(disputeId)
    , m_kind(new QComboBox(this))
    , m_to(new QLabel(this))
    , m_subject(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_error(new QLabel(this))
    , m_confirm(new QPushButton(tr("&Record as Sent"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_savePdf(new QPushButton(tr("Save &PDF…"), this))
    , m_saveEml(new QPushButton(tr("Save &E-mail (.eml)…"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
{
    setObjectName(QStringLiteral("letterDialog"));
    setWindowTitle(tr("Create Letter"));
    m_kind->setObjectName(QStringLiteral("letterKind"));
    for (DocumentKind kind : {DocumentKind::Acknowledgement, DocumentKind::Justified, DocumentKind::Rejection,
                              DocumentKind::Arrangement, DocumentKind::Goodwill})
        m_kind->addItem(kindLabel(kind), int(kind));
    m_to->setObjectName(QStringLiteral("letterTo"));
    m_to->setTextFormat(Qt::PlainText);
    m_subject->setObjectName(QStringLiteral("letterSubject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    m_preview->setOpenLinks(false);
    m_error->setObjectName(QStringLiteral("letterError"));
    ErrorLabel::setUp(m_error);
    m_confirm->setObjectName(QStringLiteral("letterConfirm"));
    m_confirm->setToolTip(tr("Adds the letter to the case's contact log and keeps its PDF with the case"));
    m_confirm->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("letterCancel"));
    m_savePdf->setObjectName(QStringLiteral("letterSavePdf"));
    m_saveEml->setObjectName(QStringLiteral("letterSaveEml"));
    m_saveEml->setToolTip(tr("The letter as an e-mail with the PDF attached, to send from your own mail program"));
    m_print->setObjectName(QStringLiteral("letterPrint"));

    try {
        if (const auto dispute = m_session.disputeRepository().find(disputeId))
            setWindowTitle(tr("Create Letter · %1 · %2").arg(dispute->number, dispute->customerName));
    } catch (const StorageError &) {
        // The title is only a convenience; compose() reports a database that cannot be read.
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Letter:"), m_kind);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Subject:"), m_subject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_savePdf);
    buttons->addWidget(m_saveEml);
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);
    // Said before the user confirms, in the words the case's contact form uses for a letter sent.
    auto *irreversible = new QLabel(AddContactCommand::letterNotice(), this);
    irreversible->setObjectName(QStringLiteral("letterIrreversible"));
    irreversible->setWordWrap(true);
    layout->addWidget(irreversible);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterDialog::compose);
    connect(m_confirm, &QPushButton::clicked, this, &LetterDialog::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_savePdf, &QPushButton::clicked, this, &LetterDialog::chooseAndSavePdf);
    connect(m_saveEml, &QPushButton::clicked, this, &LetterDialog::chooseAndSaveEml);
    connect(m_print, &QPushButton::clicked, this, &LetterDialog::print);

    compose();
    ScreenFit::resize(this, QSize(760, 760));
}

void LetterDialog::setKind(DocumentKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

DocumentKind LetterDialog::kind() const
{
    return DocumentKind(m_kind->currentData().toInt());
}

QString LetterDialog::previewHtml() const
{
    return m_preview->toHtml();
}

void LetterDialog::showError(const QString &message)
{
    ErrorLabel::show(m_error, message);
}

void LetterDialog::compose()
{
    m_letter.reset();
    m_preview->clear();
    m_to->clear();
    m_subject->clear();
    showError(QString());
    try {
        m_letter = m_session.letterService().compose(m_disputeId, kind());
    } catch (const Error &error) {
        showError(error.message());
    }
    if (m_letter) {
        m_preview->setHtml(m_letter->html);
        m_to->setText(m_letter->toAddress.isEmpty()
                          ? tr("%1 (no e-mail address known)").arg(m_letter->toName)
                          : QStringLiteral("%1 <%2>").arg(m_letter->toName, m_letter->toAddress));
        m_subject->setText(m_letter->subject);
    }
    const bool ready = m_letter.has_value() && !m_recorded;
    m_confirm->setEnabled(ready);
    m_savePdf->setEnabled(m_letter.has_value());
    m_saveEml->setEnabled(m_letter.has_value() && !m_letter->toAddress.isEmpty());
    m_print->setEnabled(m_letter.has_value());
}

bool LetterDialog::confirm()
{
    if (!m_letter || m_recorded)
        return false;
    try {
        m_session.letterService().record(*m_letter);
    } catch (const Error &error) {
        showError(error.message());
        return false;
    }
    m_recorded = true;
    m_kind->setEnabled(false);
    m_confirm->hide();
    m_cancel->setText(tr("Close"));
    m_cancel->setDefault(true);
    showError(QString());
    setWindowTitle(tr("Letter Sent · %1").arg(m_letter->disputeNumber));
    emit letterRecorded(m_disputeId);
    return true;
}

bool LetterDialog::savePdf(const QString &path)
{
    if (!m_letter)
        return false;
    QString error;
    if (FileSaver::write(path, m_letter->pdf, &error))
        return true;
    showError(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

bool LetterDialog::saveEml(const QString &path)
{
    if (!m_letter)
        return false;
    QString error;
    try {
        if (FileSaver::write(path, m_session.letterService().eml(*m_letter), &error))
            return true;
    } catch (const ValidationError &failure) {
        error = failure.message();
    }
    showError(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

void LetterDialog::chooseAndSavePdf()
{
    if (!m_letter)
        return;
    const QString path = FileDialogs::saveFileName(this, tr("Save Letter as PDF"), m_letter->fileName,
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void LetterDialog::chooseAndSaveEml()
{
    if (!m_letter)
        return;
    QString name = m_letter->fileName;
    if (name.endsWith(QStringLiteral(".pdf")))
        name.chop(4);
    const QString path = FileDialogs::saveFileName(this, tr("Save Letter as E-mail"), name + QStringLiteral(".eml"),
                                                      tr("E-mail messages (*.eml)"));
    if (!path.isEmpty())
        saveEml(path);
}

void LetterDialog::print()
{
    if (!m_letter)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(m_letter->subject);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(m_letter->html);
    document.print(&printer);
}

} // namespace dd
