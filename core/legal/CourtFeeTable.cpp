#include "CourtFeeTable.h"

#include "common/ValidationError.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CourtFeeTable", text);
}

const QString euro = QStringLiteral("EUR");

qint64 requireAmount(const QJsonValue &value, const QString &what)
{
    QString error;
    const auto money = Money::parse(value.toString(), euro, NumberStyle::English, &error);
    if (!money || money->isNegative())
        throw ValidationError(tr("court fee table: %1 is not an amount").arg(what));
    return money->cents();
}

std::optional<Date> optionalDate(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const auto date = IsoDate::parse(value.toString());
    if (!date)
        throw ValidationError(tr("court fee table: %1 has no valid \"%2\" date").arg(where, key));
    return date;
}

std::vector<CourtFeeBracket> parseBrackets(const QJsonArray &rows, const QString &where)
{
    std::vector<CourtFeeBracket> brackets;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QString what = tr("%1, bracket %2").arg(where).arg(i + 1);
        CourtFeeBracket bracket;
        const QJsonValue upTo = row.value(QStringLiteral("upTo"));
        if (!upTo.isNull() && !upTo.isUndefined())
            bracket.upToCents = requireAmount(upTo, what);
        bracket.organisationCents = requireAmount(row.value(QStringLiteral("organisation")), what);
        bracket.personCents = requireAmount(row.value(QStringLiteral("person")), what);
        brackets.push_back(bracket);
    }
    return brackets;
}

void checkBrackets(const std::vector<CourtFeeBracket> &brackets)
{
    if (brackets.empty())
        throw ValidationError(tr("a court fee period needs at least one bracket"));
    for (std::size_t i = 0; i < brackets.size(); ++i) {
        const bool last = i + 1 == brackets.size();
        if (!last && !brackets[i].upToCents)
            throw ValidationError(tr("only the last court fee bracket can be open-ended"));
        if (i > 0 && brackets[i].upToCents && *brackets[i].upToCents <= *brackets[i - 1].upToCents)
            throw ValidationError(tr("court fee brackets must be in ascending order"));
    }
}

QString plain(qint64 cents)
{
    return Money(cents, euro).toPlain();
}

} // namespace

std::vector<CourtFeeBracket> CourtFeeTable::bracketsFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        throw ValidationError(tr("court fee brackets: not a valid JSON list"));
    auto brackets = parseBrackets(document.array(), tr("brackets"));
    checkBrackets(brackets);
    return brackets;
}

QByteArray CourtFeeTable::bracketsToJson(const std::vector<CourtFeeBracket> &brackets)
{
    QJsonArray rows;
    for (const CourtFeeBracket &bracket : brackets) {
        QJsonObject row;
        row.insert(QStringLiteral("upTo"), bracket.upToCents ? QJsonValue(plain(*bracket.upToCents)) : QJsonValue());
        row.insert(QStringLiteral("organisation"), plain(bracket.organisationCents));
        row.insert(QStringLiteral("person"), plain(bracket.personCents));
        rows.append(row);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Compact);
}

CourtFeeTable CourtFeeTable::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw ValidationError(tr("court fee table: not valid JSON (%1)").arg(error.errorString()));
    const QJsonObject root = document.object();
    const QString source = root.value(QStringLiteral("source")).toString();
    const qint64 maxClaim = root.value(QStringLiteral("maxClaim")).isString()
        ? requireAmount(root.value(QStringLiteral("maxClaim")), QStringLiteral("maxClaim"))
        : 0;
    const QJsonArray rows = root.value(QStringLiteral("periods")).toArray();
    if (rows.isEmpty())
        throw ValidationError(tr("court fee table: no periods"));
    CourtFeeTable table;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QString where = tr("period %1").arg(i + 1);
        CourtFeePeriod period;
        const auto from = optionalDate(row, QStringLiteral("from"), where);
        if (!from)
            throw ValidationError(tr("court fee table: %1 has no \"from\" date").arg(where));
        period.from = *from;
        period.until = optionalDate(row, QStringLiteral("until"), where);
        period.verifiedUntil = optionalDate(row, QStringLiteral("verifiedUntil"), where);
        period.maxClaimCents = maxClaim;
        period.source = row.value(QStringLiteral("source")).toString(source);
        period.toVerify = row.value(QStringLiteral("toVerify")).toBool(false);
        period.brackets = parseBrackets(row.value(QStringLiteral("brackets")).toArray(), where);
        if (const QJsonValue low = row.value(QStringLiteral("lowIncome")); low.isString())
            period.lowIncomeCents = requireAmount(low, tr("%1, lowIncome").arg(where));
        table.addPeriod(period);
    }
    return table;
}

