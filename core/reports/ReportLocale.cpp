#include "ReportLocale.h"

#include "money/Money.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstdlib>

namespace dd {

namespace {

struct Entry
{
    const char *source;
    const char16_t *dutch;
};

// Every report text, in English (marked for lupdate) and Dutch.
const Entry entries[] = {
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Dispute report"), u"Geschillenrapportage"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Aged receivables"), u"Ouderdomsanalyse debiteuren"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Period %1 to %2"), u"Periode %1 tot en met %2"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Open cases as of %1"), u"Openstaande zaken per %1"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Amounts in %1"), u"Bedragen in %1"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "As of %1"), u"Per %1"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Page %1 of %2"), u"Pagina %1 van %2"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Summary"), u"Samenvatting"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Key figures"), u"Kerncijfers"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Figure"), u"Kengetal"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Value"), u"Waarde"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases opened in the period"), u"Zaken geopend in de periode"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases closed in the period"), u"Zaken gesloten in de periode"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Disputed amount of the cases opened"), u"Betwist bedrag van de geopende zaken"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Open cases on the as-of date"), u"Openstaande zaken op de peildatum"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Open cases past the promised response date"), u"Openstaande zaken na de toegezegde reactiedatum"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases answered after the promised date"), u"Zaken na de toegezegde datum beantwoord"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Average days to first response"), u"Gemiddeld aantal dagen tot eerste reactie"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Median days to first response"), u"Mediaan aantal dagen tot eerste reactie"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Average days to close"), u"Gemiddeld aantal dagen tot afsluiting"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Median days to close"), u"Mediaan aantal dagen tot afsluiting"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "%1 cases in other currencies are counted, but their amounts are not included."),
     u"%1 zaken in andere valuta zijn meegeteld, hun bedragen niet."},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Open cases per step and age"), u"Openstaande zaken per stap en ouderdom"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Open cases per step and age (days since received)"),
     u"Openstaande zaken per stap en ouderdom (dagen sinds ontvangst)"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Open cases per step"), u"Openstaande zaken per stap"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Step"), u"Stap"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "over 90"), u"meer dan 90"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "over 120"), u"meer dan 120"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Total"), u"Totaal"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Reasons (Pareto)"), u"Redenen (Pareto)"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Reasons of the cases opened in the period"), u"Redenen van de in de periode geopende zaken"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Reasons (Pareto): cases and cumulative share"), u"Redenen (Pareto): zaken en cumulatief aandeel"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "No cases were opened in the period."), u"In de periode zijn geen zaken geopend."},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Reason"), u"Reden"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Class"), u"Soort"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases"), u"Zaken"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Share"), u"Aandeel"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Cumulative"), u"Cumulatief"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Amount"), u"Bedrag"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Amount share"), u"Aandeel bedrag"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Cumulative amount"), u"Cumulatief bedrag"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Organisational or product-technical"), u"Organisatorisch of producttechnisch"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Organisational vs product-technical (reference: 96% / 4%)"),
     u"Organisatorisch tegenover producttechnisch (referentie: 96% / 4%)"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Organisational vs product-technical"), u"Organisatorisch tegenover producttechnisch"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Reference"), u"Referentie"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Reference: 96% organisational"), u"Referentie: 96% organisatorisch"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Outcomes"), u"Uitkomsten"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Outcomes of the cases closed in the period"), u"Uitkomsten van de in de periode gesloten zaken"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Outcome"), u"Uitkomst"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Disputed"), u"Betwist"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Undisputed"), u"Onbetwist"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Credited"), u"Gecrediteerd"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Written off (goodwill)"), u"Afgeboekt (coulance)"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Opened and closed per month"), u"Geopend en gesloten per maand"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Cases opened and closed per month"), u"Zaken geopend en gesloten per maand"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Opened vs closed per month"), u"Geopend tegenover gesloten per maand"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Month"), u"Maand"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Opened"), u"Geopend"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Closed"), u"Gesloten"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Top customers by disputed amount"), u"Klanten met het hoogste betwiste bedrag"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Customers with the largest disputed amounts in the period"),
     u"Klanten met de hoogste betwiste bedragen in de periode"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Customer"), u"Klant"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Name"), u"Naam"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Products with repeated complaints"), u"Producten met herhaalde klachten"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Products several customers complained about, and customers to warn"),
     u"Producten waarover meerdere klanten klaagden, en klanten om te waarschuwen"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "No product drew complaints from several customers."),
     u"Geen product kreeg klachten van meerdere klanten."},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Product"), u"Product"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Complaining customers"), u"Klagende klanten"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Other customers to warn"), u"Andere klanten om te waarschuwen"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Lessons learned"), u"Geleerde lessen"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Lessons learned recorded in the period, by department"),
     u"In de periode vastgelegde lessen, per afdeling"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "No lessons were recorded in the period."), u"In de periode zijn geen lessen vastgelegd."},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Department"), u"Afdeling"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Lessons"), u"Lessen"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "(none given)"), u"(niet opgegeven)"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "%1 more lessons are in the CSV export."), u"Nog %1 lessen staan in de CSV-export."},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Recorded"), u"Vastgelegd"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Case"), u"Zaak"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "What went wrong"), u"Wat ging er mis"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Action"), u"Actie"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Receivables per currency"), u"Debiteuren per valuta"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Nothing is open on this date."), u"Op deze datum staat niets open."},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Currency"), u"Valuta"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Cur."), u"Val."},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Open"), u"Open"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Overdue"), u"Vervallen"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Invoices"), u"Facturen"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "DSO (days)"), u"DSO (dagen)"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Not due"), u"Niet vervallen"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Open amount by days overdue (%1)"), u"Openstaand bedrag naar dagen vervallen (%1)"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Aged receivables per customer"), u"Ouderdomsanalyse per klant"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Open amounts by days overdue, disputed and undisputed, and days to pay"),
     u"Openstaande bedragen naar dagen vervallen, betwist en onbetwist, en betaalduur"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts", "Days to pay"), u"Betaalduur"},
    {QT_TRANSLATE_NOOP("dd::ReportTexts",
                       "DSO by the countback method: the open receivables are set against the invoiced sales (incl. VAT) "
                       "of the most recent months, counting back from the as-of date; every month fully used adds its "
                       "days, the last month its days in proportion."),
     u"DSO volgens de countback-methode: het openstaande bedrag wordt afgezet tegen de gefactureerde omzet (incl. btw) "
     u"van de meest recente maanden, terugtellend vanaf de peildatum; elke volledig gebruikte maand telt met al haar "
     u"dagen, de laatste naar verhouding."},
    {QT_TRANSLATE_NOOP("dd::ReportTexts",
                       "Days to pay: from invoice date to payment, weighted by amount, over the payments of the 365 days "
                       "up to the as-of date. Disputed: the part of the open amount in disputes open on the as-of date."),
     u"Betaalduur: van factuurdatum tot betaling, gewogen naar bedrag, over de betalingen van de 365 dagen tot de "
     u"peildatum. Betwist: het deel van het openstaande bedrag in zaken die op de peildatum openstonden."},
};

