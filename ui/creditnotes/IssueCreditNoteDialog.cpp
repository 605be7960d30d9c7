#include "IssueCreditNoteDialog.h"

#include "common/ErrorLabel.h"
#include "common/Error.h"
#include "common/ScreenFit.h"
#include "session/Session.h"

#include "CreditNoteFileSaver.h"
#include "common/UiLocale.h"
#include "creditnotes/CreditNoteRepository.h"
#include "customers/CustomerRepository.h"
#include "disputes/undo/CreditCommand.h"
#include "disputes/DisputeRepository.h"
#include "invoices/InvoiceRepository.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {


IssueCreditNoteDialog::IssueCreditNoteDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_case(new QLabel(this))
    , m_invoice(new QLineEdit(this))
    , m_invoiceInfo(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_lines(new QListWidget(this))
    , m_reason(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_error(new QLabel(this))
    , m_confirm(new QPushButton(tr("Con&firm and Issue"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_savePdf(new QPushButton(tr("Save &PDF…"), this))
    , m_saveUbl(new QPushButton(tr("Save &UBL…"), this))
    , m_previewTimer(new QTimer(this))
    , m_saver(new CreditNoteFileSaver(this))
{
    setObjectName(QStringLiteral("issueCreditNoteDialog"));
    setWindowTitle(tr("Issue Credit Note"));
    m_case->setObjectName(QStringLiteral("creditCase"));
    m_case->hide();
    m_invoice->setObjectName(QStringLiteral("creditInvoice"));
    m_invoice->setPlaceholderText(tr("Invoice number"));
    m_invoiceInfo->setObjectName(QStringLiteral("creditInvoiceInfo"));
    m_invoiceInfo->setWordWrap(true);
    m_mode->setObjectName(QStringLiteral("creditMode"));
    m_mode->addItem(tr("The whole invoice"), int(Mode::WholeInvoice));
    m_mode->addItem(tr("An amount including VAT"), int(Mode::Amount));
    m_mode->addItem(tr("Invoice lines"), int(Mode::Lines));
    m_amount->setObjectName(QStringLiteral("creditAmount"));
    m_amount->setPlaceholderText(UiLocale::formatMoney(125050, QStringLiteral("EUR")));
    m_lines->setObjectName(QStringLiteral("creditLines"));
    m_reason->setObjectName(QStringLiteral("creditReason"));
    m_reason->setPlaceholderText(tr("Printed on the credit note, e.g. \"Price agreed in the quotation\""));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    m_preview->setObjectName(QStringLiteral("creditPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setMinimumWidth(420);
    m_error->setObjectName(QStringLiteral("creditError"));
    ErrorLabel::setUp(m_error);
    m_confirm->setObjectName(QStringLiteral("creditConfirm"));
    m_confirm->setEnabled(false);
    m_confirm->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("creditCancel"));
    m_savePdf->setObjectName(QStringLiteral("creditSavePdf"));
    m_saveUbl->setObjectName(QStringLiteral("creditSaveUbl"));
    m_savePdf->setEnabled(false);
    m_saveUbl->setEnabled(false);
    m_savePdf->setToolTip(tr("Available once the credit note is issued and has its number"));
    m_saveUbl->setToolTip(tr("The credit note as Peppol BIS Billing 3.0 UBL, for the customer's bookkeeping"));

    auto *form = new QFormLayout;
    form->addRow(m_case);
    form->addRow(tr("&Invoice:"), m_invoice);
    form->addRow(QString(), m_invoiceInfo);
    form->addRow(tr("&Credit:"), m_mode);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Lines:"), m_lines);
    form->addRow(tr("&Reason:"), m_reason);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    // Said before the user confirms: the edits of a case can be undone, this one cannot.
    auto *irreversible = new QLabel(CreditCommand::notice(), left);
    irreversible->setObjectName(QStringLiteral("creditIrreversible"));
    irreversible->setWordWrap(true);
    leftLayout->addWidget(irreversible);
    leftLayout->addWidget(m_error);
    leftLayout->addStretch();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewTitle = new QLabel(tr("Preview (the number is taken when you confirm)"), right);
    previewTitle->setObjectName(QStringLiteral("creditPreviewTitle"));
    rightLayout->addWidget(previewTitle);
    rightLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_savePdf);
    buttons->addWidget(m_saveUbl);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &IssueCreditNoteDialog::updatePreview);
    connect(m_invoice, &QLineEdit::editingFinished, this, &IssueCreditNoteDialog::loadInvoice);
    connect(m_invoice, &QLineEdit::textEdited, this, &IssueCreditNoteDialog::schedulePreview);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &IssueCreditNoteDialog::updateMode);
    connect(m_amount, &QLineEdit::textChanged, this, &IssueCreditNoteDialog::schedulePreview);
    connect(m_lines, &QListWidget::itemChanged, this, &IssueCreditNoteDialog::schedulePreview);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &IssueCreditNoteDialog::schedulePreview);
    connect(m_confirm, &QPushButton::clicked, this, &IssueCreditNoteDialog::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_savePdf, &QPushButton::clicked, this, &IssueCreditNoteDialog::chooseAndSavePdf);
    connect(m_saveUbl, &QPushButton::clicked, this, &IssueCreditNoteDialog::chooseAndSaveUbl);
    connect(m_saver, &CreditNoteFileSaver::failed, this, &IssueCreditNoteDialog::showError);

    updateMode();
    ScreenFit::resize(this, QSize(1040, 680));
}

void IssueCreditNoteDialog::setInvoiceNumber(const QString &number)
{
    m_invoice->setText(number);
    loadInvoice();
}

void IssueCreditNoteDialog::setDispute(qint64 disputeId)
{
    m_disputeId = disputeId;
    m_case->hide();
    if (disputeId == 0)
        return;
    try {
        const auto dispute = m_session.disputeRepository().find(disputeId);
        if (!dispute)
            return;
        m_case->setText(tr("Case %1 · %2").arg(dispute->number, dispute->customerName));
        m_case->show();
        setWindowTitle(tr("Issue Credit Note · %1").arg(dispute->number));
        if (!dispute->invoices.isEmpty())
            setInvoiceNumber(dispute->invoices.constFirst().invoiceNumber);
    } catch (const StorageError &error) {
        showError(error.message());
    }
}

void IssueCreditNoteDialog::loadInvoice()
{
    if (m_issued)
        return;
    m_invoiceId = 0;
    m_lines->clear();
    m_invoiceInfo->clear();
    const QString number = m_invoice->text().trimmed();
    if (!number.isEmpty()) {
        try {
            const auto invoice = m_session.invoiceRepository().findByNumber(number);
            if (!invoice) {
                m_invoiceInfo->setText(tr("No invoice %1.").arg(number));
            } else {
                m_invoiceId = invoice->id;
                m_currency = invoice->currency;
                const auto customer = m_session.customerRepository().findById(invoice->customerId);
                m_invoiceInfo->setText(tr("%1 · %2 of %3 · open %4")
                                           .arg(customer ? customer->name : QString(),
                                                UiLocale::formatDate(invoice->issueDate),
                                                UiLocale::formatMoney(invoice->totalInclVat),
                                                UiLocale::formatMoney(invoice->openAmount())));
                const QSet<int> credited = m_session.creditNoteRepository().creditedInvoiceLines(invoice->id);
                const QSignalBlocker blocker(m_lines);
                for (const InvoiceLine &line : invoice->lines) {
                    auto *item = new QListWidgetItem(tr("%1. %2 · %3 + %4 VAT")
                                                         .arg(line.lineNo)
                                                         .arg(line.description, UiLocale::formatMoney(line.net),
                                                              UiLocale::formatMoney(line.vat)),
                                                     m_lines);
                    item->setData(Qt::UserRole, line.lineNo);
                    if (credited.contains(line.lineNo)) {
                        item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
                        item->setToolTip(tr("Credited before"));
                    } else {
                        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                        item->setCheckState(Qt::Unchecked);
                    }
                }
            }
        } catch (const StorageError &error) {
            showError(error.message());
        }
    }
    updatePreview();
}

void IssueCreditNoteDialog::updateMode()
{
    const auto mode = Mode(m_mode->currentData().toInt());
    m_amount->setEnabled(mode == Mode::Amount);
    m_lines->setEnabled(mode == Mode::Lines && !m_issued);
    schedulePreview();
}

void IssueCreditNoteDialog::schedulePreview()
{
    if (!m_issued)
        m_previewTimer->start();
}

void IssueCreditNoteDialog::showError(const QString &message)
{
    ErrorLabel::show(m_error, message);
}

std::optional<CreditNoteRequest> IssueCreditNoteDialog::request()
{
    CreditNoteRequest request;
    request.invoiceNumber = m_invoice->text().trimmed();
    request.reason = m_reason->toPlainText().trimmed();
    request.disputeId = m_disputeId;
    if (request.invoiceNumber.isEmpty()) {
        showError(tr("Enter the number of the invoice to credit."));
        return std::nullopt;
    }
    switch (Mode(m_mode->currentData().toInt())) {
    case Mode::WholeInvoice:
        break;
    case Mode::Amount: {
        QString why;
        const auto amount = Money::parse(m_amount->text(), m_currency, UiLocale::numberStyle(), &why);
        if (!amount || amount->cents() <= 0) {
            showError(m_amount->text().trimmed().isEmpty() ? tr("Enter the amount to credit, including VAT.")
                                                           : tr("The amount is not valid. %1").arg(why));
            return std::nullopt;
        }
        request.amount = amount;
        break;
    }
    case Mode::Lines:
        for (int i = 0; i < m_lines->count(); ++i) {
            if (m_lines->item(i)->checkState() == Qt::Checked)
                request.lines << m_lines->item(i)->data(Qt::UserRole).toInt();
        }
        if (request.lines.isEmpty()) {
            showError(tr("Tick the invoice lines to credit."));
            return std::nullopt;
        }
        break;
    }
    if (request.reason.isEmpty()) {
        // The preview can show everything else; the note cannot be issued without a reason.
        showError(tr("Enter the reason for the credit; it is printed on the credit note."));
    }
    return request;
}

bool IssueCreditNoteDialog::updatePreview()
{
    m_previewTimer->stop();
    if (m_issued)
        return true;
    showError(QString());
    m_confirm->setEnabled(false);
    const auto wanted = request();
    if (!wanted) {
        m_preview->clear();
        return false;
    }
    try {
        CreditNoteRequest previewRequest = *wanted;
        if (previewRequest.reason.isEmpty())
            previewRequest.reason = QStringLiteral("…");
        const CreditNote note = m_session.creditNoteService().preview(previewRequest);
        m_preview->setHtml(m_session.creditNoteService().html(note));
        m_confirm->setEnabled(!wanted->reason.isEmpty());
        return !wanted->reason.isEmpty();
    } catch (const Error &error) {
        showError(error.message());
    }
    m_preview->clear();
    return false;
}

QString IssueCreditNoteDialog::previewHtml() const
{
    return m_preview->toHtml();
}

bool IssueCreditNoteDialog::confirm()
{
    if (m_issued || !updatePreview())
        return false;
    const auto wanted = request();
    if (!wanted)
        return false;
    try {
        m_issued = m_session.creditNoteService().issue(*wanted);
    } catch (const Error &error) {
        showError(error.message());
        return false;
    }
    m_preview->setHtml(m_session.creditNoteService().html(*m_issued));
    for (QWidget *field : {static_cast<QWidget *>(m_invoice), static_cast<QWidget *>(m_mode),
                           static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_lines),
                           static_cast<QWidget *>(m_reason)})
        field->setEnabled(false);
    m_confirm->hide();
    m_cancel->setText(tr("Close"));
    m_cancel->setDefault(true);
    m_savePdf->setEnabled(true);
    m_saveUbl->setEnabled(true);
    m_savePdf->setToolTip(QString());
    m_invoiceInfo->setText(tr("Credit note %1 issued.").arg(m_issued->number));
    setWindowTitle(tr("Credit Note %1").arg(m_issued->number));
    emit creditNoteIssued(m_issued->id, m_issued->invoiceId);
    return true;
}

bool IssueCreditNoteDialog::savePdf(const QString &path)
{
    return m_issued && m_saver->savePdf(m_session.creditNoteService(), *m_issued, path);
}

bool IssueCreditNoteDialog::saveUbl(const QString &path)
{
    return m_issued && m_saver->saveUbl(m_session.creditNoteService(), *m_issued, path);
}

void IssueCreditNoteDialog::chooseAndSavePdf()
{
    if (m_issued)
        m_saver->chooseAndSavePdf(m_session.creditNoteService(), *m_issued);
}

void IssueCreditNoteDialog::chooseAndSaveUbl()
{
    if (m_issued)
        m_saver->chooseAndSaveUbl(m_session.creditNoteService(), *m_issued);
}

} // namespace dd
