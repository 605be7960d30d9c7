#pragma once

#include <QWidget>

class QLabel;

namespace dd {

struct Dispute;

// The case tab of a dispute: the customer's own story, the verdict with its rationale, how each
// part was resolved, the lessons and the outcome.
class CaseDetailsTab : public QWidget
{
    Q_OBJECT
public:
    explicit CaseDetailsTab(QWidget *parent = nullptr);

    void showDispute(const Dispute &dispute);
    void clear();

private:
    QLabel *m_story;
    QLabel *m_verdict;
    QLabel *m_resolution;
    QLabel *m_lessons;
    QLabel *m_outcome;
};

} // namespace dd