// Names of codes; the English source texts are those of DisputeCodes and ReasonTaxonomy.
struct Named
{
    const char16_t *code;
    const char *english;
    const char16_t *dutch;
};
const Named steps[] = {{u"hear", "Hear", u"Horen"},          {u"verify", "Verify", u"Verifiëren"},
                       {u"decide", "Decide", u"Beslissen"},  {u"resolve", "Resolve", u"Afhandelen"},
                       {u"learn", "Learn", u"Leren"},        {u"closed", "Closed", u"Gesloten"}};
const Named outcomes[] = {{u"paid", "Paid after explanation", u"Betaald na uitleg"},
                          {u"credited", "Credited", u"Gecrediteerd"},
                          {u"written-off", "Written off as goodwill", u"Afgeboekt als coulance"},
                          {u"collected", "Collected legally", u"Juridisch geïncasseerd"},
                          {u"lost", "Lost", u"Verloren"},
                          {u"", "No outcome", u"Geen uitkomst"}};
const Named reasons[] = {
    {u"price-too-high", "Price too high", u"Prijs te hoog"},
    {u"invoice-error", "Invoice error (wrong amount, wrong recipient, billed twice)",
     u"Fout in de factuur (verkeerd bedrag, verkeerde geadresseerde, dubbel gefactureerd)"},
    {u"quality", "Quality of the product or service", u"Kwaliteit van het product of de dienst"},
    {u"delivery", "Delivery late or incomplete", u"Levering te laat of onvolledig"},
    {u"agreement-not-kept", "Agreement not kept (promise by sales)", u"Afspraak niet nagekomen (toezegging van verkoop)"},
    {u"poor-service", "Poor service or not reachable", u"Slechte service of niet bereikbaar"},
    {u"payment-options", "Missing payment options", u"Ontbrekende betaalmogelijkheden"},
    {u"transparency", "Lack of transparency", u"Gebrek aan transparantie"},
    {u"wrong-information", "Wrong or missing information", u"Onjuiste of ontbrekende informatie"},
    {u"translation", "Translation error or misunderstanding", u"Vertaalfout of misverstand"},
    {u"collection-handling", "Collection handled badly", u"Incasso slecht afgehandeld"},
    {u"other", "Other", u"Overig"},
    {u"organisational", "Organisational", u"Organisatorisch"},
    {u"product-technical", "Product-technical", u"Producttechnisch"},
};
// lupdate: the outcome names as the report words them.
[[maybe_unused]] const char *outcomeTexts[] = {
    QT_TRANSLATE_NOOP("dd::ReportTexts", "Paid after explanation"), QT_TRANSLATE_NOOP("dd::ReportTexts", "Written off as goodwill"),
    QT_TRANSLATE_NOOP("dd::ReportTexts", "Collected legally"), QT_TRANSLATE_NOOP("dd::ReportTexts", "No outcome")};

const QHash<QString, QString> &dutchTexts()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> result;
        for (const Entry &entry : entries)
            result.insert(QString::fromUtf8(entry.source), QString::fromUtf16(entry.dutch));
        return result;
    }();
    return table;
}

template<size_t N>
QString nameOf(const Named (&table)[N], const QString &code, bool dutch)
{
    for (const Named &entry : table) {
        if (code == QStringView(entry.code))
            return dutch ? QString::fromUtf16(entry.dutch) : QString::fromUtf8(entry.english);
    }
    return code;
}

} // namespace

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
    const QString english = QString::fromUtf8(source);
    if (!dutch())
        return english;
    return dutchTexts().value(english, english);
}

QString ReportLocale::stepName(const QString &stepCode) const
{
    return nameOf(steps, stepCode, dutch());
}

QString ReportLocale::outcomeName(const QString &outcomeCode) const
{
    return nameOf(outcomes, outcomeCode, dutch());
}

QString ReportLocale::reasonName(const QString &reasonCode) const
{
    return nameOf(reasons, reasonCode, dutch());
}

QString ReportLocale::className(const QString &classCode) const
{
    return nameOf(reasons, classCode, dutch());
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
