#include "DisputeCaseView.h"

#include "CaseAuditTab.h"
#include "CaseContactsTab.h"
#include "CaseDetailsTab.h"
#include "CaseFindingsTab.h"
#include "CaseHeader.h"
#include "CostBenefitView.h"
#include "DecisionTreeWidget.h"
#include "DisputeEditor.h"
#include "MoveFormPanel.h"
#include "MoveLabels.h"
#include "common/Error.h"
#include "disputes/DisputeService.h"
#include "disputes/undo/DisputeCommandFactory.h"
#include "legal/CaseAssessment.h"
#include "legal/LegalTableRepository.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dd {

DisputeCaseView::DisputeCaseView(DisputeEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_header(new CaseHeader(this))
    , m_tree(new DecisionTreeWidget(this))
    , m_blocked(new QLabel(this))
    , m_movesBar(new QWidget(this))
    , m_moves(new QHBoxLayout(m_movesBar))
    , m_error(new QLabel(this))
    , m_form(new MoveFormPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new CaseDetailsTab(this))
    , m_findings(new CaseFindingsTab(editor, this))
    , m_contacts(new CaseContactsTab(editor, this))
    , m_audit(new CaseAuditTab(this))
{
    setObjectName(QStringLiteral("disputeCaseView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_header);
    layout->addWidget(m_tree);

    m_blocked->setObjectName(QStringLiteral("caseBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: #5f6b76;"));
    layout->addWidget(m_blocked);

    m_movesBar->setObjectName(QStringLiteral("caseMoves"));
    m_moves->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_movesBar);

    m_error->setObjectName(QStringLiteral("caseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_error->hide();
    layout->addWidget(m_error);

    layout->addWidget(m_form);

    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_details, tr("Case"));
    m_tabs->addTab(m_findings, tr("Findings"));
    m_tabs->addTab(m_contacts, tr("Contacts"));
    m_tabs->addTab(m_audit, tr("Audit trail"));
    layout->addWidget(m_tabs, 1);

    connect(m_form, &MoveFormPanel::confirmed, this, &DisputeCaseView::confirmForm);
    connect(m_form->costBenefitView(), &CostBenefitView::probabilitySet, this,
            [this](qint64 basisPoints) { setRecoveryProbability(basisPoints); });
    connect(m_form->costBenefitView(), &CostBenefitView::probabilityCleared, this,
            [this] { setRecoveryProbability(std::nullopt); });
    connect(m_findings, &CaseFindingsTab::message, this, &DisputeCaseView::showError);
    connect(m_contacts, &CaseContactsTab::message, this, &DisputeCaseView::showError);
    clearView();
}

void DisputeCaseView::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_disputeId = 0;
    if (m_session) {
        // Whoever changed a case (this view, another, an undo, the command line's import), the
        // view reads it again.
        connect(m_session, &Session::casesChanged, this, &DisputeCaseView::reload);
        if (!m_asOf.isValid())
            setAsOf(m_session->asOf());
    }
    reload();
}

void DisputeCaseView::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    m_contacts->setDate(asOf);
    reload();
}

void DisputeCaseView::showDispute(qint64 disputeId)
{
    if (disputeId != m_disputeId) {
        m_form->closeForm();
        m_findings->resetForm();
        m_error->hide();
    }
    m_disputeId = disputeId;
    m_editor->setCurrentCase(disputeId);
    reload();
}

void DisputeCaseView::clearView()
{
    m_dispute.reset();
    m_header->clear();
    m_details->clear();
    m_tree->setDispute(nullptr);
    m_blocked->setText(m_session ? tr("Choose a case in the list, or open one from an invoice (right-click it in the invoice list).")
                                 : QString());
    m_findings->clear();
    m_contacts->clear();
    m_audit->clear();
    updateMoves();
    m_tabs->setEnabled(false);
}

void DisputeCaseView::reload()
{
    if (!m_session || m_disputeId == 0) {
        clearView();
        return;
    }
    try {
        const DisputeRepository &repository = m_session->disputes().repository();
        m_dispute = repository.find(m_disputeId);
        if (!m_dispute) {
            clearView();
            return;
        }
        const Dispute &d = *m_dispute;
        m_facts = repository.facts(d);
        m_tabs->setEnabled(true);
        m_header->showDispute(d, m_asOf);
        m_tree->setDispute(&d);
        m_details->showDispute(d);
        m_findings->showDispute(d, repository.findings(m_disputeId), DisputeWorkflow::check(d, DisputeMove::AddFinding, m_facts));
        m_contacts->showDispute(d, repository.contacts(m_disputeId), DisputeWorkflow::check(d, DisputeMove::AddContact, m_facts));
        m_audit->showEvents(repository.audit(m_disputeId));
        // The assessment in view follows the case: a probability set, or undone, shows at once.
        if (m_form->isAssessment())
            m_form->openAssessment(assess(d));
    } catch (const Error &error) {
        showError(error.message());
    }
    updateMoves();
}

void DisputeCaseView::updateMoves()
{
    while (QLayoutItem *item = m_moves->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_dispute) {
        m_movesBar->hide();
        return;
    }
    m_movesBar->show();
    const Dispute &d = *m_dispute;
    const QList<DisputeMove> allowed = DisputeWorkflow::allowedMoves(d, m_facts);
    auto addButton = [this](const QString &code, const QString &text, bool primary) {
        auto *button = new QPushButton(text, m_movesBar);
        button->setObjectName(QStringLiteral("move-") + code);
        if (primary)
            button->setStyleSheet(QStringLiteral("QPushButton { font-weight: bold; }"));
        m_moves->addWidget(button);
        return button;
    };
    auto *label = new QLabel(tr("Next:"), m_movesBar);
    m_moves->addWidget(label);
    bool any = false;
    for (DisputeMove move : allowed) {
        if (move == DisputeMove::AddFinding || move == DisputeMove::AddContact || move == DisputeMove::StepBack)
            continue;
        const bool primary = DisputeWorkflow::check(d, move, m_facts)
                             && (move == DisputeMove::StartVerification || move == DisputeMove::ConcludeVerification
                                 || move == DisputeMove::Decide || move == DisputeMove::FinishResolution || move == DisputeMove::Close);
        QPushButton *button = addButton(DisputeWorkflow::moveCode(move), MoveLabels::moveLabel(move), primary);
        connect(button, &QPushButton::clicked, this, [this, move] { openMoveForm(move); });
        any = true;
    }
    // Legal collection needs a recorded cost-benefit assessment first: offer to make one.
    const bool legalNext = d.isOpen() && d.step == DisputeStep::Resolve && d.path == UnjustifiedPath::Amicable
                           && d.amicable != AmicableState::Paid
                           && (d.verdict == Verdict::Unjustified || d.verdict == Verdict::PartlyJustified);
    if (legalNext) {
        QPushButton *assess = addButton(QStringLiteral("assess"), tr("Assess legal collection…"), false);
        connect(assess, &QPushButton::clicked, this, &DisputeCaseView::openAssessmentForm);
        any = true;
    }
    if (!any) {
        auto *none = new QLabel(d.isOpen() ? tr("Record findings or contacts below.") : tr("The case is closed."), m_movesBar);
        none->setStyleSheet(QStringLiteral("color: #5f6b76;"));
        m_moves->addWidget(none);
    }
    m_moves->addStretch(1);
    if (allowed.contains(DisputeMove::StepBack)) {
        QPushButton *back = addButton(DisputeWorkflow::moveCode(DisputeMove::StepBack), MoveLabels::moveLabel(DisputeMove::StepBack), false);
        back->setToolTip(tr("Correct a wrong move: back to %1, recorded in the audit trail")
                             .arg(DisputeCodes::stepName(DisputeWorkflow::previousStep(d.step))));
        connect(back, &QPushButton::clicked, this, [this] { openMoveForm(DisputeMove::StepBack); });
    }
    if (d.isOpen()) {
        QPushButton *reassign = addButton(QStringLiteral("reassign"), tr("Reassign…"), false);
        reassign->setToolTip(tr("Hand the case to another controller, recorded in the audit trail"));
        connect(reassign, &QPushButton::clicked, this, &DisputeCaseView::openReassignForm);
    }
    updateBlocked();
    // A layout shows new children of a visible widget only later (queued): show them now.
    for (QWidget *widget : m_movesBar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        widget->show();
}

void DisputeCaseView::updateBlocked()
{
    // What keeps the case from its next step, in the guard's words.
    const Dispute &d = *m_dispute;
    QString blocked;
    std::optional<DisputeMove> forward;
    switch (d.step) {
    case DisputeStep::Verify:
        forward = DisputeMove::ConcludeVerification;
        break;
    case DisputeStep::Resolve:
        forward = DisputeMove::FinishResolution;
        break;
    case DisputeStep::Learn:
        forward = DisputeMove::Close;
        break;
    default:
        break;
    }
    if (forward) {
        const GuardResult guard = DisputeWorkflow::check(d, *forward, m_facts);
        if (!guard)
            blocked = guard.reason;
    }
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
}

void DisputeCaseView::openMoveForm(DisputeMove move)
{
    if (!m_dispute)
        return;
    m_error->hide();
    if (move == DisputeMove::AddFinding) {
        m_form->closeForm();
        m_tabs->setCurrentWidget(m_findings);
        m_findings->openForm();
        return;
    }
    if (move == DisputeMove::AddContact) {
        m_form->closeForm();
        m_tabs->setCurrentWidget(m_contacts);
        m_contacts->focusSummary();
        return;
    }
    std::optional<PreviousGoodwill> earlier;
    if (move == DisputeMove::Goodwill && m_session) {
        try {
            earlier = m_session->disputes().repository().previousGoodwill(m_dispute->customerId, m_dispute->id);
        } catch (const Error &error) {
            showError(error.message());
        }
    }
    m_form->openMove(move, *m_dispute, earlier);
    if (move == DisputeMove::Close && m_session) {
        try {
            m_form->setOpenOnInvoices(m_session->disputes().openOnInvoices(*m_dispute));
        } catch (const Error &error) {
            showError(error.message());
        }
    }
    // The credit note is shown before it is issued (issue 19).
    if (move == DisputeMove::Credit && m_session) {
        const QString reason = m_session->disputes().customerReason(*m_dispute);
        try {
            m_form->setCreditPreview(m_session->disputes().previewCredit(m_dispute->id, reason), reason);
        } catch (const Error &error) {
            m_form->setCreditPreview({}, reason, error.message());
        }
    }
}

void DisputeCaseView::openAssessmentForm()
{
    if (!m_dispute || !m_session)
        return;
    m_error->hide();
    try {
        m_form->openAssessment(assess(*m_dispute));
    } catch (const Error &error) {
        showError(error.message());
    }
}

CaseAssessmentResult DisputeCaseView::assess(const Dispute &dispute) const
{
    CaseAssessmentOptions options;
    options.asOf = IsoDate::fromQDate(m_asOf);
    return m_session->caseAssessment().assess(dispute, options);
}

void DisputeCaseView::setRecoveryProbability(std::optional<qint64> basisPoints)
{
    if (!m_dispute)
        return;
    m_error->hide();
    const Dispute d = *m_dispute;
    QString failure;
    if (!m_editor->perform([&](const DisputeCommandFactory &factory) { return factory.setRecoveryProbability(d, basisPoints); },
                           &failure))
        showError(failure);
}

void DisputeCaseView::openReassignForm()
{
    if (!m_dispute || !m_dispute->isOpen())
        return;
    // Not modal: the case stays readable, and the form is found like any other window.
    auto *form = new QInputDialog(this);
    form->setObjectName(QStringLiteral("reassignForm"));
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowTitle(tr("Reassign %1").arg(m_dispute->number));
    form->setLabelText(tr("Handled by %1 now. Hand the case to:").arg(m_dispute->assignee.isEmpty() ? tr("nobody") : m_dispute->assignee));
    form->setTextValue(QString());
    const Dispute dispute = *m_dispute;
    connect(form, &QInputDialog::textValueSelected, this, [this, dispute](const QString &assignee) {
        QString failure;
        const auto make = [&](const DisputeCommandFactory &factory) { return factory.reassign(dispute, assignee); };
        if (!m_editor->perform(make, &failure))
            showError(failure);
    });
    form->open();
}

void DisputeCaseView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DisputeCaseView::confirmForm()
{
    if (!m_dispute || !m_form->isOpen())
        return;
    QString failure;
    std::optional<MoveInput> input;
    if (!m_form->isAssessment()) {
        input = m_form->input(*m_dispute, &failure);
        if (!input) {
            showError(failure);
            return;
        }
    }
    const Dispute &d = *m_dispute;
    const auto make = [&](const DisputeCommandFactory &factory) {
        if (input && m_form->move())
            return factory.move(d, *m_form->move(), *input);
        return factory.recordAssessment(d, Money(m_form->assessmentGainCents(), d.currency()), m_form->assessmentRecommendation(),
                                        m_form->assessmentDetails());
    };
    m_error->hide();
    // A refusal leaves the form open to correct it.
    if (!m_editor->perform(make, &failure)) {
        showError(failure);
        return;
    }
    m_form->closeForm();
}

void DisputeCaseView::addEvidenceFiles(const QStringList &paths)
{
    if (m_findings->addEvidenceFiles(paths))
        m_tabs->setCurrentWidget(m_findings);
}

} // namespace dd
