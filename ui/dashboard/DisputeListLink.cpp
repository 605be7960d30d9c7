#include "DisputeListLink.h"

#include "disputes/DisputeCodes.h"
#include "disputes/DisputeListView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace dd {

namespace {
// The step combo's entries besides the steps (DisputeListView).
constexpr int allSteps = -1;
constexpr int openCases = -2;
} // namespace

bool DisputeListLink::apply(DisputeListView *list, const QString &reasonCode, const QString &stepCode, bool answerLate)
{
    if (!list)
        return false;
    auto *step = list->findChild<QComboBox *>(QStringLiteral("disputeStepFilter"));
    auto *reason = list->findChild<QComboBox *>(QStringLiteral("disputeReasonFilter"));
    auto *late = list->findChild<QCheckBox *>(QStringLiteral("disputeOverdueOnly"));
    auto *text = list->findChild<QLineEdit *>(QStringLiteral("disputeFilter"));
    if (!step || !reason || !late)
        return false;
    int stepValue = allSteps;
    if (stepCode == u"open") {
        stepValue = openCases;
    } else if (!stepCode.isEmpty()) {
        const auto parsed = DisputeCodes::step(stepCode);
        if (!parsed)
            return false;
        stepValue = int(*parsed);
    }
    const int stepIndex = step->findData(stepValue);
    const int reasonIndex = reason->findData(reasonCode);
    if (stepIndex < 0 || reasonIndex < 0)
        return false;
    // Each change filters the list at once (no debounce on the combos); the search text would
    // narrow the cases further, so it goes.
    if (text)
        text->clear();
    step->setCurrentIndex(stepIndex);
    reason->setCurrentIndex(reasonIndex);
    late->setChecked(answerLate);
    return true;
}

} // namespace dd
