#pragma once

#include "importers/CamtReader.h"
#include "importers/ImportIssue.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace dd {

// The kinds of bank statement file DisputeDesk reads.
enum class StatementFormat { Camt, Mt940, Zip, Unknown };

// Reads a bank statement file whatever its kind, told by its content, never by its name (banks
// name MT940 files .sta, .940, .swi or .txt, and CAMT files .xml or .053): CAMT XML
// (CamtReader), MT940 (Mt940Reader) or a .zip of such files (StatementArchive), each file in it
// read in turn. All or nothing: one bad file refuses the whole .zip, its issues naming the file
// inside ("statements.zip/2026-03.sta").
class StatementReader
{
public:
    static StatementFormat recognise(const QByteArray &bytes);
    // Every transaction's `source` is the file it came from. `notes`, when given, gets "file:line:
    // what" for what was read otherwise than written (CamtReader).
    static std::optional<QList<BankTransaction>> read(const QByteArray &bytes, const QString &fileName, ImportIssues *issues,
                                                      QStringList *notes = nullptr);

private:
    static std::optional<QList<BankTransaction>> readZip(const QByteArray &bytes, const QString &fileName, ImportIssues *issues,
                                                         QStringList *notes);
};

} // namespace dd
