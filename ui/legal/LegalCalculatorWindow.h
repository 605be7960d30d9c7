#pragma once

#include "legal/CourtFeeTable.h"
#include "legal/InterestRateTable.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace dd {

class Session;

// The legal calculator as a tool window: from a principal, two dates and the debtor's kind it
// shows the statutory collection costs (art. 6:96 BW) per bracket, the statutory interest
// (art. 6:119/6:119a BW) per period, the court fee, the totals and the limitation date; for a
// dispute case also the cost-benefit recommendation (CaseAssessment). Everything is recomputed on
// every change; nothing is written.
//
// `session` (may be null: no case assessment) must outlive the window; the rate and fee tables
// are read from it once, so a period added later shows in the next window.
class LegalCalculatorWindow : public QWidget
{
    Q_OBJECT
public:
    explicit LegalCalculatorWindow(Session *session, QWidget *parent = nullptr);

    // The tables used (the shipped ones with the user's periods laid over them).
    const InterestRateTable &rates() const { return m_rates; }

    void recompute();
    // Assesses the case named in the case field; the result or the reason shows below it.
    void assessCase();

private:
    void computeCollectionCosts();

    Session *m_session;
    InterestRateTable m_rates;
    CourtFeeTable m_fees;

    QLineEdit *m_principal;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_debtor;
    QCheckBox *m_vatUplift;
    QCheckBox *m_consumerGoods;

    QLabel *m_message;
    QLabel *m_costs;
    QTableWidget *m_brackets;
    QLabel *m_interestTotal;
    QTableWidget *m_interest;
    QLabel *m_convention;
    QLabel *m_courtFee;
    QLabel *m_total;
    QLabel *m_limitation;

    QLineEdit *m_caseNumber;
    QSpinBox *m_probability;
    QPushButton *m_assess;
    QLabel *m_recommendation;
};

} // namespace dd
