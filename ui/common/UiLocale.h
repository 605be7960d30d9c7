#pragma once

#include "calendar/IsoDate.h"
#include "money/Money.h"

#include <QLocale>
#include <QString>

namespace dd {

// How the GUI writes numbers, amounts and dates: by the interface language, not by the system's
// number settings, so that a Dutch screen always reads 1.234,56 and 31-12-2025 and an English one
// 1,234.56 and 31/12/2025. Set once at start (main) before any window is made.
class UiLocale
{
public:
    static void setLanguageCode(const QString &code);
    static QString languageCode();
    static NumberStyle numberStyle();
    static QLocale locale();

    static QString formatMoney(const Money &amount);
    static QString formatMoney(qint64 cents, const QString &currency);
    static QString formatDate(const Date &date);
    static QString formatDate(const QDate &date);
    static QString formatCount(qint64 count);
};

} // namespace dd
