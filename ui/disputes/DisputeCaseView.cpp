#include "DisputeCaseView.h"

#include "DecisionTreeWidget.h"
#include "DisputeCommand.h"
#include "DisputeEditor.h"
#include "common/DateEdits.h"
#include "common/TableViews.h"
#include "common/UiLocale.h"
#include "common/ValidationError.h"
#include "disputes/DisputeService.h"
#include "disputes/ReasonTaxonomy.h"
#include "legal/CaseAssessment.h"
#include "legal/LegalTableRepository.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

const QString overdueStyle = QStringLiteral("color: #a61b1b; font-weight: bold;");

QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QFormLayout *compactForm()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);
    return form;
}

QPlainTextEdit *textEdit(QWidget *parent, const char *name, int lines = 3)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

QTreeWidget *listTree(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QString::fromLatin1(name));
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// Undo only applies while the case is still where the edit left it.
void requireStep(DisputeService &service, qint64 disputeId, DisputeStep step)
{
    const auto dispute = service.repository().find(disputeId);
    if (!dispute || dispute->step != step)
        throw ValidationError(DisputeCaseView::tr("Case %1 is no longer in step %2; that edit cannot be undone any more.")
                                  .arg(dispute ? dispute->number : QString(), DisputeCodes::stepName(step)));
}

QString directionName(FindingDirection direction)
{
    switch (direction) {
    case FindingDirection::SupportsCustomer:
        return DisputeCaseView::tr("the customer");
    case FindingDirection::SupportsUs:
        return DisputeCaseView::tr("us");
    case FindingDirection::Neutral:
        return DisputeCaseView::tr("neutral");
    }
    return QString();
}

QString sizeText(qint64 bytes)
{
    const QLocale locale = UiLocale::locale();
    if (bytes < 1024)
        return DisputeCaseView::tr("%1 bytes").arg(locale.toString(bytes));
    if (bytes < 1024 * 1024)
        return DisputeCaseView::tr("%1 KB").arg(locale.toString(double(bytes) / 1024.0, 'f', 1));
    return DisputeCaseView::tr("%1 MB").arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

} // namespace

DisputeCaseView::DisputeCaseView(DisputeEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_asOf(QDate::currentDate())
{
    setObjectName(QStringLiteral("disputeCaseView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(createHeader());

    m_tree = new DecisionTreeWidget(this);
    layout->addWidget(m_tree);

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("caseBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: #5f6b76;"));
    layout->addWidget(m_blocked);

    m_movesBar = new QWidget(this);
    m_movesBar->setObjectName(QStringLiteral("caseMoves"));
    m_moves = new QHBoxLayout(m_movesBar);
    m_moves->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_movesBar);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("caseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_error->hide();
    layout->addWidget(m_error);

    layout->addWidget(createMoveForm());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createDetailsTab(), tr("Case"));
    m_tabs->addTab(createFindingsTab(), tr("Findings"));
    m_tabs->addTab(createContactsTab(), tr("Contacts"));
    m_tabs->addTab(createAuditTab(), tr("Audit trail"));
    layout->addWidget(m_tabs, 1);

    connect(m_editor, &DisputeEditor::changed, this, [this](qint64 id) {
        if (id == m_disputeId)
            reload();
    });
    clearView();
}

QWidget *DisputeCaseView::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *titleRow = new QHBoxLayout;
    m_title = valueLabel(header, "caseTitle");
    m_title->setWordWrap(false);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_step = valueLabel(header, "caseStep");
    m_step->setWordWrap(false);
    m_step->setStyleSheet(QStringLiteral("QLabel { background: #1f5fa8; color: white; border-radius: 4px; padding: 2px 8px; font-weight: bold; }"));
    titleRow->addWidget(m_title);
    titleRow->addSpacing(10);
    titleRow->addWidget(m_step);
    titleRow->addStretch(1);
    layout->addLayout(titleRow);

    QFormLayout *left = compactForm();
    QFormLayout *right = compactForm();
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_customer = valueLabel(header, "caseCustomer");
    m_invoices = valueLabel(header, "caseInvoices");
    m_reason = valueLabel(header, "caseReason");
    m_channel = valueLabel(header, "caseChannel");
    m_received = valueLabel(header, "caseReceived");
    m_promised = valueLabel(header, "casePromised");
    m_disputed = valueLabel(header, "caseDisputed");
    m_assignee = valueLabel(header, "caseAssignee");
    // One line each: a long name is cut at the edge (the tooltip has it all) instead of wrapping
    // out of its row.
    for (QLabel *label : {m_customer, m_invoices, m_reason, m_channel, m_received, m_promised, m_disputed, m_assignee}) {
        label->setWordWrap(false);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    left->addRow(tr("Customer:"), m_customer);
    left->addRow(tr("Invoices:"), m_invoices);
    left->addRow(tr("Reason:"), m_reason);
    left->addRow(tr("Received:"), m_channel);
    right->addRow(tr("Disputed:"), m_disputed);
    right->addRow(tr("On:"), m_received);
    right->addRow(tr("Answer promised:"), m_promised);
    right->addRow(tr("Assignee:"), m_assignee);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 5);
    columns->addSpacing(16);
    columns->addLayout(right, 3);
    layout->addLayout(columns);
    return header;
}

