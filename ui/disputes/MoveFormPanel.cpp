#include "MoveFormPanel.h"

#include "CaseWidgets.h"
#include "CostBenefitView.h"
#include "DisputeCaseView.h"
#include "MoveLabels.h"
#include "common/UiLocale.h"
#include "legal/CaseAssessment.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace dd {

MoveFormPanel::MoveFormPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_pages(new QWidget(this))
    , m_notice(CaseWidgets::valueLabel(this, "moveNotice"))
    , m_confirm(new QPushButton(DisputeCaseView::tr("Confirm"), this))
{
    setObjectName(QStringLiteral("moveForm"));
    auto *pages = new QVBoxLayout(m_pages);
    pages->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    // What undo cannot take back, in the warning colours of the goodwill form.
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e0; color: #7a4b00; border: 1px solid #e5b567; border-radius: 4px; padding: 6px; }"));
    createPages();
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(DisputeCaseView::tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelMove"));
    m_confirm->setObjectName(QStringLiteral("confirmMove"));
    m_confirm->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &MoveFormPanel::closeForm);
    connect(m_confirm, &QPushButton::clicked, this, &MoveFormPanel::confirmed);
    hide();
}

void MoveFormPanel::addPage(Form form, QLayout *content)
{
    auto *page = new QWidget(m_pages);
    page->setLayout(content);
    content->setContentsMargins(0, 0, 0, 0);
    page->hide();
    m_pages->layout()->addWidget(page);
    m_pageOf.insert(int(form), page);
}

