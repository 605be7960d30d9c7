#pragma once

#include "importers/CamtReader.h"
#include "importers/ImportIssue.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace dd {

// Reads a SWIFT MT940 customer statement as ING, Rabobank and ABN AMRO offer it for download:
// one or more statements (:20: to :62F:/:62M:), each a statement line (:61:) per booking with
// its information to the account owner (:86:), with or without the SWIFT blocks ({1:}{2:}{4: ... -})
// or a bank's header lines around it. Gives the same transactions as CamtReader. Every
// statement's opening balance plus its movements must equal its closing balance (the bank's
// own check that nothing is missing); a file that fails it, or has a malformed field, gives
// nullopt and the issues (file, line, tag).
class Mt940Reader
{
public:
    static std::optional<QList<BankTransaction>> read(const QByteArray &bytes, const QString &fileName, ImportIssues *issues);
    // A line starting with ":20:" (a statement's first field) among the first lines: an MT940
    // file, whatever its name (.sta, .940, .txt, .swi).
    static bool recognises(const QByteArray &bytes);
};

} // namespace dd