QWidget *DisputeCaseView::createMoveForm()
{
    m_formBox = new QGroupBox(this);
    m_formBox->setObjectName(QStringLiteral("moveForm"));
    auto *layout = new QVBoxLayout(m_formBox);
    m_formPages = new QStackedWidget(m_formBox);
    layout->addWidget(m_formPages);

    auto addPage = [this](Form form, QLayout *content) {
        auto *page = new QWidget(m_formPages);
        page->setLayout(content);
        content->setContentsMargins(0, 0, 0, 0);
        m_formPages->addWidget(page);
        m_pages.insert(int(form), page);
    };

    {
        auto *form = compactForm();
        m_noteInfo = valueLabel(this, "moveInfo");
        m_note = textEdit(this, "moveNote", 2);
        m_note->setPlaceholderText(tr("Optional: a note for the audit trail"));
        form->addRow(m_noteInfo);
        form->addRow(tr("Note:"), m_note);
        addPage(Form::Note, form);
    }
    {
        auto *form = compactForm();
        m_verdict = new QComboBox(this);
        m_verdict->setObjectName(QStringLiteral("decideVerdict"));
        m_verdict->addItem(DisputeCodes::verdictName(Verdict::Justified), int(Verdict::Justified));
        m_verdict->addItem(DisputeCodes::verdictName(Verdict::PartlyJustified), int(Verdict::PartlyJustified));
        m_verdict->addItem(DisputeCodes::verdictName(Verdict::Unjustified), int(Verdict::Unjustified));
        m_justified = lineEdit(this, "decideAmount");
        m_justified->setPlaceholderText(tr("Only for a partly justified verdict"));
        m_rationale = textEdit(this, "decideRationale");
        m_rationale->setPlaceholderText(tr("Why: what the findings show"));
        form->addRow(tr("Verdict:"), m_verdict);
        form->addRow(tr("Justified amount:"), m_justified);
        form->addRow(tr("Rationale:"), m_rationale);
        connect(m_verdict, &QComboBox::currentIndexChanged, this, [this] {
            m_justified->setEnabled(Verdict(m_verdict->currentData().toInt()) == Verdict::PartlyJustified);
        });
        m_justified->setEnabled(false);
        addPage(Form::Decide, form);
    }
    {
        auto *form = compactForm();
        m_explanation = textEdit(this, "amicableExplanation", 4);
        m_explanation->setPlaceholderText(tr("Why the invoice stands, with the agreements and facts that show it"));
        form->addRow(tr("Explanation:"), m_explanation);
        addPage(Form::Amicable, form);
    }
    {
        auto *form = compactForm();
        m_arrangement = textEdit(this, "arrangementText");
        m_arrangement->setPlaceholderText(tr("Amounts and dates of the instalments"));
        form->addRow(tr("Arrangement:"), m_arrangement);
        addPage(Form::Arrangement, form);
    }
    {
        auto *form = compactForm();
        m_goodwillWarning = valueLabel(this, "goodwillWarning");
        m_goodwillWarning->setStyleSheet(
            QStringLiteral("QLabel { background: #fff4e0; color: #7a4b00; border: 1px solid #e5b567; border-radius: 4px; padding: 6px; }"));
        m_goodwillInfo = valueLabel(this, "goodwillInfo");
        m_goodwillReason = textEdit(this, "goodwillReason");
        m_goodwillReason->setPlaceholderText(tr("Why the amount is written off; the letter tells the customer"));
        form->addRow(m_goodwillWarning);
        form->addRow(m_goodwillInfo);
        form->addRow(tr("Reason:"), m_goodwillReason);
        addPage(Form::Goodwill, form);
    }
    {
        auto *form = compactForm();
        m_lessonWhat = lineEdit(this, "lessonWhat");
        m_lessonWhat->setPlaceholderText(tr("What went wrong internally"));
        m_lessonDepartment = lineEdit(this, "lessonDepartment");
        m_lessonDepartment->setPlaceholderText(tr("Sales, Billing, Logistics…"));
        m_lessonAction = lineEdit(this, "lessonAction");
        m_lessonAction->setPlaceholderText(tr("What prevents it next time"));
        form->addRow(tr("What went wrong:"), m_lessonWhat);
        form->addRow(tr("Department:"), m_lessonDepartment);
        form->addRow(tr("Preventive action:"), m_lessonAction);
        addPage(Form::Lessons, form);
    }
    {
        auto *form = compactForm();
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("closeOutcome"));
        for (Outcome outcome : {Outcome::Paid, Outcome::Credited, Outcome::WrittenOff, Outcome::Collected, Outcome::Lost})
            m_outcome->addItem(DisputeCodes::outcomeName(outcome), int(outcome));
        m_closeNote = lineEdit(this, "closeNote");
        m_closeNote->setPlaceholderText(tr("Optional"));
        form->addRow(tr("Outcome:"), m_outcome);
        form->addRow(tr("Note:"), m_closeNote);
        addPage(Form::Close, form);
    }
    {
        auto *form = compactForm();
        m_stepBackInfo = valueLabel(this, "stepBackInfo");
        m_stepBackNote = lineEdit(this, "stepBackNote");
        m_stepBackNote->setPlaceholderText(tr("Required: why the step is taken back"));
        form->addRow(m_stepBackInfo);
        form->addRow(tr("Reason:"), m_stepBackNote);
        addPage(Form::StepBack, form);
    }
    {
        auto *form = compactForm();
        m_assessment = valueLabel(this, "assessmentText");
        m_assessment->setTextFormat(Qt::RichText);
        form->addRow(m_assessment);
        addPage(Form::Assessment, form);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), m_formBox);
    cancel->setObjectName(QStringLiteral("cancelMove"));
    m_confirm = new QPushButton(tr("Confirm"), m_formBox);
    m_confirm->setObjectName(QStringLiteral("confirmMove"));
    m_confirm->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &DisputeCaseView::closeForm);
    connect(m_confirm, &QPushButton::clicked, this, &DisputeCaseView::confirmForm);
    m_formBox->hide();
    return m_formBox;
}

QWidget *DisputeCaseView::createDetailsTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("caseDetailsTab"));
    auto *form = compactForm();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(8, 8, 8, 8);
    form->setVerticalSpacing(8);
    m_story = valueLabel(page, "caseStory");
    m_verdictText = valueLabel(page, "caseVerdict");
    m_resolution = valueLabel(page, "caseResolution");
    m_lessons = valueLabel(page, "caseLessons");
    m_outcomeText = valueLabel(page, "caseOutcome");
    form->addRow(tr("Customer's story:"), m_story);
    form->addRow(tr("Verdict:"), m_verdictText);
    form->addRow(tr("Resolution:"), m_resolution);
    form->addRow(tr("Lessons:"), m_lessons);
    form->addRow(tr("Outcome:"), m_outcomeText);
    page->setLayout(form);
    return page;
}

