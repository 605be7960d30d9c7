#include "CaseFindingsTab.h"

#include "CaseWidgets.h"
#include "DisputeCaseView.h"
#include "DisputeEditor.h"
#include "common/FileDialogs.h"
#include "common/UiLocale.h"
#include "disputes/DisputeService.h"
#include "disputes/undo/DisputeCommandFactory.h"

#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

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

} // namespace

CaseFindingsTab::CaseFindingsTab(DisputeEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("findingsTab"));
    setAcceptDrops(true);
    installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_findings = CaseWidgets::listTree(this, "findingsList",
                                       {DisputeCaseView::tr("Recorded"), DisputeCaseView::tr("Source"), DisputeCaseView::tr("Supports"),
                                        DisputeCaseView::tr("Finding"), DisputeCaseView::tr("Evidence")});
    m_findings->setAcceptDrops(true);
    m_findings->viewport()->setAcceptDrops(true);
    m_findings->viewport()->installEventFilter(this);
    layout->addWidget(m_findings, 1);

    auto *row = new QHBoxLayout;
    auto *hint = new QLabel(DisputeCaseView::tr("Drop evidence files here to attach them to a new finding."), this);
    hint->setStyleSheet(QStringLiteral("color: #5f6b76;"));
    m_addFinding = new QPushButton(DisputeCaseView::tr("Add finding…"), this);
    m_addFinding->setObjectName(QStringLiteral("addFindingButton"));
    row->addWidget(hint, 1);
    row->addWidget(m_addFinding);
    layout->addLayout(row);

    m_form = new QGroupBox(DisputeCaseView::tr("New finding"), this);
    m_form->setObjectName(QStringLiteral("findingForm"));
    auto *form = CaseWidgets::compactForm();
    m_source = CaseWidgets::lineEdit(m_form, "findingSource");
    m_source->setPlaceholderText(DisputeCaseView::tr("A colleague, the contract, an e-mail"));
    m_direction = new QComboBox(m_form);
    m_direction->setObjectName(QStringLiteral("findingDirection"));
    m_direction->addItem(DisputeCaseView::tr("Supports the customer"), int(FindingDirection::SupportsCustomer));
    m_direction->addItem(DisputeCaseView::tr("Supports us"), int(FindingDirection::SupportsUs));
    m_direction->addItem(DisputeCaseView::tr("Neutral"), int(FindingDirection::Neutral));
    // Whom a finding supports is the user's judgement: nothing is chosen for them.
    m_direction->setPlaceholderText(DisputeCaseView::tr("— choose —"));
    m_direction->setCurrentIndex(-1);
    m_text = CaseWidgets::textEdit(m_form, "findingText", 2);
    m_evidence = new QListWidget(m_form);
    m_evidence->setObjectName(QStringLiteral("findingEvidence"));
    m_evidence->setFixedHeight(m_evidence->fontMetrics().lineSpacing() * 3 + 10);
    auto *addFile = new QPushButton(DisputeCaseView::tr("Add file…"), m_form);
    addFile->setObjectName(QStringLiteral("addEvidenceButton"));
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidence, 1);
    evidenceRow->addWidget(addFile, 0, Qt::AlignTop);
    form->addRow(DisputeCaseView::tr("Source:"), m_source);
    form->addRow(DisputeCaseView::tr("Supports:"), m_direction);
    form->addRow(DisputeCaseView::tr("Finding:"), m_text);
    form->addRow(DisputeCaseView::tr("Evidence:"), evidenceRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(DisputeCaseView::tr("Cancel"), m_form);
    cancel->setObjectName(QStringLiteral("cancelFindingButton"));
    auto *save = new QPushButton(DisputeCaseView::tr("Save finding"), m_form);
    save->setObjectName(QStringLiteral("saveFindingButton"));
    save->setEnabled(false);
    connect(m_direction, &QComboBox::currentIndexChanged, save, [save](int index) { save->setEnabled(index >= 0); });
    buttons->addWidget(cancel);
    buttons->addWidget(save);
    form->addRow(buttons);
    m_form->setLayout(form);
    m_form->hide();
    layout->addWidget(m_form);

    connect(m_addFinding, &QPushButton::clicked, this, &CaseFindingsTab::openForm);
    connect(addFile, &QPushButton::clicked, this, &CaseFindingsTab::chooseEvidenceFiles);
    connect(cancel, &QPushButton::clicked, this, &CaseFindingsTab::resetForm);
    connect(save, &QPushButton::clicked, this, &CaseFindingsTab::saveFinding);
}

void CaseFindingsTab::showDispute(const Dispute &dispute, const QList<Finding> &findings, const GuardResult &allowed)
{
    m_dispute = dispute;
    m_allowed = allowed;
    m_findings->clear();
    for (const Finding &finding : findings) {
        QStringList files;
        for (const Evidence &evidence : finding.evidence)
            files << QStringLiteral("%1 (%2)").arg(evidence.name, CaseWidgets::sizeText(evidence.size));
        auto *item = new QTreeWidgetItem({UiLocale::formatDate(finding.recordedAt.toLocalTime().date()), finding.source,
                                          directionName(finding.direction), finding.text, files.join(QStringLiteral(", "))});
        item->setToolTip(3, finding.text);
        QStringList hashes;
        for (const Evidence &evidence : finding.evidence)
            hashes << QStringLiteral("%1  SHA-256 %2").arg(evidence.name, evidence.sha256);
        item->setToolTip(4, hashes.join(u'\n'));
        m_findings->addTopLevelItem(item);
    }
    CaseWidgets::fitColumns(m_findings);
    CaseWidgets::allow(m_addFinding, allowed);
}

void CaseFindingsTab::clear()
{
    m_dispute.reset();
    m_allowed = GuardResult{false, QString()};
    m_findings->clear();
    m_addFinding->setEnabled(false);
}

void CaseFindingsTab::resetForm()
{
    m_form->hide();
    m_evidencePaths.clear();
    m_evidence->clear();
    m_direction->setCurrentIndex(-1);
}

void CaseFindingsTab::openForm()
{
    m_form->show();
    m_source->setFocus();
}

void CaseFindingsTab::chooseEvidenceFiles()
{
    addEvidenceFiles(FileDialogs::openFileNames(this, DisputeCaseView::tr("Evidence Files")));
}

bool CaseFindingsTab::addEvidenceFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !m_dispute)
        return false;
    if (!m_allowed) {
        emit message(m_allowed.reason);
        return false;
    }
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || m_evidencePaths.contains(info.absoluteFilePath()))
            continue;
        m_evidencePaths << info.absoluteFilePath();
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(info.fileName(), CaseWidgets::sizeText(info.size())), m_evidence);
        item->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    }
    m_form->show();
    return true;
}

bool CaseFindingsTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == this || watched == m_findings->viewport()) {
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

void CaseFindingsTab::saveFinding()
{
    if (!m_dispute)
        return;
    if (m_direction->currentIndex() < 0)
        return;
    Finding finding;
    finding.source = m_source->text().trimmed();
    finding.text = m_text->toPlainText().trimmed();
    finding.direction = FindingDirection(m_direction->currentData().toInt());
    QString failure;
    const auto make = [&](const DisputeCommandFactory &factory) {
        for (const QString &path : std::as_const(m_evidencePaths))
            finding.evidence << DisputeService::evidenceFromFile(path);
        return factory.addFinding(*m_dispute, finding);
    };
    if (!m_editor->perform(make, &failure)) {
        emit message(failure);
        return;
    }
    emit message(QString());
    m_source->clear();
    m_text->clear();
    resetForm();
}

} // namespace dd
