#pragma once

#include "documents/KeptDocument.h"

#include <QList>

#include <optional>

namespace dd {

class Database;

// The kept documents (table `documents`, append-only in the database itself).
class DocumentRepository
{
public:
    explicit DocumentRepository(Database &database);

    // Sets id and SHA-256 of the content.
    void insert(KeptDocument &document);
    // The documents kept with a case, oldest first, without their content.
    QList<KeptDocument> forDispute(qint64 disputeId) const;
    std::optional<KeptDocument> find(qint64 id) const;

private:
    Database &m_database;
};

} // namespace dd