QWidget *DisputeCaseView::createFindingsTab()
{
    m_findingsPage = new QWidget(this);
    m_findingsPage->setObjectName(QStringLiteral("findingsTab"));
    m_findingsPage->setAcceptDrops(true);
    m_findingsPage->installEventFilter(this);
    auto *layout = new QVBoxLayout(m_findingsPage);
    layout->setContentsMargins(0, 6, 0, 0);
    m_findings = listTree(m_findingsPage, "findingsList", {tr("Recorded"), tr("Source"), tr("Supports"), tr("Finding"), tr("Evidence")});
    m_findings->setAcceptDrops(true);
    m_findings->viewport()->setAcceptDrops(true);
    m_findings->viewport()->installEventFilter(this);
    layout->addWidget(m_findings, 1);

    auto *row = new QHBoxLayout;
    auto *hint = new QLabel(tr("Drop evidence files here to attach them to a new finding."), m_findingsPage);
    hint->setStyleSheet(QStringLiteral("color: #5f6b76;"));
    m_addFinding = new QPushButton(tr("Add finding…"), m_findingsPage);
    m_addFinding->setObjectName(QStringLiteral("addFindingButton"));
    row->addWidget(hint, 1);
    row->addWidget(m_addFinding);
    layout->addLayout(row);

    m_findingForm = new QGroupBox(tr("New finding"), m_findingsPage);
    m_findingForm->setObjectName(QStringLiteral("findingForm"));
    auto *form = compactForm();
    m_findingSource = lineEdit(m_findingForm, "findingSource");
    m_findingSource->setPlaceholderText(tr("A colleague, the contract, an e-mail"));
    m_findingDirection = new QComboBox(m_findingForm);
    m_findingDirection->setObjectName(QStringLiteral("findingDirection"));
    m_findingDirection->addItem(tr("Supports the customer"), int(FindingDirection::SupportsCustomer));
    m_findingDirection->addItem(tr("Supports us"), int(FindingDirection::SupportsUs));
    m_findingDirection->addItem(tr("Neutral"), int(FindingDirection::Neutral));
    m_findingText = textEdit(m_findingForm, "findingText", 2);
    m_evidence = new QListWidget(m_findingForm);
    m_evidence->setObjectName(QStringLiteral("findingEvidence"));
    m_evidence->setFixedHeight(m_evidence->fontMetrics().lineSpacing() * 3 + 10);
    auto *addFile = new QPushButton(tr("Add file…"), m_findingForm);
    addFile->setObjectName(QStringLiteral("addEvidenceButton"));
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidence, 1);
    evidenceRow->addWidget(addFile, 0, Qt::AlignTop);
    form->addRow(tr("Source:"), m_findingSource);
    form->addRow(tr("Supports:"), m_findingDirection);
    form->addRow(tr("Finding:"), m_findingText);
    form->addRow(tr("Evidence:"), evidenceRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), m_findingForm);
    cancel->setObjectName(QStringLiteral("cancelFindingButton"));
    auto *save = new QPushButton(tr("Save finding"), m_findingForm);
    save->setObjectName(QStringLiteral("saveFindingButton"));
    buttons->addWidget(cancel);
    buttons->addWidget(save);
    form->addRow(buttons);
    m_findingForm->setLayout(form);
    m_findingForm->hide();
    layout->addWidget(m_findingForm);

    connect(m_addFinding, &QPushButton::clicked, this, [this] {
        m_findingForm->show();
        m_findingSource->setFocus();
    });
    connect(addFile, &QPushButton::clicked, this, &DisputeCaseView::chooseEvidenceFiles);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_findingForm->hide();
        m_evidencePaths.clear();
        m_evidence->clear();
    });
    connect(save, &QPushButton::clicked, this, &DisputeCaseView::saveFinding);
    return m_findingsPage;
}

QWidget *DisputeCaseView::createContactsTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("contactsTab"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    m_contacts = listTree(page, "contactsList", {tr("Date"), tr("Channel"), tr("Direction"), tr("Summary")});
    layout->addWidget(m_contacts, 1);
    auto *row = new QHBoxLayout;
    m_contactDate = new QDateEdit(page);
    m_contactDate->setObjectName(QStringLiteral("contactDate"));
    m_contactDate->setCalendarPopup(true);
    DateEdits::limitToAcceptedRange(m_contactDate);
    m_contactDate->setDisplayFormat(UiLocale::languageCode() == u"nl" ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy"));
    m_contactDate->setDate(m_asOf); // until the main window hands over its as-of date
    m_contactChannel = new QComboBox(page);
    m_contactChannel->setObjectName(QStringLiteral("contactChannel"));
    for (Channel channel : {Channel::Phone, Channel::Email, Channel::Letter, Channel::Portal, Channel::Visit, Channel::SocialMedia})
        m_contactChannel->addItem(DisputeCodes::channelName(channel), int(channel));
    m_contactDirection = new QComboBox(page);
    m_contactDirection->setObjectName(QStringLiteral("contactDirection"));
    m_contactDirection->addItem(tr("From the customer"), int(ContactDirection::Inbound));
    m_contactDirection->addItem(tr("To the customer"), int(ContactDirection::Outbound));
    m_contactSummary = lineEdit(page, "contactSummary");
    m_contactSummary->setPlaceholderText(tr("What was said"));
    m_contactSummary->setMinimumWidth(180);
    // A consumer case may go the legal way only after the statutory 14-day letter (art. 6:96 lid 6
    // BW); sent by post outside DisputeDesk, it is recorded here as that letter.
    m_contactFourteenDay = new QCheckBox(tr("14-day letter"), page);
    m_contactFourteenDay->setObjectName(QStringLiteral("contactFourteenDay"));
    m_contactFourteenDay->setToolTip(tr("This letter to the customer was the statutory 14-day letter (art. 6:96 lid 6 BW)"));
    m_addContact = new QPushButton(tr("Log contact"), page);
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    row->addWidget(m_contactDate);
    row->addWidget(m_contactChannel);
    row->addWidget(m_contactDirection);
    row->addWidget(m_contactSummary, 1);
    row->addWidget(m_contactFourteenDay);
    row->addWidget(m_addContact);
    layout->addLayout(row);
    const auto updateFourteenDay = [this] {
        const bool letterOut = Channel(m_contactChannel->currentData().toInt()) == Channel::Letter
                               && ContactDirection(m_contactDirection->currentData().toInt()) == ContactDirection::Outbound;
        m_contactFourteenDay->setEnabled(letterOut);
        if (!letterOut)
            m_contactFourteenDay->setChecked(false);
    };
    connect(m_contactChannel, &QComboBox::currentIndexChanged, this, updateFourteenDay);
    connect(m_contactDirection, &QComboBox::currentIndexChanged, this, updateFourteenDay);
    updateFourteenDay();
    connect(m_addContact, &QPushButton::clicked, this, &DisputeCaseView::saveContact);
    connect(m_contactSummary, &QLineEdit::returnPressed, this, &DisputeCaseView::saveContact);
    return page;
}

QWidget *DisputeCaseView::createAuditTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("auditTab"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    m_audit = listTree(page, "auditList", {tr("When"), tr("Who"), tr("Step"), tr("Action"), tr("Note")});
    layout->addWidget(m_audit);
    return page;
}

void DisputeCaseView::setDatabase(Database *database)
{
    if (database != m_database)
        m_disputeId = 0;
    m_database = database;
    reload();
}

void DisputeCaseView::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    m_contactDate->setDate(asOf);
    reload();
}

