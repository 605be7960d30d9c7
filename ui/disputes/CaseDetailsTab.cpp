#include "CaseDetailsTab.h"

#include "CaseWidgets.h"
#include "DisputeCaseView.h"
#include "common/UiLocale.h"
#include "disputes/Dispute.h"

#include <QFormLayout>
#include <QLabel>

namespace dd {

CaseDetailsTab::CaseDetailsTab(QWidget *parent)
    : QWidget(parent)
    , m_story(CaseWidgets::valueLabel(this, "caseStory"))
    , m_verdict(CaseWidgets::valueLabel(this, "caseVerdict"))
    , m_resolution(CaseWidgets::valueLabel(this, "caseResolution"))
    , m_lessons(CaseWidgets::valueLabel(this, "caseLessons"))
    , m_outcome(CaseWidgets::valueLabel(this, "caseOutcome"))
{
    setObjectName(QStringLiteral("caseDetailsTab"));
    auto *form = CaseWidgets::compactForm();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(8, 8, 8, 8);
    form->setVerticalSpacing(8);
    form->addRow(DisputeCaseView::tr("Customer's story:"), m_story);
    form->addRow(DisputeCaseView::tr("Verdict:"), m_verdict);
    form->addRow(DisputeCaseView::tr("Resolution:"), m_resolution);
    form->addRow(DisputeCaseView::tr("Lessons:"), m_lessons);
    form->addRow(DisputeCaseView::tr("Outcome:"), m_outcome);
    setLayout(form);
}

void CaseDetailsTab::clear()
{
    for (QLabel *label : {m_story, m_verdict, m_resolution, m_lessons, m_outcome})
        label->clear();
}

void CaseDetailsTab::showDispute(const Dispute &d)
{
    m_story->setText(d.story);
    m_verdict->setText(d.verdict == Verdict::None
                           ? DisputeCaseView::tr("Not decided yet")
                           : (d.verdict == Verdict::PartlyJustified
                                  ? DisputeCaseView::tr("%1: %2 justified").arg(DisputeCodes::verdictName(d.verdict), UiLocale::formatMoney(d.justified))
                                  : DisputeCodes::verdictName(d.verdict))
                                 + (d.rationale.trimmed().isEmpty() ? QString() : QStringLiteral(" — ") + d.rationale.trimmed()));
    QStringList resolution;
    if (d.creditDecided)
        resolution << DisputeCaseView::tr("justified part credited (%1)").arg(UiLocale::formatMoney(d.justified));
    switch (d.path) {
    case UnjustifiedPath::Amicable:
        switch (d.amicable) {
        case AmicableState::Arrangement:
            resolution << DisputeCaseView::tr("amicable: payment arrangement (%1)").arg(d.arrangement);
            break;
        case AmicableState::Paid:
            resolution << DisputeCaseView::tr("amicable: paid after explanation");
            break;
        default:
            resolution << DisputeCaseView::tr("amicable: explained, awaiting payment");
            break;
        }
        break;
    case UnjustifiedPath::Legal:
        resolution << DisputeCaseView::tr("handed over for legal collection");
        break;
    case UnjustifiedPath::Goodwill:
        resolution << DisputeCaseView::tr("goodwill: %1 written off").arg(UiLocale::formatMoney(d.goodwill));
        break;
    case UnjustifiedPath::None:
        break;
    }
    m_resolution->setText(resolution.isEmpty() ? DisputeCaseView::tr("Not resolved yet") : resolution.join(QStringLiteral("; ")));
    m_lessons->setText(d.lessonWhat.isEmpty() ? DisputeCaseView::tr("None recorded")
                                              : DisputeCaseView::tr("%1 — %2 — %3").arg(d.lessonWhat, d.lessonDepartment, d.lessonAction));
    m_outcome->setText(d.outcome == Outcome::None
                           ? DisputeCaseView::tr("Open")
                           : DisputeCaseView::tr("%1 on %2").arg(DisputeCodes::outcomeName(d.outcome), UiLocale::formatDate(d.closedOn)));
}

} // namespace dd
