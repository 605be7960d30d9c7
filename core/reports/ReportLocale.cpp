#include "ReportLocale.h"

#include "common/TextCatalogue.h"
#include "disputes/DisputeCodes.h"
#include "disputes/ReasonTaxonomy.h"
#include "money/Money.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cstdlib>

namespace dd {

namespace {

Q_LOGGING_CATEGORY(reportTexts, "disputedesk.reports")

constexpr const char *context = "dd::ReportTexts";

// The outcomes as the report words them (its own wording, not DisputeCodes' short names).
struct OutcomeText
{
    const char16_t *code;
    const char *text;
};
const OutcomeText outcomes[] = {{u"paid", QT_TRANSLATE_NOOP("dd::ReportTexts", "Paid after explanation")},
                                {u"credited", QT_TRANSLATE_NOOP("dd::ReportTexts", "Credited")},
                                {u"written-off", QT_TRANSLATE_NOOP("dd::ReportTexts", "Written off as goodwill")},
                                {u"collected", QT_TRANSLATE_NOOP("dd::ReportTexts", "Collected legally")},
                                {u"lost", QT_TRANSLATE_NOOP("dd::ReportTexts", "Lost")},
                                {u"", QT_TRANSLATE_NOOP("dd::ReportTexts", "No outcome")}};

} // namespace

ReportLocale::ReportLocale(Language language)
    : m_language(language)
    , m_catalogue(&TextCatalogue::language(Customer::languageCode(language)))
{
}

std::optional<Language> ReportLocale::parse(QStringView code)
{
    if (code == u"nl")
        return Language::Dutch;
    if (code == u"en")
        return Language::English;
    return std::nullopt;
}

QString ReportLocale::text(const char *source) const
{
    // English is the source language: only another language can lack a text.
    if (dutch() && !m_catalogue->translates(context, source))
        qCWarning(reportTexts) << "report text without a translation:" << source;
    return m_catalogue->text(context, source);
}

QString ReportLocale::stepName(const QString &stepCode) const
{
    const auto step = DisputeCodes::step(stepCode);
    return step ? DisputeCodes::stepName(*step, *m_catalogue) : stepCode;
}

QString ReportLocale::outcomeName(const QString &outcomeCode) const
{
    for (const OutcomeText &outcome : outcomes) {
        if (outcomeCode == QStringView(outcome.code))
            return text(outcome.text);
    }
    return outcomeCode;
}

QString ReportLocale::reasonName(const QString &reasonCode) const
{
    const auto reason = ReasonTaxonomy::find(reasonCode, *m_catalogue);
    return reason ? reason->name : reasonCode;
}

QString ReportLocale::className(const QString &classCode) const
{
    const auto reasonClass = ReasonTaxonomy::reasonClass(classCode);
    return reasonClass ? ReasonTaxonomy::className(*reasonClass, *m_catalogue) : classCode;
}

QString ReportLocale::money(qint64 cents, const QString &currency) const
{
    return Money(cents, currency).format(dutch() ? NumberStyle::Dutch : NumberStyle::English);
}

QString ReportLocale::date(const Date &value) const
{
    if (value.is_special())
        return QStringLiteral("–");
    const QDate date = IsoDate::toQDate(value);
    return dutch() ? date.toString(QStringLiteral("dd-MM-yyyy")) : IsoDate::format(value);
}

QString ReportLocale::percent(int basisPoints) const
{
    // One decimal, rounded half away from zero: 9650 -> 96.5, 3333 -> 33.3, 3335 -> 33.4.
    const int magnitude = (std::abs(basisPoints) + 5) / 10;
    const QString sign = basisPoints < 0 && magnitude > 0 ? QStringLiteral("-") : QString();
    return sign + QString::number(magnitude / 10) + (dutch() ? u',' : u'.') + QString::number(magnitude % 10) + u'%';
}

QString ReportLocale::tenths(qint64 value) const
{
    const qint64 magnitude = value < 0 ? -value : value;
    return (value < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 10) + (dutch() ? u',' : u'.')
        + QString::number(magnitude % 10);
}

QString ReportLocale::month(int year, int monthNumber, bool shortForm) const
{
    static const char16_t *dutchMonths[] = {u"januari", u"februari", u"maart", u"april", u"mei", u"juni",
                                            u"juli", u"augustus", u"september", u"oktober", u"november", u"december"};
    static const char16_t *dutchShort[] = {u"jan", u"feb", u"mrt", u"apr", u"mei", u"jun",
                                           u"jul", u"aug", u"sep", u"okt", u"nov", u"dec"};
    static const char16_t *englishMonths[] = {u"January", u"February", u"March", u"April", u"May", u"June",
                                              u"July", u"August", u"September", u"October", u"November", u"December"};
    const int index = std::clamp(monthNumber, 1, 12) - 1;
    if (shortForm) {
        const QString name = dutch() ? QString::fromUtf16(dutchShort[index]) : QString::fromUtf16(englishMonths[index]).left(3);
        return name + QStringLiteral(" ’") + QString::number(year % 100).rightJustified(2, u'0');
    }
    return (dutch() ? QString::fromUtf16(dutchMonths[index]) : QString::fromUtf16(englishMonths[index])) + u' '
        + QString::number(year);
}

} // namespace dd