void DisputeCaseView::showDispute(qint64 disputeId)
{
    if (disputeId != m_disputeId) {
        closeForm();
        m_findingForm->hide();
        m_evidencePaths.clear();
        m_evidence->clear();
        m_error->hide();
    }
    m_disputeId = disputeId;
    reload();
}

void DisputeCaseView::clearView()
{
    m_dispute.reset();
    m_title->setText(tr("No case selected"));
    m_step->hide();
    for (QLabel *label : {m_customer, m_invoices, m_reason, m_channel, m_received, m_promised, m_disputed, m_assignee,
                          m_story, m_verdictText, m_resolution, m_lessons, m_outcomeText})
        label->clear();
    m_tree->setDispute(nullptr);
    m_blocked->setText(m_database ? tr("Choose a case in the list, or open one from an invoice (right-click it in the invoice list).")
                                  : QString());
    m_findings->clear();
    m_contacts->clear();
    m_audit->clear();
    updateMoves();
    m_tabs->setEnabled(false);
}

void DisputeCaseView::reload()
{
    if (!m_database || m_disputeId == 0) {
        clearView();
        return;
    }
    try {
        DisputeRepository repository(*m_database);
        m_dispute = repository.find(m_disputeId);
        if (!m_dispute) {
            clearView();
            return;
        }
        m_facts = repository.facts(*m_dispute);
        m_tabs->setEnabled(true);
        updateDetails();

        m_findings->clear();
        for (const Finding &finding : repository.findings(m_disputeId)) {
            QStringList files;
            for (const Evidence &evidence : finding.evidence)
                files << QStringLiteral("%1 (%2)").arg(evidence.name, sizeText(evidence.size));
            auto *item = new QTreeWidgetItem({UiLocale::formatDate(finding.recordedAt.toLocalTime().date()), finding.source,
                                              directionName(finding.direction), finding.text, files.join(QStringLiteral(", "))});
            item->setToolTip(3, finding.text);
            QStringList hashes;
            for (const Evidence &evidence : finding.evidence)
                hashes << QStringLiteral("%1  SHA-256 %2").arg(evidence.name, evidence.sha256);
            item->setToolTip(4, hashes.join(u'\n'));
            m_findings->addTopLevelItem(item);
        }
        m_contacts->clear();
        for (const ContactLogEntry &contact : repository.contacts(m_disputeId)) {
            m_contacts->addTopLevelItem(new QTreeWidgetItem(
                {UiLocale::formatDate(contact.date), DisputeCodes::channelName(contact.channel),
                 contact.direction == ContactDirection::Inbound ? tr("From the customer") : tr("To the customer"),
                 contact.letterKind == u"fourteen-day" ? tr("14-day letter: %1").arg(contact.summary) : contact.summary}));
        }
        m_audit->clear();
        for (const AuditEvent &event : repository.audit(m_disputeId)) {
            const QString step = event.from == event.to
                                     ? DisputeCodes::stepName(event.to)
                                     : QStringLiteral("%1 → %2").arg(DisputeCodes::stepName(event.from), DisputeCodes::stepName(event.to));
            const QDateTime at = event.at.toLocalTime();
            auto *item = new QTreeWidgetItem({UiLocale::formatDate(at.date()) + QStringLiteral(" ") + at.toString(QStringLiteral("HH:mm")),
                                              event.actor, step, actionName(event.action), event.note});
            item->setData(3, Qt::UserRole, event.action);
            item->setToolTip(4, event.note);
            m_audit->addTopLevelItem(item);
        }
        for (QTreeWidget *tree : {m_findings, m_contacts, m_audit}) {
            for (int column = 0; column + 1 < tree->columnCount(); ++column)
                tree->resizeColumnToContents(column);
        }
        m_audit->scrollToBottom();
    } catch (const StorageError &error) {
        showError(error.message());
    }
    updateMoves();
}

