#include "Mt940Reader.h"

#include "importers/FieldLimits.h"
#include "importers/ImportValues.h"
#include "importers/Mt940Details.h"
#include "importers/TextDecoding.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cstdlib>

// The layout follows SWIFT's MT940 (Customer Statement Message) field specifications and the
// Dutch banks' descriptions of their downloads: ING "Mijn ING Zakelijk MT940 Structured",
// Rabobank "MT940 Structured (Rabo Internetbankieren)", ABN AMRO "MT940 Internet Bankieren".

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::Mt940Reader", text);
}

struct Field
{
    QString tag;   // "61", "60F"
    QString value; // the field's lines without the tag, joined by '\n'
    int line = 0;
};

struct Balance
{
    bool credit = true;
    Date date;
    QString currency;
    qint64 cents = 0;

    qint64 signedCents() const { return credit ? cents : -cents; }
};

class Parser
{
public:
    Parser(const QString &fileName, ImportIssues &issues)
        : m_fileName(fileName)
        , m_issues(issues)
    {
    }

    QList<QList<Field>> split(const QString &text);
    void readStatement(const QList<Field> &fields, QList<BankTransaction> &out);

private:
    void issue(const Field &field, const QString &reason) { issue(field.line, field.tag, reason); }
    void issue(int line, const QString &tag, const QString &reason)
    {
        m_issues.append({m_fileName, line, 1, QStringLiteral(":%1: %2").arg(tag, reason)});
    }
    std::optional<qint64> amount(const Field &field, const QString &text);
    std::optional<Date> date(const Field &field, const QString &yymmdd);
    std::optional<Balance> balance(const Field &field);
    std::optional<BankTransaction> statementLine(const Field &field, const Field *details, const Balance &opening);

    QString m_fileName;
    ImportIssues &m_issues;
};

// Statements as lists of fields. A field runs from its tag (":61:" at the start of a line) to
// the next tag; a message ends at "-" (with or without the SWIFT block's "}"); lines outside a
// statement (a bank's header, the SWIFT blocks {1:}{2:}{4:) are not ours.
QList<QList<Field>> Parser::split(const QString &text)
{
    static const QRegularExpression tagLine(QStringLiteral("^:([0-9]{2}[A-Z]?):(.*)$"));
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
    QList<QList<Field>> statements;
    bool inField = false, ended = true;
    int number = 0;
    for (const QString &line : text.split(lineBreak)) {
        ++number;
        const QString trimmed = line.trimmed();
        const auto m = tagLine.match(line);
        if (m.hasMatch()) {
            const QString tag = m.captured(1);
            inField = false;
            if (tag == u"20") {
                statements.append(QList<Field>());
                ended = false;
            } else if (ended) {
                issue(number, tag, tr("field outside a statement (a statement starts with :20:)"));
                continue;
            }
            if (m.capturedLength(2) > FieldLimits::textChars) {
                issue(number, tag, FieldLimits::tooLong(tr("the field"), m.capturedLength(2), FieldLimits::textChars));
                continue;
            }
            statements.last().append({tag, m.captured(2), number});
            inField = true;
        } else if (trimmed == u"-" || trimmed == u"-}" || trimmed.startsWith(u'{') || trimmed.startsWith(u'}')) {
            inField = false;
            ended = true;
        } else if (inField && !trimmed.isEmpty()) {
            Field &field = statements.last().last();
            if (field.value.size() + line.size() > FieldLimits::textChars) {
                issue(field, FieldLimits::tooLong(tr("the field"), field.value.size() + line.size(), FieldLimits::textChars));
                inField = false;
                continue;
            }
            field.value += u'\n' + line;
        }
    }
    return statements;
}

// SWIFT amounts: digits with a decimal comma ("1234,5", "17,", "0,01"), never a sign (the
// C/D mark says which way), at most 15 characters.
std::optional<qint64> Parser::amount(const Field &field, const QString &text)
{
    static const QRegularExpression swift(QStringLiteral("^([0-9]{1,14}),([0-9]{0,2})$"));
    const auto m = swift.match(text);
    if (!m.hasMatch() || text.size() > 15) {
        issue(field, tr("amount \"%1\" is not an MT940 amount (digits with a decimal comma, at most two decimals)").arg(text));
        return std::nullopt;
    }
    return m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toLongLong();
}

// YYMMDD; SWIFT writes two-digit years, read as 1980 to 2079.
std::optional<Date> Parser::date(const Field &field, const QString &yymmdd)
{
    const int yy = yymmdd.left(2).toInt();
    const QString iso = QStringLiteral("%1-%2-%3").arg(yy < 80 ? 2000 + yy : 1900 + yy).arg(yymmdd.mid(2, 2), yymmdd.mid(4, 2));
    QString why;
    const auto parsed = ImportValues::date(iso, DateFormat::Iso, &why);
    if (!parsed)
        issue(field, tr("date \"%1\": %2").arg(yymmdd, why));
    return parsed;
}

