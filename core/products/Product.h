#pragma once

#include "money/Money.h"

#include <QString>

namespace dd {

// A product or service we sell; complaints are counted per product.
struct Product
{
    qint64 id = 0;
    QString code;
    QString name;
    Money listPrice;
    int vatRateBasisPoints = 2100;
};

} // namespace dd
