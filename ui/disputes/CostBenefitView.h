#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {

struct CaseAssessmentResult;

// The cost-benefit assessment of a case as a table that adds up (core/legal/CostBenefitTable):
// every figure the recommendation weighs is a row, a cost negative, so that the rows above a
// subtotal or the total sum to it on screen. Beside it the recommendation, and the recovery
// probability, which the controller can set for the case instead of the payment history's.
class CostBenefitView : public QWidget
{
    Q_OBJECT
public:
    explicit CostBenefitView(QWidget *parent = nullptr);

    void showAssessment(const CaseAssessmentResult &assessment);

    // The amount cell of each row keeps its cents (in Qt::UserRole) and the row its kind
    // (CostBenefitTable::Line::Kind, in Qt::UserRole of the label cell), for checks and copies.
    static constexpr int kindRole = Qt::UserRole;
    static constexpr int centsRole = Qt::UserRole;

signals:
    // The controller's estimate for the case, in basis points.
    void probabilitySet(qint64 basisPoints);
    // Back to the probability derived from the payment history.
    void probabilityCleared();

private:
    QTableWidget *m_table;
    QLabel *m_recommendation;
    QLabel *m_probabilitySource;
    QDoubleSpinBox *m_probability;
    QPushButton *m_setProbability;
    QPushButton *m_fromHistory;
};

} // namespace dd