// :60F:, :60M:, :62F:, :62M: "C260302EUR1234,56"
std::optional<Balance> Parser::balance(const Field &field)
{
    static const QRegularExpression layout(QStringLiteral("^([CD])([0-9]{6})([A-Z]{3})(\\S+)$"));
    const auto m = layout.match(field.value.trimmed());
    if (!m.hasMatch()) {
        issue(field, tr("\"%1\" is not a balance (C or D, date YYMMDD, currency, amount)").arg(field.value.trimmed()));
        return std::nullopt;
    }
    const auto when = date(field, m.captured(2));
    const auto cents = amount(field, m.captured(4));
    if (!when || !cents)
        return std::nullopt;
    return Balance{m.captured(1) == u"C", *when, m.captured(3), *cents};
}

// :61: value date YYMMDD, [entry date MMDD], C/D/RC/RD, [funds code], amount, type (N + 3),
// reference for the account owner [//the bank's reference] [\n supplementary details].
std::optional<BankTransaction> Parser::statementLine(const Field &field, const Field *details, const Balance &opening)
{
    static const QRegularExpression layout(
        QStringLiteral("^([0-9]{6})([0-9]{4})?(RC|RD|C|D)([A-Z])?([0-9][0-9,]*)([NSF][A-Z0-9]{3})(.*)$"));
    const qsizetype lineEnd = field.value.indexOf(u'\n');
    const QString first = field.value.left(lineEnd).trimmed();
    const QString supplementary = lineEnd < 0 ? QString() : field.value.mid(lineEnd + 1).trimmed();
    const auto m = layout.match(first);
    if (!m.hasMatch()) {
        issue(field, tr("\"%1\" is not a statement line (value date YYMMDD, entry date MMDD, C, D, RC or RD, amount, "
                        "transaction type, reference)")
                         .arg(first.left(80)));
        return std::nullopt;
    }
    const auto valueDate = date(field, m.captured(1));
    const auto cents = amount(field, m.captured(5));
    if (!valueDate || !cents)
        return std::nullopt;
    Date booked = *valueDate;
    if (!m.captured(2).isEmpty()) {
        // The entry date has no year: the one nearest the value date (a booking on 31 December
        // may have its value on 2 January).
        const int month = m.captured(2).left(2).toInt(), day = m.captured(2).mid(2).toInt();
        std::optional<Date> best;
        for (int year = valueDate->year() - 1; year <= valueDate->year() + 1; ++year) {
            try {
                const Date candidate(year, month, day);
                if (!best || std::abs((candidate - *valueDate).days()) < std::abs((*best - *valueDate).days()))
                    best = candidate;
            } catch (const std::out_of_range &) {
            }
        }
        if (!best) {
            issue(field, tr("entry date \"%1\" is not a date (MMDD)").arg(m.captured(2)));
            return std::nullopt;
        }
        booked = *best;
    }
    const QString mark = m.captured(3);
    const QString rest = m.captured(7);
    const qsizetype bankRefAt = rest.indexOf(QStringLiteral("//"));
    const QString ownerRef = (bankRefAt < 0 ? rest : rest.left(bankRefAt)).trimmed();

    BankTransaction t;
    t.bookingDate = booked;
    t.amount = Money(*cents, opening.currency);
    // RC undoes a credit, so money goes out; RD undoes a debit.
    t.credit = mark == u"C" || mark == u"RD";
    t.reversal = mark.startsWith(u'R');
    t.entryRef = bankRefAt < 0 ? QString() : rest.mid(bankRefAt + 2).trimmed();
    t.line = field.line;
    const Mt940Details parsed = Mt940Details::parse(details ? details->value : QString(), supplementary);
    t.debtorName = parsed.name.left(FieldLimits::nameChars);
    t.debtorIban = parsed.iban;
    t.remittance = parsed.remittance;
    t.endToEndId = parsed.endToEndId;
    // "NONREF" and ING's "EREF" (see :86:) are placeholders; anything else is the payer's reference.
    if (t.endToEndId.isEmpty() && ownerRef != u"NONREF" && ownerRef != u"EREF" && ownerRef != u"NOTPROVIDED")
        t.endToEndId = ownerRef;
    return t;
}

