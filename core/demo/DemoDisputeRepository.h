#pragma once

#include <QSqlQuery>
#include <QString>

namespace dd {

class Database;
struct Dispute;

// Writes the demo's dispute cases as they stand after their moves, with the trail each would have
// left, straight into the tables: many thousands of cases, each statement prepared once. Call it
// inside a Transaction.
class DemoDisputeRepository
{
public:
    explicit DemoDisputeRepository(Database &database);

    // The case with every field of its state, its invoices and products; returns the id the
    // database gave it.
    qint64 addCase(const Dispute &dispute);
    void addFinding(qint64 disputeId, const QString &source, const QString &text, const QString &direction,
                    const QString &recordedAt);
    void addContact(qint64 disputeId, const QString &date, const QString &channel, const QString &direction,
                    const QString &summary, const QString &letterKind);
    void addAudit(qint64 disputeId, const QString &at, const QString &actor, const QString &fromStep, const QString &toStep,
                  const QString &action, const QString &note);
    void addAssessment(qint64 disputeId, const QString &recordedAt, const QString &actor, qint64 expectedGainCents,
                       const QString &currency, const QString &recommendation, const QString &details);

private:
    QSqlQuery m_dispute;
    QSqlQuery m_invoice;
    QSqlQuery m_product;
    QSqlQuery m_finding;
    QSqlQuery m_contact;
    QSqlQuery m_audit;
    QSqlQuery m_assessment;
};

} // namespace dd
