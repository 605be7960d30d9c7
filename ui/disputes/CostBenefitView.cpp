#include "CostBenefitView.h"

#include "CaseWidgets.h"
#include "common/UiLocale.h"
#include "legal/CaseAssessment.h"
#include "legal/CostBenefitTable.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace dd {

CostBenefitView::CostBenefitView(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_recommendation(CaseWidgets::valueLabel(this, "assessmentText"))
    , m_probabilitySource(CaseWidgets::valueLabel(this, "probabilitySource"))
    , m_probability(new QDoubleSpinBox(this))
    , m_setProbability(new QPushButton(tr("Use for this case"), this))
    , m_fromHistory(new QPushButton(tr("Use payment history"), this))
{
    setObjectName(QStringLiteral("costBenefitView"));
    m_table->setObjectName(QStringLiteral("assessmentTable"));
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("Amount")});
    m_table->verticalHeader()->hide();
    // As wide and tall as its rows, one line each: the figures are read down the column, and
    // the form around it scrolls when the window is too small.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setWordWrap(false);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    m_probability->setObjectName(QStringLiteral("recoveryProbability"));
    m_probability->setRange(0.0, 100.0);
    m_probability->setDecimals(2);
    m_probability->setSuffix(QStringLiteral(" %"));
    m_setProbability->setObjectName(QStringLiteral("setRecoveryProbability"));
    m_fromHistory->setObjectName(QStringLiteral("clearRecoveryProbability"));
    m_setProbability->setToolTip(tr("Recorded with the case and in its audit trail; Undo takes it back"));

    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_recommendation);
    auto *probabilityRow = new QHBoxLayout;
    auto *label = new QLabel(tr("Recovery probability:"), this);
    label->setBuddy(m_probability);
    probabilityRow->addWidget(label);
    probabilityRow->addWidget(m_probability);
    probabilityRow->addWidget(m_setProbability);
    probabilityRow->addStretch(1);
    side->addLayout(probabilityRow);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_probabilitySource, 1);
    sourceRow->addWidget(m_fromHistory, 0, Qt::AlignTop);
    side->addLayout(sourceRow);

    // One above the other: side by side they made the case view wider than the pane at 1366 px,
    // and a form cut at the right edge is worse than one that scrolls down.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 0, Qt::AlignLeft);
    layout->addLayout(side);

    connect(m_setProbability, &QPushButton::clicked, this, [this] {
        // A percentage with two decimals is a whole number of basis points: rounding only drops
        // the binary representation's noise.
        emit probabilitySet(std::llround(m_probability->value() * 100.0));
    });
    connect(m_fromHistory, &QPushButton::clicked, this, &CostBenefitView::probabilityCleared);
}

void CostBenefitView::showAssessment(const CaseAssessmentResult &assessment)
{
    using Kind = CostBenefitTable::Line::Kind;
    const QList<CostBenefitTable::Line> lines = CostBenefitTable::lines(assessment, UiLocale::numberStyle());
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const CostBenefitTable::Line &line = lines.at(row);
        auto *label = new QTableWidgetItem(line.toVerify ? tr("%1 (to verify)").arg(line.label) : line.label);
        label->setData(kindRole, int(line.kind));
        label->setToolTip(label->text());
        auto *amount = new QTableWidgetItem(UiLocale::formatMoney(line.amount));
        amount->setData(centsRole, line.amount.cents());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (line.kind != Kind::Item) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            amount->setFont(bold);
        }
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, amount);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_table->updateGeometry();

    const CostBenefitInput &in = assessment.input;
    m_recommendation->setText(
        QStringLiteral("<b>%1</b>")
            .arg(CostBenefitAssessment::recommendationText(in, assessment.result, UiLocale::numberStyle()).toHtmlEscaped()));
    m_recommendation->setTextFormat(Qt::RichText);
    m_probability->setValue(double(in.recoveryProbabilityBasisPoints) / 100.0);
    m_probabilitySource->setText(assessment.probabilityEstimated
                                     ? tr("The probability is the estimate set for this case.")
                                     : tr("The probability follows from the customer's payment history."));
    m_fromHistory->setEnabled(assessment.probabilityEstimated);
}

} // namespace dd