void Parser::readStatement(const QList<Field> &fields, QList<BankTransaction> &out)
{
    const Field &start = fields.constFirst();
    const Field *account = nullptr, *number = nullptr, *openingField = nullptr, *closingField = nullptr;
    QList<std::pair<const Field *, const Field *>> lines; // :61: and its :86:
    const qsizetype issuesBefore = m_issues.size();
    for (const Field &field : fields) {
        const QString &tag = field.tag;
        if (tag == u"25")
            account = &field;
        else if (tag == u"28C" || tag == u"28")
            number = &field;
        else if (tag == u"60F" || tag == u"60M") {
            if (openingField)
                issue(field, tr("a second opening balance in one statement"));
            openingField = &field;
        } else if (tag == u"61") {
            if (!openingField || closingField)
                issue(field, tr("statement line outside the opening (:60F:) and closing (:62F:) balance"));
            lines.append({&field, nullptr});
        } else if (tag == u"86") {
            // After the closing balance it is about the whole statement.
            if (!lines.isEmpty() && !closingField && !lines.constLast().second)
                lines.last().second = &field;
        } else if (tag == u"62F" || tag == u"62M") {
            if (closingField)
                issue(field, tr("a second closing balance in one statement"));
            closingField = &field;
        }
    }
    if (!account)
        issue(start, tr("statement without the account (:25:)"));
    if (!number)
        issue(start, tr("statement without its number (:28C:)"));
    if (!openingField)
        issue(start, tr("statement without an opening balance (:60F: or :60M:)"));
    if (!closingField)
        issue(start, tr("statement without a closing balance (:62F: or :62M:)"));
    if (m_issues.size() > issuesBefore)
        return;
    const auto opening = balance(*openingField);
    const auto closing = balance(*closingField);
    if (!opening || !closing)
        return;
    if (!ImportValues::isCurrencyCode(opening->currency)) {
        issue(*openingField, tr("\"%1\" is not a currency code").arg(opening->currency));
        return;
    }
    if (closing->currency != opening->currency) {
        issue(*closingField, tr("closing balance in %1, opening balance in %2").arg(closing->currency, opening->currency));
        return;
    }

    const QString statementId = QStringLiteral("%1/%2/%3").arg(account->value.trimmed(), number->value.trimmed(), IsoDate::format(opening->date));
    if (statementId.size() > FieldLimits::nameChars) {
        issue(*account, FieldLimits::tooLong(tr("the account and statement number"), statementId.size(), FieldLimits::nameChars));
        return;
    }
    QList<BankTransaction> transactions;
    qint64 sum = opening->signedCents();
    bool overflow = false;
    QSet<QString> refs;
    for (const auto &[lineField, details] : std::as_const(lines)) {
        auto t = statementLine(*lineField, details, *opening);
        if (!t)
            continue;
        t->statementId = statementId;
        // The bank's reference where it gives one (unique in the statement), else the line's position.
        const QString position = QString::number(transactions.size() + 1);
        if (t->entryRef.isEmpty() || t->entryRef.size() > FieldLimits::codeChars)
            t->entryRef = position;
        else if (refs.contains(t->entryRef))
            t->entryRef += u'/' + position;
        refs.insert(t->entryRef);
        overflow = overflow || __builtin_add_overflow(sum, t->credit ? t->amount.cents() : -t->amount.cents(), &sum);
        transactions << *t;
    }
    if (m_issues.size() > issuesBefore)
        return;
    if (overflow || sum != closing->signedCents()) {
        const Money expected(closing->signedCents(), opening->currency);
        issue(*closingField, overflow ? tr("the movements add up to more than any balance; the statement is damaged")
                                      : tr("the opening balance %1 plus the movements is %2, but the closing balance is %3; "
                                           "the statement is incomplete or damaged")
                                            .arg(Money(opening->signedCents(), opening->currency).toPlain(),
                                                 Money(sum, opening->currency).toPlain(), expected.toPlain()));
        return;
    }
    out << transactions;
}
} // namespace

std::optional<QList<BankTransaction>> Mt940Reader::read(const QByteArray &bytes, const QString &fileName, ImportIssues *issues)
{
    ImportIssues found;
    Parser parser(fileName, found);
    const QList<QList<Field>> statements = parser.split(TextDecoding::decode(bytes).text);
    if (statements.isEmpty() && found.isEmpty())
        found.append({fileName, 1, 1, tr("no MT940 statement in the file (a statement starts with :20:)")});
    QList<BankTransaction> result;
    for (const QList<Field> &statement : statements)
        parser.readStatement(statement, result);
    if (!found.isEmpty()) {
        if (issues)
            issues->append(found);
        return std::nullopt;
    }
    return result;
}

bool Mt940Reader::recognises(const QByteArray &bytes)
{
    // The first lines: a bank's header ("ABNANL2A", "940", ":940:") or the SWIFT blocks come first.
    const QByteArray head = bytes.left(4096);
    static const QRegularExpression firstField(QStringLiteral("(^|[\\r\\n]):20:"));
    return firstField.match(QString::fromLatin1(head)).hasMatch();
}

} // namespace dd
