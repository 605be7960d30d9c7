#pragma once

// Hand-made CAMT.053 statements for the GUI tests of the Bank area (test_ui_bank, the Dutch
// pictures of test_ui_dutch_shots): the layout of a Dutch bank's camt.053.001.02 download, with
// only the fields the reader uses, and the demo's open invoices for them to pay.

#include "storage/Database.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace dd::test {

struct OpenInvoice
{
    QString number;
    qint64 open = 0;
};

// Two open euro invoices of different customers, so the first one's remittance cannot pull the other in.
inline QList<OpenInvoice> openInvoices(Database &db)
{
    QSqlQuery query = db.run(QStringLiteral(
        "SELECT number, total_incl_cents - paid_cents - credited_cents, customer_id FROM invoices "
        "WHERE currency = 'EUR' AND total_incl_cents - paid_cents - credited_cents > 200 ORDER BY id"));
    QList<OpenInvoice> found;
    qint64 firstCustomer = 0;
    while (query.next() && found.size() < 2) {
        if (found.size() == 1 && query.value(2).toLongLong() == firstCustomer)
            continue;
        firstCustomer = query.value(2).toLongLong();
        found << OpenInvoice{query.value(0).toString(), query.value(1).toLongLong()};
    }
    return found;
}

inline QByteArray amountText(qint64 cents)
{
    return QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0');
}

inline QByteArray entry(const char *ref, qint64 cents, const char *indicator, const QByteArray &remittance)
{
    return "<Ntry><Amt Ccy=\"EUR\">" + amountText(cents) + "</Amt><CdtDbtInd>" + indicator
        + "</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2025-07-10</Dt></BookgDt><AcctSvcrRef>" + ref
        + "</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Payer " + ref
        + "</Nm></Dbtr><DbtrAcct><Id><IBAN>NL18INGB000" + ref + "</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>" + remittance
        + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
}

// A CAMT.053 statement with these entries, written to `path`.
inline bool writeStatement(const QString &path, const char *id, const QByteArray &entries)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                      "<GrpHdr><MsgId>"
                      + QByteArray(id) + "</MsgId><CreDtTm>2025-07-10T18:00:00</CreDtTm></GrpHdr><Stmt><Id>" + id
                      + "</Id><Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>\n" + entries + "</Stmt></BkToCstmrStmt></Document>\n")
            > 0;
}

} // namespace dd::test
