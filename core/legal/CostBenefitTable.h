#pragma once

#include "legal/CostBenefitAssessment.h"

#include <QList>
#include <QString>

namespace dd {

struct CaseAssessmentResult;

// The cost-benefit assessment as a table that adds up on screen (issue 19): every figure the
// recommendation weighs is a row, and each block of rows sums exactly, in cents, to the row that
// closes it. Two blocks: what a judgment awards (closed by the claim awarded), and what legal
// collection brings compared with goodwill (closed by the net result). The expected recovery that
// opens the second block is the awarded claim times the probability, which its label says.
// Every amount is in the case's currency; nothing is converted here.
class CostBenefitTable
{
public:
    struct Line
    {
        // An item is added to its block; a subtotal closes the first block, the total the second.
        enum class Kind { Item, Subtotal, Total };
        Kind kind = Kind::Item;
        QString code;  // stable name of the row, for tests and exports: "principal", "waiting"…
        QString label; // in the UI language, with the percentages and months it was computed from
        Money amount;  // a cost is negative, so that the items of a block sum to the line closing it
        bool toVerify = false; // from a legal-table row marked "to verify"
    };

    // Amounts in the labels in `style`.
    static QList<Line> lines(const CaseAssessmentResult &assessment, NumberStyle style);
    static QList<Line> lines(const CostBenefitInput &input, const CostBenefitResult &result, NumberStyle style,
                             bool interestToVerify = false, bool courtFeeToVerify = false);
};

} // namespace dd