void MoveFormPanel::createPages()
{
    {
        auto *form = CaseWidgets::compactForm();
        m_noteInfo = CaseWidgets::valueLabel(this, "moveInfo");
        m_note = CaseWidgets::textEdit(this, "moveNote", 2);
        m_note->setPlaceholderText(DisputeCaseView::tr("Optional: a note for the audit trail"));
        form->addRow(m_noteInfo);
        form->addRow(DisputeCaseView::tr("Note:"), m_note);
        addPage(Form::Note, form);
    }
    {
        // Crediting: what the credit note will say before it is issued, and the reason the
        // customer reads on it (the verdict's rationale is internal and is not printed).
        auto *form = CaseWidgets::compactForm();
        m_creditPreview = CaseWidgets::valueLabel(this, "creditPreview");
        m_creditReason = CaseWidgets::lineEdit(this, "creditReason");
        m_creditReason->setPlaceholderText(DisputeCaseView::tr("The reason printed on the credit note for the customer"));
        form->addRow(m_creditPreview);
        form->addRow(DisputeCaseView::tr("Reason for the customer:"), m_creditReason);
        addPage(Form::Credit, form);
    }
    {
        auto *form = CaseWidgets::compactForm();
        m_verdict = new QComboBox(this);
        m_verdict->setObjectName(QStringLiteral("decideVerdict"));
        m_verdict->addItem(DisputeCodes::verdictName(Verdict::Justified), int(Verdict::Justified));
        m_verdict->addItem(DisputeCodes::verdictName(Verdict::PartlyJustified), int(Verdict::PartlyJustified));
        m_verdict->addItem(DisputeCodes::verdictName(Verdict::Unjustified), int(Verdict::Unjustified));
        m_verdict->setPlaceholderText(DisputeCaseView::tr("— choose —"));
        m_justified = CaseWidgets::lineEdit(this, "decideAmount");
        m_justified->setPlaceholderText(DisputeCaseView::tr("Only for a partly justified verdict"));
        m_rationale = CaseWidgets::textEdit(this, "decideRationale");
        m_rationale->setPlaceholderText(DisputeCaseView::tr("Why: what the findings show"));
        form->addRow(DisputeCaseView::tr("Verdict:"), m_verdict);
        form->addRow(DisputeCaseView::tr("Justified amount:"), m_justified);
        form->addRow(DisputeCaseView::tr("Rationale:"), m_rationale);
        connect(m_verdict, &QComboBox::currentIndexChanged, this, [this] {
            m_justified->setEnabled(Verdict(m_verdict->currentData().toInt()) == Verdict::PartlyJustified);
            updateConfirm();
        });
        m_justified->setEnabled(false);
        addPage(Form::Decide, form);
    }
    {
        auto *form = CaseWidgets::compactForm();
        m_explanation = CaseWidgets::textEdit(this, "amicableExplanation", 4);
        m_explanation->setPlaceholderText(DisputeCaseView::tr("Why the invoice stands, with the agreements and facts that show it"));
        form->addRow(DisputeCaseView::tr("Explanation:"), m_explanation);
        addPage(Form::Amicable, form);
    }
    {
        auto *form = CaseWidgets::compactForm();
        m_arrangement = CaseWidgets::textEdit(this, "arrangementText");
        m_arrangement->setPlaceholderText(DisputeCaseView::tr("Amounts and dates of the instalments"));
        form->addRow(DisputeCaseView::tr("Arrangement:"), m_arrangement);
        addPage(Form::Arrangement, form);
    }
    {
        auto *form = CaseWidgets::compactForm();
        m_goodwillWarning = CaseWidgets::valueLabel(this, "goodwillWarning");
        m_goodwillWarning->setStyleSheet(m_notice->styleSheet());
        m_goodwillInfo = CaseWidgets::valueLabel(this, "goodwillInfo");
        m_goodwillReason = CaseWidgets::textEdit(this, "goodwillReason");
        m_goodwillReason->setPlaceholderText(DisputeCaseView::tr("Why the amount is written off; the letter tells the customer"));
        form->addRow(m_goodwillWarning);
        form->addRow(m_goodwillInfo);
        form->addRow(DisputeCaseView::tr("Reason:"), m_goodwillReason);
        addPage(Form::Goodwill, form);
    }
    {
        auto *form = CaseWidgets::compactForm();
        m_lessonWhat = CaseWidgets::lineEdit(this, "lessonWhat");
        m_lessonWhat->setPlaceholderText(DisputeCaseView::tr("What went wrong internally"));
        m_lessonDepartment = CaseWidgets::lineEdit(this, "lessonDepartment");
        m_lessonDepartment->setPlaceholderText(DisputeCaseView::tr("Sales, Billing, Logistics…"));
        m_lessonAction = CaseWidgets::lineEdit(this, "lessonAction");
        m_lessonAction->setPlaceholderText(DisputeCaseView::tr("What prevents it next time"));
        form->addRow(DisputeCaseView::tr("What went wrong:"), m_lessonWhat);
        form->addRow(DisputeCaseView::tr("Department:"), m_lessonDepartment);
        form->addRow(DisputeCaseView::tr("Preventive action:"), m_lessonAction);
        addPage(Form::Lessons, form);
    }
    {
        auto *form = CaseWidgets::compactForm();
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("closeOutcome"));
        for (Outcome outcome : {Outcome::Paid, Outcome::Credited, Outcome::WrittenOff, Outcome::Collected, Outcome::Lost})
            m_outcome->addItem(DisputeCodes::outcomeName(outcome), int(outcome));
        m_outcome->setPlaceholderText(DisputeCaseView::tr("— choose —"));
        connect(m_outcome, &QComboBox::currentIndexChanged, this, &MoveFormPanel::updateConfirm);
        m_closeNote = CaseWidgets::lineEdit(this, "closeNote");
        m_closeNote->setPlaceholderText(DisputeCaseView::tr("Optional"));
        m_closeWarning = CaseWidgets::valueLabel(this, "closeWarning");
        m_closeWarning->setStyleSheet(m_notice->styleSheet());
        m_closeWarning->hide();
        form->addRow(m_closeWarning);
        form->addRow(DisputeCaseView::tr("Outcome:"), m_outcome);
        form->addRow(DisputeCaseView::tr("Note:"), m_closeNote);
        addPage(Form::Close, form);
    }
    {
        auto *form = CaseWidgets::compactForm();
        m_stepBackInfo = CaseWidgets::valueLabel(this, "stepBackInfo");
        m_stepBackNote = CaseWidgets::lineEdit(this, "stepBackNote");
        m_stepBackNote->setPlaceholderText(DisputeCaseView::tr("Required: why the step is taken back"));
        form->addRow(m_stepBackInfo);
        form->addRow(DisputeCaseView::tr("Reason:"), m_stepBackNote);
        addPage(Form::StepBack, form);
    }
    {
        auto *form = CaseWidgets::compactForm();
        m_costBenefit = new CostBenefitView(this);
        form->addRow(m_costBenefit);
        addPage(Form::Assessment, form);
    }
}

