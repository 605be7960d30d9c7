#include "DocumentRepository.h"

#include "storage/Database.h"
#include "storage/StoredMoment.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>

namespace dd {

namespace {
const QString columns = QStringLiteral(
    "id, COALESCE(dispute_id, 0), COALESCE(credit_note_id, 0), kind, language, created_at, actor, file_name, mime_type, sha256");

KeptDocument read(const QSqlQuery &query)
{
    KeptDocument d;
    d.id = query.value(0).toLongLong();
    d.disputeId = query.value(1).toLongLong();
    d.creditNoteId = query.value(2).toLongLong();
    d.kind = query.value(3).toString();
    d.language = query.value(4).toString();
    d.createdAt = StoredMoment::read(query.value(5));
    d.actor = query.value(6).toString();
    d.fileName = query.value(7).toString();
    d.mimeType = query.value(8).toString();
    d.sha256 = query.value(9).toString();
    return d;
}
} // namespace

DocumentRepository::DocumentRepository(Database &database)
    : m_database(database)
{
}

void DocumentRepository::insert(KeptDocument &document)
{
    document.sha256 = QString::fromLatin1(QCryptographicHash::hash(document.content, QCryptographicHash::Sha256).toHex());
    Transaction transaction(m_database, DataChange::Documents);
    QSqlQuery query = m_database.prepareInsert(
        QStringLiteral("INSERT INTO documents (dispute_id, credit_note_id, kind, language, created_at, actor, file_name, "
                       "mime_type, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Database::exec(query,
        {document.disputeId ? QVariant(document.disputeId) : QVariant(),
         document.creditNoteId ? QVariant(document.creditNoteId) : QVariant(), document.kind, document.language,
         StoredMoment::text(document.createdAt, StoredMoment::Precision::Seconds), document.actor, document.fileName, document.mimeType,
         document.sha256, document.content});
    document.id = Database::insertedId(query);
    transaction.commit();
}

QList<KeptDocument> DocumentRepository::forDispute(qint64 disputeId) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT %1 FROM documents WHERE dispute_id = ? ORDER BY id").arg(columns), {disputeId});
    QList<KeptDocument> result;
    while (query.next())
        result << read(query);
    return result;
}

std::optional<KeptDocument> DocumentRepository::find(qint64 id) const
{
    QSqlQuery query = m_database.run(QStringLiteral("SELECT %1, content FROM documents WHERE id = ?").arg(columns), {id});
    if (!query.next())
        return std::nullopt;
    KeptDocument d = read(query);
    d.content = query.value(10).toByteArray();
    return d;
}

} // namespace dd
