#include "DemoDisputeRepository.h"

#include "disputes/Dispute.h"
#include "storage/Database.h"

namespace dd {

namespace {
QVariant dateOrNull(const Date &date)
{
    return date.is_special() ? QVariant() : QVariant(IsoDate::format(date));
}
} // namespace

DemoDisputeRepository::DemoDisputeRepository(Database &database)
    : m_dispute(database.prepareInsert(QStringLiteral(
          "INSERT INTO disputes (number, customer_id, reason, channel, contact_person, story, received_on, promised_on, "
          "answered_on, assignee, step, verdict, justified_cents, currency, rationale, credit_decided, unjustified_path, "
          "amicable_state, arrangement, goodwill_cents, lesson_what, lesson_department, lesson_action, outcome, closed_on) "
          "VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
    , m_invoice(database.prepare(
          QStringLiteral("INSERT INTO dispute_invoices (dispute_id, invoice_id, disputed_cents) VALUES (?, ?, ?)")))
    , m_product(database.prepare(QStringLiteral("INSERT INTO dispute_products (dispute_id, product_id) VALUES (?, ?)")))
    , m_finding(database.prepare(QStringLiteral(
          "INSERT INTO findings (dispute_id, source, text, direction, recorded_at) VALUES (?, ?, ?, ?, ?)")))
    , m_contact(database.prepare(QStringLiteral(
          "INSERT INTO contact_log (dispute_id, contact_date, channel, direction, summary, letter_kind) VALUES (?, ?, ?, ?, ?, ?)")))
    , m_audit(database.prepare(QStringLiteral(
          "INSERT INTO audit_events (dispute_id, at, actor, from_step, to_step, action, note) VALUES (?, ?, ?, ?, ?, ?, ?)")))
    , m_assessment(database.prepare(QStringLiteral(
          "INSERT INTO cost_benefit_assessments (dispute_id, recorded_at, actor, expected_gain_cents, currency, recommendation, "
          "details) VALUES (?, ?, ?, ?, ?, ?, ?)")))
{
}

qint64 DemoDisputeRepository::addCase(const Dispute &d)
{
    Database::exec(m_dispute,
                   {d.number, d.customerId, d.reasonCode, DisputeCodes::channel(d.channel), d.story,
                    IsoDate::format(d.receivedOn), IsoDate::format(d.promisedOn), dateOrNull(d.answeredOn), d.assignee,
                    DisputeCodes::step(d.step), DisputeCodes::verdict(d.verdict), d.justified.cents(), d.currency(),
                    d.rationale, d.creditDecided ? 1 : 0, DisputeCodes::path(d.path), DisputeCodes::amicable(d.amicable),
                    d.arrangement, d.goodwill.cents(), d.lessonWhat, d.lessonDepartment, d.lessonAction,
                    DisputeCodes::outcome(d.outcome), dateOrNull(d.closedOn)});
    const qint64 id = Database::insertedId(m_dispute);
    for (const DisputedInvoice &invoice : d.invoices)
        Database::exec(m_invoice, {id, invoice.invoiceId, invoice.disputed.cents()});
    for (qint64 product : d.productIds)
        Database::exec(m_product, {id, product});
    return id;
}

void DemoDisputeRepository::addFinding(qint64 disputeId, const QString &source, const QString &text, const QString &direction,
                                       const QString &recordedAt)
{
    Database::exec(m_finding, {disputeId, source, text, direction, recordedAt});
}

void DemoDisputeRepository::addContact(qint64 disputeId, const QString &date, const QString &channel, const QString &direction,
                                       const QString &summary, const QString &letterKind)
{
    Database::exec(m_contact, {disputeId, date, channel, direction, summary, letterKind});
}

void DemoDisputeRepository::addAudit(qint64 disputeId, const QString &at, const QString &actor, const QString &fromStep,
                                     const QString &toStep, const QString &action, const QString &note)
{
    Database::exec(m_audit, {disputeId, at, actor, fromStep, toStep, action, note});
}

void DemoDisputeRepository::addAssessment(qint64 disputeId, const QString &recordedAt, const QString &actor,
                                          qint64 expectedGainCents, const QString &currency, const QString &recommendation,
                                          const QString &details)
{
    Database::exec(m_assessment, {disputeId, recordedAt, actor, expectedGainCents, currency, recommendation, details});
}

} // namespace dd