void MoveFormPanel::openMove(DisputeMove move, const Dispute &d, const std::optional<PreviousGoodwill> &earlier)
{
    m_move = move;
    setTitle(MoveLabels::actionName(DisputeWorkflow::moveCode(move)));
    m_confirm->setText(DisputeCaseView::tr("Confirm"));
    // Credit, legal collection and goodwill say in their own texts that they cannot be undone;
    // any other move that leaves something behind says so in the notice.
    const bool ownText = move == DisputeMove::Credit || move == DisputeMove::Legal || move == DisputeMove::Goodwill;
    const QString notice = ownText ? QString() : DisputeCommandFactory::notice(d, move);
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    Form form = Form::Note;
    m_note->clear();
    switch (move) {
    case DisputeMove::StartVerification:
        m_noteInfo->setText(DisputeCaseView::tr("Fact finding: consult the colleagues involved and read the agreements. Each fact becomes a finding."));
        break;
    case DisputeMove::ConcludeVerification:
        m_noteInfo->setText(DisputeCaseView::tr("The findings are complete; the case goes to a verdict."));
        break;
    case DisputeMove::Credit:
        form = Form::Credit;
        m_creditReason->clear();
        // Filled by setCreditPreview(); until then only the amount decided is known.
        m_creditPreview->setText(DisputeCaseView::tr("A credit note is issued for the justified part, %1. This cannot be undone.")
                                     .arg(UiLocale::formatMoney(d.justified)));
        break;
    case DisputeMove::Paid:
        m_noteInfo->setText(DisputeCaseView::tr("The customer paid the unjustified part after the explanation."));
        break;
    case DisputeMove::Legal:
        m_noteInfo->setText(DisputeCaseView::tr("The claim of %1 goes to a collection agency or lawyer. This cannot be undone.")
                                .arg(UiLocale::formatMoney(d.unjustifiedPart())));
        break;
    case DisputeMove::FinishResolution:
        m_noteInfo->setText(DisputeCaseView::tr("Every part of the claim has been dealt with; record what the case teaches."));
        break;
    case DisputeMove::Decide:
        form = Form::Decide;
        // The verdict is the user's decision, whatever the findings suggest: none is pre-selected.
        m_verdict->setCurrentIndex(-1);
        m_justified->clear();
        m_justified->setEnabled(false);
        m_rationale->clear();
        break;
    case DisputeMove::Amicable:
        form = Form::Amicable;
        m_explanation->clear();
        break;
    case DisputeMove::Arrangement:
        form = Form::Arrangement;
        m_arrangement->clear();
        break;
    case DisputeMove::Goodwill:
        form = Form::Goodwill;
        m_goodwillReason->clear();
        // Irreversible: the write-off is issued as a credit note, which can never be taken back.
        m_goodwillInfo->setText(DisputeCaseView::tr("%1 is written off once, as a commercial choice, with a goodwill credit note in the "
                                                    "credit-note series; an issued credit note cannot be taken back.")
                                    .arg(UiLocale::formatMoney(d.unjustifiedPart())));
        // Goodwill is meant once: say so before it is confirmed.
        m_goodwillWarning->setText(earlier ? DisputeCaseView::tr("This customer already had goodwill in case %1 (%2, %3).")
                                                 .arg(earlier->disputeNumber, UiLocale::formatMoney(earlier->amount),
                                                      UiLocale::formatDate(earlier->closedOn))
                                           : QString());
        m_goodwillWarning->setVisible(earlier.has_value());
        m_confirm->setText(earlier ? DisputeCaseView::tr("Give goodwill again") : DisputeCaseView::tr("Confirm"));
        break;
    case DisputeMove::RecordLessons:
        form = Form::Lessons;
        m_lessonWhat->setText(d.lessonWhat);
        m_lessonDepartment->setText(d.lessonDepartment);
        m_lessonAction->setText(d.lessonAction);
        break;
    case DisputeMove::Close: {
        form = Form::Close;
        m_closeNote->clear();
        // A suggested outcome was confirmed unread ("Paid" with money open): the user chooses.
        m_outcome->setCurrentIndex(-1);
        break;
    }
    case DisputeMove::StepBack:
        form = Form::StepBack;
        m_stepBackNote->clear();
        m_stepBackInfo->setText(DisputeCaseView::tr("The case goes back from %1 to %2; what was decided there no longer stands.")
                                    .arg(DisputeCodes::stepName(d.step), DisputeCodes::stepName(DisputeWorkflow::previousStep(d.step))));
        break;
    case DisputeMove::AddFinding:
    case DisputeMove::AddContact:
        // Their forms are on their tabs.
        closeForm();
        return;
    }
    showForm(form);
    if (QWidget *first = m_pageOf.value(int(form))->nextInFocusChain(); first && form != Form::Note)
        first->setFocus();
    else
        m_note->setFocus();
}

void MoveFormPanel::setCreditPreview(const QList<CreditNote> &notes, const QString &customerReason, const QString &problem)
{
    m_creditReason->setText(customerReason);
    QStringList text;
    for (const CreditNote &note : notes) {
        text << DisputeCaseView::tr("Credit note on invoice %1: %2 (excl. VAT %3, VAT %4)")
                    .arg(note.invoiceNumber, UiLocale::formatMoney(note.amountCredited()), UiLocale::formatMoney(note.totalExclVat),
                         UiLocale::formatMoney(note.vat));
        for (const CreditNoteLine &line : note.lines)
            text << QStringLiteral("  • %1: %2").arg(line.description, UiLocale::formatMoney(line.net + line.vat));
        if (note.refundDue.cents() > 0)
            text << DisputeCaseView::tr("Invoice %1 is paid: a refund of %2 is due to the customer.")
                        .arg(note.invoiceNumber, UiLocale::formatMoney(note.refundDue));
    }
    if (!problem.isEmpty())
        text << problem;
    text << DisputeCaseView::tr("An issued credit note cannot be taken back: this cannot be undone.");
    m_creditPreview->setText(text.join(u'\n'));
    m_confirm->setEnabled(problem.isEmpty() && !notes.isEmpty());
}

