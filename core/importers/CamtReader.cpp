#include "CamtReader.h"

#include "importers/FieldLimits.h"
#include "importers/ImportValues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CamtReader", text);
}

struct Tx
{
    QString amountText, currency, indicator, debtorName, debtorIban, endToEnd, reference;
    QStringList remittance;
    int line = 0, column = 0;
};

// The statement of a camt.053, the report of a camt.052, the notification of a camt.054.
bool isStatement(QStringView name)
{
    return name == u"Stmt" || name == u"Rpt" || name == u"Ntfctn";
}

struct Entry
{
    QString amountText, currency, indicator, status, bookingDate, valueDate, statementDate, reference, entryRef, additional;
    bool reversal = false;
    int line = 0, column = 0, number = 0;
    QList<Tx> transactions;
};
} // namespace

std::optional<QList<BankTransaction>> CamtReader::read(const QByteArray &bytes, const QString &fileName, ImportIssues *issues,
                                                       QStringList *notes)
{
    QXmlStreamReader xml(bytes);
    ImportIssues found;
    auto issue = [&](qint64 line, qint64 column, const QString &reason) { found.append({fileName, int(line), int(column), reason}); };
    QStringList path;
    QString statementId, statementCreated, statementEnd, messageCreated;
    QList<std::pair<QString, Entry>> entries;
    Entry entry;
    Tx tx;
    bool inEntry = false, inTx = false;
    int entryIndex = 0;
    // camt.052 (account report), camt.053 (statement) and camt.054 (debit/credit notification) hold
    // their entries alike, in every version from .01 on.
    static const QRegularExpression camtNamespace(QStringLiteral("^urn:iso:std:iso:20022:tech:xsd:camt\\.05[234]\\.001\\.(\\d+)$"));

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (path.isEmpty()) {
                const auto m = camtNamespace.match(xml.namespaceUri().toString());
                if (name != u"Document" || !m.hasMatch() || m.captured(1).toInt() < 1) {
                    issue(xml.lineNumber(), xml.columnNumber(),
                          tr("not a bank statement (CAMT.052, CAMT.053 or CAMT.054); the document is <%1> in \"%2\"")
                              .arg(name, xml.namespaceUri().toString()));
                    break;
                }
            }
            path << name;
            // A statement nests some twelve levels; deeper is a hostile file, whose every path
            // would cost time with its depth.
            if (path.size() > maxDepth) {
                issue(xml.lineNumber(), xml.columnNumber(),
                      tr("elements are nested more than %1 levels deep; this is not a bank statement").arg(maxDepth));
                break;
            }
            if (isStatement(name)) {
                statementId.clear();
                statementCreated.clear();
                statementEnd.clear();
            }
            if (name == u"Ntry") {
                entry = Entry();
                entry.line = int(xml.lineNumber());
                entry.column = int(xml.columnNumber());
                entry.number = ++entryIndex;
                entry.entryRef = QString::number(entry.number);
                inEntry = true;
            } else if (name == u"TxDtls" && inEntry) {
                tx = Tx();
                tx.line = int(xml.lineNumber());
                tx.column = int(xml.columnNumber());
                inTx = true;
            } else if (name == u"Amt") {
                const QString currency = xml.attributes().value(QStringLiteral("Ccy")).toString();
                const qint64 atLine = xml.lineNumber(), atColumn = xml.columnNumber();
                const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                path.removeLast();
                if (text.size() > FieldLimits::codeChars) {
                    issue(atLine, atColumn, FieldLimits::tooLong(name, text.size(), FieldLimits::codeChars));
                    continue;
                }
                // Entry amount directly under Ntry; a transaction's under TxDtls/Amt (.08+) or
                // TxDtls/AmtDtls/TxAmt/Amt (.02).
                const QString parent = path.isEmpty() ? QString() : path.last();
                if (inTx && (parent == u"TxDtls" || (parent == u"TxAmt" && path.contains(QStringLiteral("AmtDtls"))))) {
                    tx.amountText = text;
                    tx.currency = currency;
                } else if (inEntry && !inTx && parent == u"Ntry") {
                    entry.amountText = text;
                    entry.currency = currency;
                }
            } else {
                static const QStringList texts = {QStringLiteral("Id"), QStringLiteral("CdtDbtInd"),
                                                  QStringLiteral("Sts"), QStringLiteral("Dt"), QStringLiteral("DtTm"),
                                                  QStringLiteral("AcctSvcrRef"), QStringLiteral("NtryRef"), QStringLiteral("Nm"),
                                                  QStringLiteral("IBAN"), QStringLiteral("EndToEndId"), QStringLiteral("Ustrd"),
                                                  QStringLiteral("Ref"), QStringLiteral("RvslInd"), QStringLiteral("Nb"),
                                                  QStringLiteral("AddtlTxInf"), QStringLiteral("AddtlNtryInf"),
                                                  QStringLiteral("CreDtTm"), QStringLiteral("ToDtTm")};
                if (!texts.contains(name))
                    continue;
                // <Id> is text only as the statement's own id; elsewhere it holds an IBAN.
                if (name == u"Id" && (path.size() < 2 || !isStatement(path.at(path.size() - 2))))
                    continue;
                // <Sts> holds text in .02 and a <Cd> child in later versions.
                if (name == u"Sts") {
                    const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                    path.removeLast();
                    if (inEntry && !inTx)
                        entry.status = text;
                    continue;
                }
                const qint64 atLine = xml.lineNumber(), atColumn = xml.columnNumber();
                const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                path.removeLast();
                if (const int limit = FieldLimits::xmlElement(name); text.size() > limit) {
                    issue(atLine, atColumn, FieldLimits::tooLong(name, text.size(), limit));
                    continue;
                }
                const QString context = path.join(u'/');
                if (!inEntry) {
                    const QString parent = path.isEmpty() ? QString() : path.last();
                    if (name == u"Id" && isStatement(parent))
                        statementId = text;
                    else if (name == u"CreDtTm" && isStatement(parent))
                        statementCreated = text.left(10);
                    else if (name == u"CreDtTm" && parent == u"GrpHdr")
                        messageCreated = text.left(10);
                    else if (name == u"ToDtTm" && parent == u"FrToDt" && path.size() >= 2 && isStatement(path.at(path.size() - 2)))
                        statementEnd = text.left(10);
                    continue;
                }
                if (!inTx) {
                    if (name == u"CdtDbtInd" && path.last() == u"Ntry")
                        entry.indicator = text;
                    else if (name == u"RvslInd" && path.last() == u"Ntry")
                        entry.reversal = text == u"true" || text == u"1";
                    else if (name == u"Dt" || name == u"DtTm") {
                        if (path.last() == u"BookgDt")
                            entry.bookingDate = text.left(10);
                        else if (path.last() == u"ValDt")
                            entry.valueDate = text.left(10);
                    } else if (name == u"AcctSvcrRef" && path.last() == u"Ntry")
                        entry.reference = text;
                    else if (name == u"NtryRef" && path.last() == u"Ntry" && entry.reference.isEmpty())
                        entry.reference = text;
                    else if (name == u"AddtlNtryInf" && path.last() == u"Ntry")
                        entry.additional = text;
                    continue;
                }
                if (name == u"CdtDbtInd" && path.last() == u"TxDtls")
                    tx.indicator = text;
                else if (name == u"EndToEndId")
                    tx.endToEnd = text;
                else if (name == u"AcctSvcrRef" && path.last() == u"Refs")
                    tx.reference = text;
                else if (name == u"Nm" && context.contains(u"RltdPties/Dbtr") && !context.contains(u"DbtrAcct") && tx.debtorName.isEmpty())
                    tx.debtorName = text;
                else if (name == u"IBAN" && context.contains(u"RltdPties/DbtrAcct"))
                    tx.debtorIban = QString(text).remove(u' ').toUpper();
                else if (name == u"Ustrd" && context.contains(u"RmtInf"))
                    tx.remittance << text;
                else if (name == u"Ref" && context.contains(u"RmtInf/Strd"))
                    tx.remittance << text;
                // Where other banks put the invoice number: the referred document (SEB), the
                // transaction's additional information (SNS).
                else if (name == u"Nb" && context.contains(u"RmtInf/Strd/RfrdDocInf"))
                    tx.remittance << text;
                else if (name == u"AddtlTxInf" && path.last() == u"TxDtls")
                    tx.remittance << text;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QString name = path.isEmpty() ? QString() : path.takeLast();
            if (name == u"TxDtls" && inTx) {
                entry.transactions << tx;
                inTx = false;
            } else if (name == u"Ntry" && inEntry) {
                // The day the statement covers up to, else the day it was made.
                entry.statementDate = !statementEnd.isEmpty() ? statementEnd : !statementCreated.isEmpty() ? statementCreated : messageCreated;
                entries.append({statementId, entry});
                inEntry = false;
            }
        }
    }
    if (xml.hasError())
        issue(xml.lineNumber(), xml.columnNumber(), tr("not well-formed XML: %1").arg(xml.errorString()));
    if (!found.isEmpty()) {
        if (issues)
            issues->append(found);
        return std::nullopt;
    }

    QList<BankTransaction> result;
    for (const auto &[stmtId, e] : std::as_const(entries)) {
        if (!e.status.isEmpty() && e.status != u"BOOK")
            continue;
        // The booking date is optional in the schemas: without it the money moved on the value
        // date, and without that the statement's date is the nearest the file tells.
        const QString &date = !e.bookingDate.isEmpty() ? e.bookingDate : !e.valueDate.isEmpty() ? e.valueDate : e.statementDate;
        if (date.isEmpty()) {
            issue(e.line, e.column, tr("entry without a date: no BookgDt, no ValDt, and the statement has no CreDtTm"));
            continue;
        }
        QString why;
        const auto booked = ImportValues::date(date, DateFormat::Iso, &why);
        if (!booked) {
            issue(e.line, e.column, tr("entry's date \"%1\": %2").arg(date, why));
            continue;
        }
        QList<Tx> transactions = e.transactions;
        // A batch whose transactions do not each give their amount cannot be split: every one
        // would carry the whole entry's amount. It is one credit, naming what they all name.
        const bool unsplittable = transactions.size() > 1
            && std::any_of(transactions.begin(), transactions.end(), [](const Tx &t) { return t.amountText.isEmpty(); });
        if (unsplittable) {
            Tx whole;
            for (const Tx &t : std::as_const(transactions))
                whole.remittance << t.remittance;
            const auto samePayer = [&](QString Tx::*field) {
                return std::all_of(transactions.begin(), transactions.end(), [&](const Tx &t) { return t.*field == transactions.constFirst().*field; });
            };
            whole.debtorName = samePayer(&Tx::debtorName) ? transactions.constFirst().debtorName : QString();
            whole.debtorIban = samePayer(&Tx::debtorIban) ? transactions.constFirst().debtorIban : QString();
            if (notes)
                notes->append(QStringLiteral("%1:%2: ").arg(fileName).arg(e.line)
                              + tr("the %1 transactions of this entry do not each give their amount; taken as one credit of the entry's amount")
                                    .arg(transactions.size()));
            transactions = {whole};
        }
        if (transactions.isEmpty())
            transactions << Tx();
        int part = 0, position = 0;
        for (const Tx &t : std::as_const(transactions)) {
            ++position;
            BankTransaction b;
            b.statementId = stmtId;
            b.bookingDate = *booked;
            const QString base = e.reference.isEmpty() ? e.entryRef : e.reference;
            // Several transactions in one entry share its reference; number them.
            b.entryRef = transactions.size() > 1 ? (t.reference.isEmpty() ? QStringLiteral("%1/%2").arg(base).arg(++part) : t.reference) : base;
            const bool own = transactions.size() > 1 && !t.amountText.isEmpty();
            const QString amountText = own ? t.amountText : e.amountText;
            const QString currency = (own ? t.currency : e.currency).toUpper();
            const auto cents = ImportValues::scaled(amountText, 2, &why);
            if (!cents || !ImportValues::isCurrencyCode(currency)) {
                issue(t.line ? t.line : e.line, t.line ? t.column : e.column, tr("entry with a bad amount \"%1 %2\"").arg(currency, amountText));
                continue;
            }
            // ISO 20022 amounts are never negative (CdtDbtInd says which way the money went): a
            // minus sign means the file is not what it claims, and must not become a payment.
            if (*cents < 0) {
                issue(t.line ? t.line : e.line, t.line ? t.column : e.column,
                      tr("entry with a negative amount \"%1 %2\"; amounts in a statement are never negative").arg(currency, amountText));
                continue;
            }
            b.amount = Money(*cents, currency);
            const QString indicator = t.indicator.isEmpty() ? e.indicator : t.indicator;
            if (indicator != u"CRDT" && indicator != u"DBIT") {
                issue(e.line, e.column, tr("entry without CdtDbtInd CRDT or DBIT"));
                continue;
            }
            b.credit = indicator == u"CRDT";
            b.reversal = e.reversal;
            b.debtorName = t.debtorName;
            b.debtorIban = t.debtorIban;
            // ABN AMRO and SNS describe a single payment in the entry's additional information;
            // that of a batch describes the batch, not each of its payments.
            const QStringList remittance = transactions.size() == 1 && !e.additional.isEmpty() ? t.remittance + QStringList{e.additional}
                                                                                               : t.remittance;
            b.remittance = remittance.join(u' ').simplified();
            b.endToEndId = t.endToEnd == u"NOTPROVIDED" ? QString() : t.endToEnd;
            b.line = t.line ? t.line : e.line;
            b.entryNumber = e.number;
            b.transactionNumber = e.transactions.isEmpty() || unsplittable ? 0 : position;
            result << b;
        }
    }
    if (!found.isEmpty()) {
        if (issues)
            issues->append(found);
        return std::nullopt;
    }
    return result;
}

} // namespace dd