void DisputeCaseView::updateDetails()
{
    const auto setTips = qScopeGuard([this] {
        for (QLabel *label : {m_customer, m_invoices, m_reason, m_channel, m_disputed, m_assignee})
            label->setToolTip(label->text());
    });
    const Dispute &d = *m_dispute;
    const Date asOf = IsoDate::fromQDate(m_asOf);
    m_title->setText(tr("Case %1").arg(d.number));
    m_step->setText(d.step == DisputeStep::Closed && d.outcome != Outcome::None
                        ? tr("Closed: %1").arg(DisputeCodes::outcomeName(d.outcome))
                        : DisputeCodes::stepName(d.step));
    m_step->show();
    m_tree->setDispute(&d);
    m_customer->setText(d.customerName);

    QStringList invoices;
    for (const DisputedInvoice &invoice : d.invoices)
        invoices << QStringLiteral("%1 (%2)").arg(invoice.invoiceNumber, UiLocale::formatMoney(invoice.disputed));
    m_invoices->setText(invoices.join(QStringLiteral(", ")) + QStringLiteral(" — ")
                        + (d.isOpen() ? tr("on dunning hold") : tr("hold lifted")));
    const auto reason = ReasonTaxonomy::find(d.reasonCode);
    m_reason->setText(reason ? QStringLiteral("%1 (%2)").arg(reason->name, ReasonTaxonomy::className(reason->reasonClass))
                             : d.reasonCode);
    m_channel->setText(d.contactPerson.isEmpty() ? DisputeCodes::channelName(d.channel)
                                                 : tr("%1, from %2").arg(DisputeCodes::channelName(d.channel), d.contactPerson));
    m_received->setText(UiLocale::formatDate(d.receivedOn));
    m_disputed->setText(UiLocale::formatMoney(d.disputedTotal()));
    m_assignee->setText(d.assignee);
    if (d.isResponseOverdue(asOf)) {
        m_promised->setText(tr("%1 · overdue").arg(UiLocale::formatDate(d.promisedOn)));
        m_promised->setToolTip(tr("Not answered yet; the customer was promised an answer by %1.").arg(UiLocale::formatDate(d.promisedOn)));
        m_promised->setStyleSheet(overdueStyle);
    } else if (!d.answeredOn.is_special()) {
        m_promised->setText(tr("%1 · answered %2").arg(UiLocale::formatDate(d.promisedOn), UiLocale::formatDate(d.answeredOn)));
        m_promised->setStyleSheet(QString());
    } else {
        m_promised->setText(UiLocale::formatDate(d.promisedOn));
        m_promised->setStyleSheet(QString());
    }

    m_story->setText(d.story);
    m_verdictText->setText(d.verdict == Verdict::None
                               ? tr("Not decided yet")
                               : (d.verdict == Verdict::PartlyJustified
                                      ? tr("%1: %2 justified").arg(DisputeCodes::verdictName(d.verdict), UiLocale::formatMoney(d.justified))
                                      : DisputeCodes::verdictName(d.verdict))
                                     + (d.rationale.trimmed().isEmpty() ? QString() : QStringLiteral(" — ") + d.rationale.trimmed()));
    QStringList resolution;
    if (d.creditDecided)
        resolution << tr("justified part credited (%1)").arg(UiLocale::formatMoney(d.justified));
    switch (d.path) {
    case UnjustifiedPath::Amicable:
        switch (d.amicable) {
        case AmicableState::Arrangement:
            resolution << tr("amicable: payment arrangement (%1)").arg(d.arrangement);
            break;
        case AmicableState::Paid:
            resolution << tr("amicable: paid after explanation");
            break;
        default:
            resolution << tr("amicable: explained, awaiting payment");
            break;
        }
        break;
    case UnjustifiedPath::Legal:
        resolution << tr("handed over for legal collection");
        break;
    case UnjustifiedPath::Goodwill:
        resolution << tr("goodwill: %1 written off").arg(UiLocale::formatMoney(d.goodwill));
        break;
    case UnjustifiedPath::None:
        break;
    }
    m_resolution->setText(resolution.isEmpty() ? tr("Not resolved yet") : resolution.join(QStringLiteral("; ")));
    m_lessons->setText(d.lessonWhat.isEmpty() ? tr("None recorded")
                                              : tr("%1 — %2 — %3").arg(d.lessonWhat, d.lessonDepartment, d.lessonAction));
    m_outcomeText->setText(d.outcome == Outcome::None
                               ? tr("Open")
                               : tr("%1 on %2").arg(DisputeCodes::outcomeName(d.outcome), UiLocale::formatDate(d.closedOn)));
}

QString DisputeCaseView::moveLabel(DisputeMove move)
{
    switch (move) {
    case DisputeMove::StartVerification:
        return tr("Start verification…");
    case DisputeMove::AddFinding:
        return tr("Add finding…");
    case DisputeMove::ConcludeVerification:
        return tr("Conclude verification…");
    case DisputeMove::Decide:
        return tr("Decide…");
    case DisputeMove::Credit:
        return tr("Credit justified part…");
    case DisputeMove::Amicable:
        return tr("Amicable: explain…");
    case DisputeMove::Arrangement:
        return tr("Payment arrangement…");
    case DisputeMove::Paid:
        return tr("Customer paid…");
    case DisputeMove::Legal:
        return tr("Legal collection…");
    case DisputeMove::Goodwill:
        return tr("Goodwill…");
    case DisputeMove::FinishResolution:
        return tr("Resolved: to Learn…");
    case DisputeMove::RecordLessons:
        return tr("Record lessons…");
    case DisputeMove::Close:
        return tr("Close case…");
    case DisputeMove::StepBack:
        return tr("Step back…");
    case DisputeMove::AddContact:
        return tr("Log contact…");
    }
    return QString();
}

QString DisputeCaseView::actionName(const QString &code)
{
    if (code == u"open")
        return tr("Opened");
    if (code == u"assessment")
        return tr("Cost-benefit assessment");
    if (const auto move = DisputeWorkflow::moveFromCode(code)) {
        QString label = moveLabel(*move);
        if (label.endsWith(QStringLiteral("…")))
            label.chop(1);
        return label;
    }
    return code;
}