void MoveFormPanel::setOpenOnInvoices(const Money &open)
{
    // "Paid" lifts the dunning hold and "Collected" says the money was received, so the service
    // refuses both while money is open; the form says so before the user chooses, with the
    // amount, and does not offer them.
    const bool receivedPossible = open.cents() <= 0;
    auto *model = qobject_cast<QStandardItemModel *>(m_outcome->model());
    for (Outcome received : {Outcome::Paid, Outcome::Collected}) {
        if (QStandardItem *item = model ? model->item(m_outcome->findData(int(received))) : nullptr) {
            item->setEnabled(receivedPossible);
            item->setToolTip(receivedPossible ? QString()
                                              : DisputeCaseView::tr("Not possible: %1 is still open on the invoices of the case.")
                                                    .arg(UiLocale::formatMoney(open)));
        }
    }
    m_closeWarning->setText(receivedPossible
                                ? QString()
                                : DisputeCaseView::tr("%1 is still open on the invoices of this case: it cannot close as "
                                                      "\"Paid\" or \"Collected\" until that is settled. Record the payment "
                                                      "first, or choose the outcome that happened; the invoices stay on "
                                                      "dunning hold until they are settled.")
                                      .arg(UiLocale::formatMoney(open)));
    m_closeWarning->setVisible(!receivedPossible);
}

void MoveFormPanel::openAssessment(const CaseAssessmentResult &assessment)
{
    const CostBenefitResult &r = assessment.result;
    m_costBenefit->showAssessment(assessment);
    m_assessmentDetails = CaseAssessment::details(assessment);
    m_assessmentGainCents = r.netGainOfLegal.cents();
    m_assessmentRecommendation = CostBenefitAssessment::recommendationCode(r.recommendation);

    m_move.reset();
    setTitle(DisputeCaseView::tr("Cost-benefit of legal collection"));
    m_confirm->setText(DisputeCaseView::tr("Record assessment"));
    m_notice->hide();
    showForm(Form::Assessment);
}

void MoveFormPanel::showForm(Form form)
{
    m_form = form;
    // The form is as tall as its current page, not as its tallest (the assessment's table would
    // leave every short form with an empty band): hidden pages take no room in the layout.
    QWidget *current = m_pageOf.value(int(form));
    for (QWidget *page : std::as_const(m_pageOf))
        page->setVisible(page == current);
    updateConfirm();
    QGroupBox::show();
}

void MoveFormPanel::updateConfirm()
{
    const bool undecided = (m_form == Form::Decide && m_verdict->currentIndex() < 0)
                           || (m_form == Form::Close && m_outcome->currentIndex() < 0);
    m_confirm->setEnabled(!undecided);
}

void MoveFormPanel::closeForm()
{
    m_form = Form::None;
    m_move.reset();
    hide();
}

std::optional<MoveInput> MoveFormPanel::input(const Dispute &dispute, QString *error) const
{
    MoveInput input;
    input.note = m_note->toPlainText().trimmed();
    if (m_form == Form::StepBack)
        input.note = m_stepBackNote->text().trimmed();
    else if (m_form == Form::Close)
        input.note = m_closeNote->text().trimmed();
    // No choice reads as Verdict::None / Outcome::None, which the service refuses with its reason.
    input.verdict = m_verdict->currentIndex() < 0 ? Verdict::None : Verdict(m_verdict->currentData().toInt());
    if (m_form == Form::Decide && input.verdict == Verdict::PartlyJustified) {
        QString why;
        input.justified = Money::parse(m_justified->text(), dispute.currency(), UiLocale::numberStyle(), &why);
        if (!input.justified) {
            *error = DisputeCaseView::tr("The justified amount is not an amount: %1").arg(why.isEmpty() ? m_justified->text() : why);
            m_justified->setFocus();
            return std::nullopt;
        }
    }
    input.rationale = m_rationale->toPlainText().trimmed();
    input.customerReason = m_creditReason->text().trimmed();
    input.explanation = m_explanation->toPlainText().trimmed();
    input.instalments = m_arrangement->toPlainText().trimmed();
    input.goodwillReason = m_goodwillReason->toPlainText().trimmed();
    input.lessonWhat = m_lessonWhat->text().trimmed();
    input.lessonDepartment = m_lessonDepartment->text().trimmed();
    input.lessonAction = m_lessonAction->text().trimmed();
    input.outcome = m_outcome->currentIndex() < 0 ? Outcome::None : Outcome(m_outcome->currentData().toInt());
    return input;
}

} // namespace dd