CourtFeeTable CourtFeeTable::shipped()
{
    QFile file(QStringLiteral(":/legal/court-fees.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw ValidationError(tr("the shipped court fee table is missing"));
    return fromJson(file.readAll());
}

void CourtFeeTable::addPeriod(const CourtFeePeriod &period)
{
    if (period.from.is_special())
        throw ValidationError(tr("a court fee period needs a first day"));
    if (period.until && *period.until < period.from)
        throw ValidationError(tr("a court fee period must end on or after its first day"));
    checkBrackets(period.brackets);
    CourtFeePeriod added = period;
    if (added.maxClaimCents == 0 && !m_periods.empty())
        added.maxClaimCents = m_periods.back().maxClaimCents;
    std::erase_if(m_periods, [&](const CourtFeePeriod &existing) { return existing.from == period.from; });
    m_periods.push_back(added);
    std::sort(m_periods.begin(), m_periods.end(),
              [](const CourtFeePeriod &a, const CourtFeePeriod &b) { return a.from < b.from; });
}

CourtFeeResult CourtFeeTable::fee(const Money &claim, CourtFeeParty party, const Date &date) const
{
    if (claim.cents() <= 0)
        throw ValidationError(tr("the claim must be more than zero"));
    // The period in force: the last one starting on or before the date, unless it has ended.
    const CourtFeePeriod *inForce = nullptr;
    for (const CourtFeePeriod &period : m_periods) {
        if (period.from <= date)
            inForce = &period;
    }
    if (!inForce || (inForce->until && *inForce->until < date)) {
        if (m_periods.empty())
            throw ValidationError(tr("no court fees are known"));
        throw ValidationError(tr("no court fee table is known for %1 (the first table starts %2; add the period in the "
                                 "settings)")
                                  .arg(IsoDate::format(date), IsoDate::format(m_periods.front().from)));
    }
    // Wet griffierechten burgerlijke zaken: the kantonrechter hears money claims up to € 25,000
    // (art. 93 Rv); larger claims go to the rechtbank, whose fees are not in this table.
    if (inForce->maxClaimCents > 0 && claim.cents() > inForce->maxClaimCents)
        throw ValidationError(tr("a claim above %1 goes to the rechtbank; its court fees are not in the kantonrechter "
                                 "table")
                                  .arg(Money(inForce->maxClaimCents, claim.currency()).format(NumberStyle::English)));

    CourtFeeResult result;
    result.claim = claim;
    result.party = party;
    result.date = date;
    result.tableFrom = inForce->from;
    result.source = inForce->source;
    result.toVerify = inForce->toVerify || (inForce->verifiedUntil && date > *inForce->verifiedUntil);
    qint64 from = 0;
    for (const CourtFeeBracket &bracket : inForce->brackets) {
        if (!bracket.upToCents || claim.cents() <= *bracket.upToCents) {
            result.bracketFromCents = from;
            result.bracketToCents = bracket.upToCents;
            if (party == CourtFeeParty::LowIncome) {
                if (!inForce->lowIncomeCents)
                    throw ValidationError(tr("the court fee of a claimant with little income is not in the table in force on "
                                             "%1; add it in the settings")
                                              .arg(IsoDate::format(date)));
                result.fee = Money(*inForce->lowIncomeCents, claim.currency());
            } else {
                result.fee = Money(party == CourtFeeParty::Organisation ? bracket.organisationCents : bracket.personCents,
                                   claim.currency());
            }
            return result;
        }
        from = *bracket.upToCents;
    }
    throw ValidationError(tr("the court fee table in force on %1 has no bracket for %2")
                              .arg(IsoDate::format(date), claim.format(NumberStyle::English)));
}

QString CourtFeeTable::partyCode(CourtFeeParty party)
{
    switch (party) {
    case CourtFeeParty::Organisation:
        return QStringLiteral("organisation");
    case CourtFeeParty::Person:
        return QStringLiteral("person");
    case CourtFeeParty::LowIncome:
        return QStringLiteral("low-income");
    }
    return QString();
}

std::optional<CourtFeeParty> CourtFeeTable::parseParty(QStringView code)
{
    if (code == u"organisation")
        return CourtFeeParty::Organisation;
    if (code == u"person")
        return CourtFeeParty::Person;
    if (code == u"low-income")
        return CourtFeeParty::LowIncome;
    return std::nullopt;
}

} // namespace dd
