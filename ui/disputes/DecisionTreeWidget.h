#pragma once

#include "disputes/Dispute.h"

#include <QWidget>

namespace dd {

// The decision tree of DESIGN.md §3 as a picture: Hear → Verify → Decide → Resolve → Learn →
// Closed, with the steps done, the current one highlighted, and under Resolve its branches
// (credit, amicable, legal, goodwill) with the ones this case took.
class DecisionTreeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionTreeWidget(QWidget *parent = nullptr);

    // No case: the tree without highlights.
    void setDispute(const Dispute *dispute);
    DisputeStep step() const { return m_step; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_hasCase = false;
    DisputeStep m_step = DisputeStep::Hear;
    Verdict m_verdict = Verdict::None;
    bool m_credited = false;
    UnjustifiedPath m_path = UnjustifiedPath::None;
    AmicableState m_amicable = AmicableState::None;
    Outcome m_outcome = Outcome::None;
};

} // namespace dd