void DisputeCaseView::updateMoves()
{
    while (QLayoutItem *item = m_moves->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_dispute) {
        m_movesBar->hide();
        m_addFinding->setEnabled(false);
        m_addContact->setEnabled(false);
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
        QPushButton *button = addButton(DisputeWorkflow::moveCode(move), moveLabel(move), primary);
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
        QPushButton *back = addButton(DisputeWorkflow::moveCode(DisputeMove::StepBack), moveLabel(DisputeMove::StepBack), false);
        back->setToolTip(tr("Correct a wrong move: back to %1, recorded in the audit trail")
                             .arg(DisputeCodes::stepName(DisputeWorkflow::previousStep(d.step))));
        connect(back, &QPushButton::clicked, this, [this] { openMoveForm(DisputeMove::StepBack); });
    }

    // What keeps the case from its next step, in the guard's words.
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
    // A layout shows new children of a visible widget only later (queued): show them now.
    for (QWidget *widget : m_movesBar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        widget->show();

    const GuardResult finding = DisputeWorkflow::check(d, DisputeMove::AddFinding, m_facts);
    m_addFinding->setEnabled(finding.allowed);
    m_addFinding->setToolTip(finding.allowed ? QString() : finding.reason);
    const GuardResult contact = DisputeWorkflow::check(d, DisputeMove::AddContact, m_facts);
    m_addContact->setEnabled(contact.allowed);
    m_addContact->setToolTip(contact.allowed ? QString() : contact.reason);
}

void DisputeCaseView::openMoveForm(DisputeMove move)
{
    if (!m_dispute)
        return;
    const Dispute &d = *m_dispute;
    m_error->hide();
    m_formMove = move;
    m_formBox->setTitle(actionName(DisputeWorkflow::moveCode(move)));
    m_confirm->setText(tr("Confirm"));
    Form form = Form::Note;
    m_note->clear();
    switch (move) {
    case DisputeMove::StartVerification:
        m_noteInfo->setText(tr("Fact finding: consult the colleagues involved and read the agreements. Each fact becomes a finding."));
        break;
    case DisputeMove::ConcludeVerification:
        m_noteInfo->setText(tr("The findings are complete; the case goes to a verdict."));
        break;
    case DisputeMove::Credit:
        m_noteInfo->setText(tr("A credit note is issued for the justified part, %1. This cannot be undone.")
                                .arg(UiLocale::formatMoney(d.justified)));
        break;
    case DisputeMove::Paid:
        m_noteInfo->setText(tr("The customer paid the unjustified part after the explanation."));
        break;
    case DisputeMove::Legal:
        m_noteInfo->setText(tr("The claim of %1 goes to a collection agency or lawyer. This cannot be undone.")
                                .arg(UiLocale::formatMoney(d.unjustifiedPart())));
        break;
    case DisputeMove::FinishResolution:
        m_noteInfo->setText(tr("Every part of the claim has been dealt with; record what the case teaches."));
        break;
    case DisputeMove::Decide:
        form = Form::Decide;
        m_verdict->setCurrentIndex(0);
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
    case DisputeMove::Goodwill: {
        form = Form::Goodwill;
        m_goodwillReason->clear();
        // Irreversible: the write-off is issued as a credit note, which can never be taken back.
        m_goodwillInfo->setText(tr("%1 is written off once, as a commercial choice, with a goodwill credit note in the "
                                   "credit-note series; an issued credit note cannot be taken back.")
                                    .arg(UiLocale::formatMoney(d.unjustifiedPart())));
        std::optional<PreviousGoodwill> earlier;
        try {
            if (m_database)
                earlier = DisputeRepository(*m_database).previousGoodwill(d.customerId, d.id);
        } catch (const StorageError &error) {
            showError(error.message());
        }
        // Goodwill is meant once: say so before it is confirmed.
        m_goodwillWarning->setText(earlier ? tr("This customer already had goodwill in case %1 (%2, %3).")
                                                 .arg(earlier->disputeNumber, UiLocale::formatMoney(earlier->amount),
                                                      UiLocale::formatDate(earlier->closedOn))
                                           : QString());
        m_goodwillWarning->setVisible(earlier.has_value());
        m_confirm->setText(earlier ? tr("Give goodwill again") : tr("Confirm"));
        break;
    }
    case DisputeMove::RecordLessons:
        form = Form::Lessons;
        m_lessonWhat->setText(d.lessonWhat);
        m_lessonDepartment->setText(d.lessonDepartment);
        m_lessonAction->setText(d.lessonAction);
        break;
    case DisputeMove::Close:
        form = Form::Close;
        m_closeNote->clear();
        {
            Outcome suggested = Outcome::Paid;
            if (d.path == UnjustifiedPath::Goodwill)
                suggested = Outcome::WrittenOff;
            else if (d.path == UnjustifiedPath::Legal)
                suggested = Outcome::Collected;
            else if (d.verdict == Verdict::Justified)
                suggested = Outcome::Credited;
            m_outcome->setCurrentIndex(m_outcome->findData(int(suggested)));
        }
        break;
    case DisputeMove::StepBack:
        form = Form::StepBack;
        m_stepBackNote->clear();
        m_stepBackInfo->setText(tr("The case goes back from %1 to %2; what was decided there no longer stands.")
                                    .arg(DisputeCodes::stepName(d.step), DisputeCodes::stepName(DisputeWorkflow::previousStep(d.step))));
        break;
    case DisputeMove::AddFinding:
        m_formMove.reset();
        m_tabs->setCurrentWidget(m_findingsPage);
        m_findingForm->show();
        return;
    case DisputeMove::AddContact:
        m_formMove.reset();
        m_tabs->setCurrentIndex(2);
        m_contactSummary->setFocus();
        return;
    }
    m_form = form;
    m_formPages->setCurrentWidget(m_pages.value(int(form)));
    m_formBox->show();
    if (QWidget *first = m_formPages->currentWidget()->nextInFocusChain(); first && form != Form::Note)
        first->setFocus();
    else
        m_note->setFocus();
}

void DisputeCaseView::openAssessmentForm()
{
    if (!m_dispute || !m_database)
        return;
    m_error->hide();
    try {
        const LegalTableRepository tables(*m_database);
        CaseAssessmentOptions options;
        options.asOf = IsoDate::fromQDate(m_asOf);
        const CaseAssessmentResult assessment = CaseAssessment(*m_database, tables.interestRates(), tables.courtFees()).assess(*m_dispute, options);
        const CostBenefitInput &in = assessment.input;
        const CostBenefitResult &r = assessment.result;
        // A figure from a table row marked "to verify" says so beside the amount.
        auto row = [](const QString &label, const Money &amount, bool toVerify = false) {
            return QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;%2</td><td>%3</td></tr>")
                .arg(label.toHtmlEscaped(), UiLocale::formatMoney(amount).toHtmlEscaped(),
                     toVerify ? QStringLiteral("&nbsp;<i>%1</i>").arg(tr("(to verify)").toHtmlEscaped()) : QString());
        };
        QString html = QStringLiteral("<table>");
        html += row(tr("Claim (unjustified part)"), in.principal);
        html += row(tr("Statutory interest to date"), in.interestToDate, assessment.interestToVerify);
        html += row(tr("Collection costs"), in.collectionCosts);
        html += row(tr("Court fee"), in.courtFee, assessment.courtFeeToVerify);
        html += row(tr("Expected recovery"), r.expectedRecovery);
        html += row(tr("Net result of legal collection"), r.legalNet);
        html += row(tr("Gain of legal collection over goodwill"), r.netGainOfLegal);
        html += QStringLiteral("</table><p><b>%1</b></p>")
                    .arg(CostBenefitAssessment::recommendationText(in, r, UiLocale::numberStyle()).toHtmlEscaped());
        m_assessment->setText(html);
        m_assessmentDetails = CaseAssessment::details(assessment);
        m_assessmentGainCents = r.netGainOfLegal.cents();
        m_assessmentRecommendation = CostBenefitAssessment::recommendationCode(r.recommendation);
    } catch (const ValidationError &error) {
        showError(error.message());
        return;
    } catch (const StorageError &error) {
        showError(error.message());
        return;
    }
    m_formMove.reset();
    m_form = Form::Assessment;
    m_formBox->setTitle(tr("Cost-benefit of legal collection"));
    m_confirm->setText(tr("Record assessment"));
    m_formPages->setCurrentWidget(m_pages.value(int(Form::Assessment)));
    m_formBox->show();
}

void DisputeCaseView::closeForm()
{
    m_form = Form::None;
    m_formMove.reset();
    m_formBox->hide();
}

void DisputeCaseView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DisputeCaseView::confirmForm()
{
    if (!m_dispute || m_form == Form::None)
        return;
    const qint64 id = m_dispute->id;
    const QString number = m_dispute->number;
    const DisputeStep step = m_dispute->step;
    const QString back = DisputeCodes::stepName(DisputeWorkflow::previousStep(DisputeWorkflow::nextStep(step)));
    QString redoText;
    QString undoText;
    DisputeCommand::Call redo;
    DisputeCommand::Call undo;

    // A move that takes the case one step further is undone by stepping back, recorded with the
    // note "Undo: …"; re-entering a step reopens its work, exactly what the move had closed.
    auto stepUndo = [&](DisputeStep reached, const QString &what) {
        undoText = tr("step %1 back from %2 to %3").arg(number, DisputeCodes::stepName(reached), DisputeCodes::stepName(step));
        const QString note = tr("Undo: %1").arg(what);
        undo = [id, reached, note](DisputeService &service) {
            requireStep(service, id, reached);
            service.stepBack(id, note);
        };
    };
    Q_UNUSED(back);

    if (m_form == Form::Assessment) {
        const Money gain(m_assessmentGainCents, m_dispute->currency());
        const QString recommendation = m_assessmentRecommendation;
        const QString details = m_assessmentDetails;
        redoText = tr("record the cost-benefit assessment of %1").arg(number);
        redo = [id, gain, recommendation, details](DisputeService &service) { service.recordAssessment(id, gain, recommendation, details); };
    } else if (m_formMove) {
        const DisputeMove move = *m_formMove;
        const QString note = m_note->toPlainText().trimmed();
        switch (move) {
        case DisputeMove::StartVerification:
            redoText = tr("start verification of %1").arg(number);
            redo = [id, note](DisputeService &service) { service.startVerification(id, note); };
            stepUndo(DisputeStep::Verify, tr("start verification"));
            break;
        case DisputeMove::ConcludeVerification:
            redoText = tr("conclude verification of %1").arg(number);
            redo = [id, note](DisputeService &service) { service.concludeVerification(id, note); };
            stepUndo(DisputeStep::Decide, tr("conclude verification"));
            break;
        case DisputeMove::Decide: {
            const Verdict verdict = Verdict(m_verdict->currentData().toInt());
            std::optional<Money> justified;
            if (verdict == Verdict::PartlyJustified) {
                QString why;
                justified = Money::parse(m_justified->text(), m_dispute->currency(), UiLocale::numberStyle(), &why);
                if (!justified) {
                    showError(tr("The justified amount is not an amount: %1").arg(why.isEmpty() ? m_justified->text() : why));
                    m_justified->setFocus();
                    return;
                }
            }
            const QString rationale = m_rationale->toPlainText().trimmed();
            redoText = tr("decide %1: %2").arg(number, DisputeCodes::verdictName(verdict));
            redo = [id, verdict, justified, rationale](DisputeService &service) { service.decide(id, verdict, justified, rationale); };
            stepUndo(DisputeStep::Resolve, tr("decision %1").arg(DisputeCodes::verdictName(verdict)));
            break;
        }
        case DisputeMove::Credit:
            redoText = tr("credit the justified part of %1").arg(number);
            redo = [id, note](DisputeService &service) { service.credit(id, note); };
            break;
        case DisputeMove::Amicable: {
            const QString explanation = m_explanation->toPlainText().trimmed();
            redoText = tr("explain %1 amicably").arg(number);
            redo = [id, explanation](DisputeService &service) { service.amicable(id, explanation); };
            break;
        }
        case DisputeMove::Arrangement: {
            const QString text = m_arrangement->toPlainText().trimmed();
            redoText = tr("record a payment arrangement for %1").arg(number);
            redo = [id, text](DisputeService &service) { service.arrangement(id, text); };
            break;
        }
        case DisputeMove::Paid:
            redoText = tr("record that %1 was paid").arg(number);
            redo = [id, note](DisputeService &service) { service.paid(id, note); };
            break;
        case DisputeMove::Legal:
            redoText = tr("hand %1 over for legal collection").arg(number);
            redo = [id, note](DisputeService &service) { service.legal(id, note); };
            break;
        case DisputeMove::Goodwill: {
            const QString reason = m_goodwillReason->toPlainText().trimmed();
            redoText = tr("give goodwill on %1").arg(number);
            redo = [id, reason](DisputeService &service) { service.goodwill(id, reason); };
            break;
        }
        case DisputeMove::FinishResolution:
            redoText = tr("finish the resolution of %1").arg(number);
            redo = [id, note](DisputeService &service) { service.finishResolution(id, note); };
            stepUndo(DisputeStep::Learn, tr("resolution finished"));
            break;
        case DisputeMove::RecordLessons: {
            const QString what = m_lessonWhat->text().trimmed();
            const QString department = m_lessonDepartment->text().trimmed();
            const QString action = m_lessonAction->text().trimmed();
            redoText = tr("record the lessons of %1").arg(number);
            redo = [id, what, department, action](DisputeService &service) { service.recordLessons(id, what, department, action); };
            // Lessons recorded before can be put back (a new recorded edit); a first record cannot
            // be taken away, nothing is deleted.
            const Dispute &d = *m_dispute;
            if (!d.lessonWhat.isEmpty() && !d.lessonDepartment.isEmpty() && !d.lessonAction.isEmpty()) {
                const QString oldWhat = d.lessonWhat;
                const QString oldDepartment = d.lessonDepartment;
                const QString oldAction = d.lessonAction;
                undoText = tr("record the earlier lessons of %1 again").arg(number);
                undo = [id, oldWhat, oldDepartment, oldAction](DisputeService &service) {
                    service.recordLessons(id, oldWhat, oldDepartment, oldAction);
                };
            }
            break;
        }
        case DisputeMove::Close: {
            const Outcome outcome = Outcome(m_outcome->currentData().toInt());
            const QString closeNote = m_closeNote->text().trimmed();
            redoText = tr("close %1: %2").arg(number, DisputeCodes::outcomeName(outcome));
            redo = [id, outcome, closeNote](DisputeService &service) { service.close(id, outcome, closeNote); };
            stepUndo(DisputeStep::Closed, tr("close"));
            undoText = tr("reopen %1 (step back to %2)").arg(number, DisputeCodes::stepName(DisputeStep::Learn));
            break;
        }
        case DisputeMove::StepBack: {
            const QString reason = m_stepBackNote->text().trimmed();
            redoText = tr("step %1 back to %2").arg(number, DisputeCodes::stepName(DisputeWorkflow::previousStep(step)));
            redo = [id, reason](DisputeService &service) { service.stepBack(id, reason); };
            break;
        }
        case DisputeMove::AddFinding:
        case DisputeMove::AddContact:
            return;
        }
    }
    if (!redo)
        return;
    m_error->hide();
    auto *command = new DisputeCommand(*m_editor, id, redoText, redo, undoText, undo);
    // A refusal arrives through DisputeEditor::failed; the form stays open to correct it.
    QString failure;
    const auto connection = connect(m_editor, &DisputeEditor::failed, this, [&failure](const QString &message) { failure = message; });
    const bool done = m_editor->perform(command);
    disconnect(connection);
    if (!done) {
        showError(failure);
        return;
    }
    closeForm();
}

void DisputeCaseView::chooseEvidenceFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Evidence Files"));
    addEvidenceFiles(files);
}

