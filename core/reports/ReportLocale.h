#pragma once

#include "calendar/IsoDate.h"
#include "customers/Customer.h"

#include <QString>

#include <optional>

namespace dd {

class TextCatalogue;

// The language of one printed report, which need not be the language of the interface: a Dutch
// controller may print an English report for a foreign parent company. The report's texts are
// marked QT_TRANSLATE_NOOP("dd::ReportTexts", ...) where they are written and translated here from
// the language's catalogue (translations/*.ts, embedded in core's resources), as are the names of
// the steps (DisputeCodes) and reasons (ReasonTaxonomy), so the GUI and the CLI print the same words.
class ReportLocale
{
public:
    explicit ReportLocale(Language language = Language::English);

    Language language() const { return m_language; }
    bool dutch() const { return m_language == Language::Dutch; }
    // "nl" or "en"; nullopt for anything else.
    static std::optional<Language> parse(QStringView code);

    // The text in the report's language; `source` is the English text, marked for lupdate in the
    // context "dd::ReportTexts". A text the catalogue lacks stays English and is logged.
    QString text(const char *source) const;
    QString stepName(const QString &stepCode) const;
    QString outcomeName(const QString &outcomeCode) const;
    QString reasonName(const QString &reasonCode) const;
    QString className(const QString &classCode) const;

    // "€ 1.234,56" / "€1,234.56".
    QString money(qint64 cents, const QString &currency) const;
    // "31-03-2026" / "2026-03-31".
    QString date(const Date &date) const;
    // Basis points as a percentage with one decimal: 9600 -> "96,0%" / "96.0%".
    QString percent(int basisPoints) const;
    // Tenths of a day with one decimal: 125 -> "12,5" / "12.5".
    QString tenths(qint64 value) const;
    // "March 2026" / "maart 2026", short form "Mar 26" / "mrt 26" for chart axes.
    QString month(int year, int month, bool shortForm = false) const;

private:
    Language m_language;
    const TextCatalogue *m_catalogue;
};

} // namespace dd
