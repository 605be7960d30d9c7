#include "StatementReader.h"

#include "importers/Mt940Reader.h"
#include "importers/StatementArchive.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::StatementReader", text);
}

// XML starts with '<' after an optional byte order mark and white space; in UTF-16 with a zero
// byte beside it.
bool looksLikeXml(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayLiteral("\xFF\xFE<\x00")) || bytes.startsWith(QByteArrayLiteral("\xFE\xFF\x00<")))
        return true;
    qsizetype i = bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")) ? 3 : 0;
    while (i < bytes.size() && (bytes.at(i) == ' ' || bytes.at(i) == '\t' || bytes.at(i) == '\r' || bytes.at(i) == '\n'))
        ++i;
    return i < bytes.size() && bytes.at(i) == '<';
}
} // namespace

StatementFormat StatementReader::recognise(const QByteArray &bytes)
{
    if (StatementArchive::recognises(bytes))
        return StatementFormat::Zip;
    if (looksLikeXml(bytes))
        return StatementFormat::Camt;
    if (Mt940Reader::recognises(bytes))
        return StatementFormat::Mt940;
    return StatementFormat::Unknown;
}

std::optional<QList<BankTransaction>> StatementReader::read(const QByteArray &bytes, const QString &fileName, ImportIssues *issues,
                                                            QStringList *notes)
{
    std::optional<QList<BankTransaction>> transactions;
    switch (recognise(bytes)) {
    case StatementFormat::Zip:
        return readZip(bytes, fileName, issues, notes);
    case StatementFormat::Camt:
        transactions = CamtReader::read(bytes, fileName, issues, notes);
        break;
    case StatementFormat::Mt940:
        transactions = Mt940Reader::read(bytes, fileName, issues);
        break;
    case StatementFormat::Unknown:
        if (issues)
            issues->append({fileName, 1, 1, tr("not a bank statement: neither CAMT.053 XML nor MT940 nor a .zip of them")});
        return std::nullopt;
    }
    if (transactions) {
        for (BankTransaction &t : *transactions)
            t.source = fileName;
    }
    return transactions;
}

std::optional<QList<BankTransaction>> StatementReader::readZip(const QByteArray &bytes, const QString &fileName, ImportIssues *issues,
                                                               QStringList *notes)
{
    const auto files = StatementArchive::files(bytes, fileName, issues);
    if (!files)
        return std::nullopt;
    if (files->isEmpty()) {
        if (issues)
            issues->append({fileName, 0, 0, tr("the .zip holds no statement")});
        return std::nullopt;
    }
    QList<BankTransaction> all;
    bool refused = false;
    for (const ArchivedFile &file : *files) {
        const QString name = fileName + u'/' + file.name;
        // A .zip in a .zip is how a zip bomb multiplies; banks do not nest them.
        if (StatementArchive::recognises(file.bytes)) {
            if (issues)
                issues->append({name, 0, 0, tr("a .zip inside the .zip is not read")});
            refused = true;
            continue;
        }
        // Every file is read, so that the user sees every bad one at once.
        if (const auto transactions = read(file.bytes, name, issues, notes))
            all << *transactions;
        else
            refused = true;
    }
    if (refused)
        return std::nullopt;
    return all;
}

} // namespace dd