void DisputeCaseView::addEvidenceFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !m_dispute)
        return;
    const GuardResult guard = DisputeWorkflow::check(*m_dispute, DisputeMove::AddFinding, m_facts);
    if (!guard) {
        showError(guard.reason);
        return;
    }
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || m_evidencePaths.contains(info.absoluteFilePath()))
            continue;
        m_evidencePaths << info.absoluteFilePath();
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(info.fileName(), sizeText(info.size())), m_evidence);
        item->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    }
    m_tabs->setCurrentWidget(m_findingsPage);
    m_findingForm->show();
}

bool DisputeCaseView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findingsPage || watched == m_findings->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (drag->mimeData()->hasUrls() && m_addFinding->isEnabled()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            QStringList paths;
            for (const QUrl &url : drop->mimeData()->urls()) {
                if (url.isLocalFile())
                    paths << url.toLocalFile();
            }
            addEvidenceFiles(paths);
            drop->acceptProposedAction();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DisputeCaseView::saveFinding()
{
    if (!m_dispute)
        return;
    Finding finding;
    finding.source = m_findingSource->text().trimmed();
    finding.text = m_findingText->toPlainText().trimmed();
    finding.direction = FindingDirection(m_findingDirection->currentData().toInt());
    try {
        for (const QString &path : std::as_const(m_evidencePaths))
            finding.evidence << DisputeService::evidenceFromFile(path);
    } catch (const ValidationError &error) {
        showError(error.message());
        return;
    }
    const qint64 id = m_dispute->id;
    auto *command = new DisputeCommand(*m_editor, id, tr("record finding \"%1\" in %2").arg(finding.source, m_dispute->number),
                                       [id, finding](DisputeService &service) { service.addFinding(id, finding); });
    QString failure;
    const auto connection = connect(m_editor, &DisputeEditor::failed, this, [&failure](const QString &message) { failure = message; });
    const bool done = m_editor->perform(command);
    disconnect(connection);
    if (!done) {
        showError(failure);
        return;
    }
    m_error->hide();
    m_findingSource->clear();
    m_findingText->clear();
    m_evidencePaths.clear();
    m_evidence->clear();
    m_findingForm->hide();
}

void DisputeCaseView::saveContact()
{
    if (!m_dispute)
        return;
    ContactLogEntry entry;
    entry.date = IsoDate::fromQDate(m_contactDate->date());
    entry.channel = Channel(m_contactChannel->currentData().toInt());
    entry.direction = ContactDirection(m_contactDirection->currentData().toInt());
    entry.summary = m_contactSummary->text().trimmed();
    if (m_contactFourteenDay->isChecked())
        entry.letterKind = QStringLiteral("fourteen-day");
    const qint64 id = m_dispute->id;
    auto *command = new DisputeCommand(*m_editor, id, tr("log a contact in %1").arg(m_dispute->number),
                                       [id, entry](DisputeService &service) { service.addContact(id, entry); });
    QString failure;
    const auto connection = connect(m_editor, &DisputeEditor::failed, this, [&failure](const QString &message) { failure = message; });
    const bool done = m_editor->perform(command);
    disconnect(connection);
    if (!done) {
        showError(failure);
        return;
    }
    m_error->hide();
    m_contactSummary->clear();
    m_contactFourteenDay->setChecked(false);
}

} // namespace dd
