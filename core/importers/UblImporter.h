#pragma once

#include "importers/ImportProgress.h"
#include "importers/ImportReport.h"

namespace dd {

class Database;

// Imports UBL 2.1 invoices (Peppol BIS Billing 3.0): one file, or every .xml file of a folder in
// name order, in one transaction. The buyer is matched to a customer by VAT id (or, without one,
// by its Peppol identifier as customer number) and created when unknown. Lines, VAT and totals are
// taken over as the document states them; a prepaid amount becomes a payment. Credit notes are
// recognised and reported. Any unreadable document imports nothing.
class UblImporter
{
public:
    explicit UblImporter(Database &database);
    // Steps: every document is read, then written; cancelling rolls the whole import back.
    ImportReport importPath(const QString &fileOrFolder, const ImportProgress &progress = {});

private:
    Database &m_database;
};

} // namespace dd
