#include "DisputeRepository.h"

#include "storage/Database.h"
#include "storage/StoredMoment.h"
#include "storage/Transaction.h"

namespace dd {

namespace {

QVariant dateValue(const Date &date)
{
    return date.is_special() ? QVariant() : QVariant(IsoDate::format(date));
}

Date dateFrom(const QVariant &value)
{
    return value.isNull() ? Date() : IsoDate::parse(value.toString()).value_or(Date());
}

QString timestamp(const QDateTime &at)
{
    return StoredMoment::text(at, StoredMoment::Precision::Milliseconds);
}

} // namespace

DisputeRepository::DisputeRepository(Database &database)
    : m_database(database)
{
}

void DisputeRepository::insert(Dispute &dispute)
{
    Transaction transaction(m_database, DataChange::Cases);
    const QString prefix = QStringLiteral("DSP-%1-").arg(int(dispute.receivedOn.year()));
    const QVariant last = m_database.scalar(
        QStringLiteral("SELECT MAX(number) FROM disputes WHERE number LIKE ?"), {prefix + u'%'});
    const int next = last.isNull() ? 1 : last.toString().mid(prefix.size()).toInt() + 1;
    dispute.number = prefix + QStringLiteral("%1").arg(next, 6, 10, QLatin1Char('0'));
    QSqlQuery query = m_database.prepareInsert(
        QStringLiteral("INSERT INTO disputes (number, customer_id, reason, channel, contact_person, story, received_on, "
                       "promised_on, assignee, step, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Database::exec(query,
        {dispute.number, dispute.customerId, dispute.reasonCode, DisputeCodes::channel(dispute.channel),
         dispute.contactPerson, dispute.story, IsoDate::format(dispute.receivedOn), IsoDate::format(dispute.promisedOn),
         dispute.assignee, DisputeCodes::step(dispute.step), dispute.currency()});
    dispute.id = Database::insertedId(query);
    QSqlQuery invoiceQuery = m_database.prepare(
        QStringLiteral("INSERT INTO dispute_invoices (dispute_id, invoice_id, disputed_cents) VALUES (?, ?, ?)"));
    for (const DisputedInvoice &invoice : dispute.invoices)
        Database::exec(invoiceQuery, {dispute.id, invoice.invoiceId, invoice.disputed.cents()});
    QSqlQuery productQuery =
        m_database.prepare(QStringLiteral("INSERT INTO dispute_products (dispute_id, product_id) VALUES (?, ?)"));
    for (qint64 productId : dispute.productIds)
        Database::exec(productQuery, {dispute.id, productId});
    transaction.commit();
}

void DisputeRepository::insertImported(Dispute &d)
{
    QSqlQuery insert = m_database.prepareInsert(
        QStringLiteral("INSERT INTO disputes (number, customer_id, reason, channel, contact_person, story, received_on, promised_on, "
                       "answered_on, assignee, step, verdict, justified_cents, currency, rationale, credit_decided, unjustified_path, "
                       "amicable_state, arrangement, goodwill_cents, lesson_what, lesson_department, lesson_action, outcome, closed_on) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Database::exec(insert, {d.number, d.customerId, d.reasonCode, DisputeCodes::channel(d.channel), d.contactPerson, d.story,
                            IsoDate::format(d.receivedOn), IsoDate::format(d.promisedOn), dateValue(d.answeredOn), d.assignee,
                            DisputeCodes::step(d.step), DisputeCodes::verdict(d.verdict), d.justified.cents(), d.currency(), d.rationale,
                            d.creditDecided ? 1 : 0, DisputeCodes::path(d.path), DisputeCodes::amicable(d.amicable), d.arrangement,
                            d.goodwill.cents(), d.lessonWhat, d.lessonDepartment, d.lessonAction, DisputeCodes::outcome(d.outcome),
                            dateValue(d.closedOn)});
    d.id = Database::insertedId(insert);
    for (const DisputedInvoice &invoice : std::as_const(d.invoices))
        m_database.run(QStringLiteral("INSERT INTO dispute_invoices (dispute_id, invoice_id, disputed_cents) VALUES (?, ?, ?)"),
                       {d.id, invoice.invoiceId, invoice.disputed.cents()});
}

std::optional<qint64> DisputeRepository::idOf(const QString &number) const
{
    const QVariant id = m_database.scalar(QStringLiteral("SELECT id FROM disputes WHERE number = ?"), {number});
    return id.isNull() ? std::nullopt : std::optional<qint64>(id.toLongLong());
}

bool DisputeRepository::isAbout(qint64 disputeId, qint64 invoiceId) const
{
    return m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM dispute_invoices WHERE dispute_id = ? AND invoice_id = ?"),
                             {disputeId, invoiceId})
               .toInt()
        > 0;
}

void DisputeRepository::update(const Dispute &d)
{
    Transaction transaction(m_database, DataChange::Cases);
    m_database.run(
        QStringLiteral("UPDATE disputes SET step = ?, answered_on = ?, assignee = ?, verdict = ?, justified_cents = ?, "
                       "rationale = ?, credit_decided = ?, unjustified_path = ?, amicable_state = ?, arrangement = ?, "
                       "goodwill_cents = ?, lesson_what = ?, lesson_department = ?, lesson_action = ?, outcome = ?, "
                       "closed_on = ? WHERE id = ?"),
        {DisputeCodes::step(d.step), dateValue(d.answeredOn), d.assignee, DisputeCodes::verdict(d.verdict),
         d.justified.cents(), d.rationale, d.creditDecided ? 1 : 0, DisputeCodes::path(d.path),
         DisputeCodes::amicable(d.amicable), d.arrangement, d.goodwill.cents(), d.lessonWhat, d.lessonDepartment,
         d.lessonAction, DisputeCodes::outcome(d.outcome), dateValue(d.closedOn), d.id});
    transaction.commit();
}

std::optional<Dispute> DisputeRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("d.id"), id);
}

std::optional<Dispute> DisputeRepository::findByNumber(const QString &number) const
{
    return findWhere(QStringLiteral("d.number"), number);
}

std::optional<Dispute> DisputeRepository::findWhere(const QString &column, const QVariant &value) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT d.id, d.number, d.customer_id, c.name, d.reason, d.channel, d.contact_person, d.story, "
                       "d.received_on, d.promised_on, d.answered_on, d.assignee, d.step, d.verdict, d.justified_cents, "
                       "d.currency, d.rationale, d.credit_decided, d.unjustified_path, d.amicable_state, d.arrangement, "
                       "d.goodwill_cents, d.lesson_what, d.lesson_department, d.lesson_action, d.outcome, d.closed_on "
                       "FROM disputes d JOIN customers c ON c.id = d.customer_id WHERE %1 = ?")
            .arg(column),
        {value});
    if (!query.next())
        return std::nullopt;
    Dispute d;
    d.id = query.value(0).toLongLong();
    d.number = query.value(1).toString();
    d.customerId = query.value(2).toLongLong();
    d.customerName = query.value(3).toString();
    d.reasonCode = query.value(4).toString();
    d.channel = DisputeCodes::channel(query.value(5).toString()).value_or(Channel::Phone);
    d.contactPerson = query.value(6).toString();
    d.story = query.value(7).toString();
    d.receivedOn = dateFrom(query.value(8));
    d.promisedOn = dateFrom(query.value(9));
    d.answeredOn = dateFrom(query.value(10));
    d.assignee = query.value(11).toString();
    d.step = DisputeCodes::step(query.value(12).toString()).value_or(DisputeStep::Hear);
    d.verdict = DisputeCodes::verdict(query.value(13).toString()).value_or(Verdict::None);
    const QString currency = query.value(15).toString();
    d.justified = Money(query.value(14).toLongLong(), currency);
    d.rationale = query.value(16).toString();
    d.creditDecided = query.value(17).toInt() != 0;
    d.path = DisputeCodes::path(query.value(18).toString()).value_or(UnjustifiedPath::None);
    d.amicable = DisputeCodes::amicable(query.value(19).toString()).value_or(AmicableState::None);
    d.arrangement = query.value(20).toString();
    d.goodwill = Money(query.value(21).toLongLong(), currency);
    d.lessonWhat = query.value(22).toString();
    d.lessonDepartment = query.value(23).toString();
    d.lessonAction = query.value(24).toString();
    d.outcome = DisputeCodes::outcome(query.value(25).toString()).value_or(Outcome::None);
    d.closedOn = dateFrom(query.value(26));

    QSqlQuery invoices = m_database.run(
        QStringLiteral("SELECT di.invoice_id, i.number, di.disputed_cents FROM dispute_invoices di "
                       "JOIN invoices i ON i.id = di.invoice_id WHERE di.dispute_id = ? ORDER BY i.number"),
        {d.id});
    while (invoices.next())
        d.invoices.append({invoices.value(0).toLongLong(), invoices.value(1).toString(), Money(invoices.value(2).toLongLong(), currency)});
    QSqlQuery products = m_database.run(
        QStringLiteral("SELECT product_id FROM dispute_products WHERE dispute_id = ? ORDER BY product_id"), {d.id});
    while (products.next())
        d.productIds.append(products.value(0).toLongLong());
    return d;
}

void DisputeRepository::addFinding(qint64 disputeId, Finding &finding)
{
    Transaction transaction(m_database, DataChange::Cases);
    QSqlQuery query = m_database.prepareInsert(
        QStringLiteral("INSERT INTO findings (dispute_id, source, text, direction, recorded_at) VALUES (?, ?, ?, ?, ?)"));
    Database::exec(query,
        {disputeId, finding.source, finding.text, DisputeCodes::direction(finding.direction), timestamp(finding.recordedAt)});
    finding.id = Database::insertedId(query);
    QSqlQuery evidenceQuery = m_database.prepareInsert(QStringLiteral(
        "INSERT INTO evidence (finding_id, name, mime_type, size, sha256, content) VALUES (?, ?, ?, ?, ?, ?)"));
    for (Evidence &evidence : finding.evidence) {
        Database::exec(evidenceQuery, {finding.id, evidence.name, evidence.mimeType, evidence.size, evidence.sha256,
                                       evidence.content.isNull() ? QByteArray("") : evidence.content});
        evidence.id = Database::insertedId(evidenceQuery);
    }
    transaction.commit();
}

QList<Finding> DisputeRepository::findings(qint64 disputeId, bool withContent) const
{
    QList<Finding> result;
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT id, source, text, direction, recorded_at FROM findings WHERE dispute_id = ? ORDER BY id"),
        {disputeId});
    while (query.next()) {
        Finding finding;
        finding.id = query.value(0).toLongLong();
        finding.source = query.value(1).toString();
        finding.text = query.value(2).toString();
        finding.direction = DisputeCodes::direction(query.value(3).toString()).value_or(FindingDirection::Neutral);
        finding.recordedAt = StoredMoment::read(query.value(4));
        result.append(finding);
    }
    const QString columns = withContent ? QStringLiteral("id, name, mime_type, size, sha256, content")
                                        : QStringLiteral("id, name, mime_type, size, sha256");
    for (Finding &finding : result) {
        QSqlQuery evidence = m_database.run(
            QStringLiteral("SELECT %1 FROM evidence WHERE finding_id = ? ORDER BY id").arg(columns), {finding.id});
        while (evidence.next()) {
            Evidence e;
            e.id = evidence.value(0).toLongLong();
            e.name = evidence.value(1).toString();
            e.mimeType = evidence.value(2).toString();
            e.size = evidence.value(3).toLongLong();
            e.sha256 = evidence.value(4).toString();
            if (withContent)
                e.content = evidence.value(5).toByteArray();
            finding.evidence.append(e);
        }
    }
    return result;
}

void DisputeRepository::addContact(qint64 disputeId, ContactLogEntry &entry)
{
    Transaction transaction(m_database, DataChange::Cases);
    QSqlQuery query = m_database.prepareInsert(
        QStringLiteral("INSERT INTO contact_log (dispute_id, contact_date, channel, direction, summary, letter_kind) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    Database::exec(query,
        {disputeId, IsoDate::format(entry.date), DisputeCodes::channel(entry.channel),
         DisputeCodes::contactDirection(entry.direction), entry.summary, entry.letterKind});
    entry.id = Database::insertedId(query);
    transaction.commit();
}

QList<ContactLogEntry> DisputeRepository::contacts(qint64 disputeId) const
{
    QList<ContactLogEntry> result;
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT id, contact_date, channel, direction, summary, letter_kind FROM contact_log "
                       "WHERE dispute_id = ? ORDER BY contact_date, id"),
        {disputeId});
    while (query.next()) {
        ContactLogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.date = dateFrom(query.value(1));
        entry.channel = DisputeCodes::channel(query.value(2).toString()).value_or(Channel::Phone);
        entry.direction = DisputeCodes::contactDirection(query.value(3).toString()).value_or(ContactDirection::Inbound);
        entry.summary = query.value(4).toString();
        entry.letterKind = query.value(5).toString();
        result.append(entry);
    }
    return result;
}

void DisputeRepository::appendAudit(qint64 disputeId, AuditEvent &event)
{
    Transaction transaction(m_database, DataChange::Cases);
    QSqlQuery query = m_database.prepareInsert(
        QStringLiteral("INSERT INTO audit_events (dispute_id, at, actor, from_step, to_step, action, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Database::exec(query,
        {disputeId, timestamp(event.at), event.actor, DisputeCodes::step(event.from), DisputeCodes::step(event.to),
         event.action, event.note});
    event.id = Database::insertedId(query);
    transaction.commit();
}

QList<AuditEvent> DisputeRepository::audit(qint64 disputeId) const
{
    QList<AuditEvent> result;
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT id, at, actor, from_step, to_step, action, note, login FROM audit_events "
                       "WHERE dispute_id = ? ORDER BY id"),
        {disputeId});
    while (query.next()) {
        AuditEvent event;
        event.id = query.value(0).toLongLong();
        event.at = StoredMoment::read(query.value(1));
        event.actor = query.value(2).toString();
        event.from = DisputeCodes::step(query.value(3).toString()).value_or(DisputeStep::Hear);
        event.to = DisputeCodes::step(query.value(4).toString()).value_or(DisputeStep::Hear);
        event.action = query.value(5).toString();
        event.note = query.value(6).toString();
        event.login = query.value(7).toString();
        result.append(event);
    }
    return result;
}

void DisputeRepository::recordAssessment(qint64 disputeId, const QDateTime &at, const QString &actor,
                                         const Money &expectedGain, const QString &recommendation, const QString &details)
{
    Transaction transaction(m_database, DataChange::Cases);
    m_database.run(QStringLiteral("INSERT INTO cost_benefit_assessments (dispute_id, recorded_at, actor, expected_gain_cents, "
                                  "currency, recommendation, details) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {disputeId, timestamp(at), actor, expectedGain.cents(), expectedGain.currency(), recommendation, details});
    transaction.commit();
}

std::optional<qint64> DisputeRepository::recoveryProbability(qint64 disputeId) const
{
    const QVariant value =
        m_database.scalar(QStringLiteral("SELECT recovery_probability_bp FROM disputes WHERE id = ?"), {disputeId});
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

void DisputeRepository::setRecoveryProbability(qint64 disputeId, std::optional<qint64> basisPoints)
{
    Transaction transaction(m_database, DataChange::Cases);
    m_database.run(QStringLiteral("UPDATE disputes SET recovery_probability_bp = ? WHERE id = ?"),
                   {basisPoints ? QVariant(*basisPoints) : QVariant(), disputeId});
    transaction.commit();
}

WorkflowFacts DisputeRepository::facts(const Dispute &dispute) const
{
    WorkflowFacts facts;
    facts.findings = m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM findings WHERE dispute_id = ?"), {dispute.id}).toInt();
    facts.hasAssessment =
        m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM cost_benefit_assessments WHERE dispute_id = ?"), {dispute.id}).toInt() > 0;
    facts.fourteenDayLetterSent =
        m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_log WHERE dispute_id = ? AND letter_kind = 'fourteen-day' "
                                         "AND direction = 'out'"),
                          {dispute.id})
            .toInt()
        > 0;
    const QString kind = m_database.scalar(QStringLiteral("SELECT kind FROM customers WHERE id = ?"), {dispute.customerId}).toString();
    facts.customerKind = Customer::kindFromCode(kind).value_or(CustomerKind::Business);
    return facts;
}

std::optional<PreviousGoodwill> DisputeRepository::previousGoodwill(qint64 customerId, qint64 excludingDisputeId) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT number, goodwill_cents, currency, closed_on FROM disputes WHERE customer_id = ? AND id <> ? "
                       "AND unjustified_path = 'goodwill' ORDER BY received_on DESC, id DESC"),
        {customerId, excludingDisputeId});
    if (!query.next())
        return std::nullopt;
    return PreviousGoodwill{query.value(0).toString(), Money(query.value(1).toLongLong(), query.value(2).toString()),
                            dateFrom(query.value(3))};
}

std::optional<QString> DisputeRepository::openDisputeOf(qint64 invoiceId) const
{
    const QVariant number = m_database.scalar(
        QStringLiteral("SELECT d.number FROM dispute_invoices di JOIN disputes d ON d.id = di.dispute_id "
                       "WHERE di.invoice_id = ? AND d.step <> 'closed'"),
        {invoiceId});
    if (!number.isValid())
        return std::nullopt;
    return number.toString();
}

Money DisputeRepository::openOn(const Dispute &dispute, const Date &asOf) const
{
    const QString date = IsoDate::format(asOf);
    const QVariant cents = m_database.scalar(
        // Per invoice, never below zero: a refund owed on one invoice does not pay another.
        QStringLiteral("SELECT COALESCE(SUM(CASE WHEN o.cents > 0 THEN o.cents ELSE 0 END), 0) FROM ("
                       "SELECT i.total_incl_cents - i.paid_cents - i.credited_cents "
                       "+ COALESCE((SELECT SUM(a.amount_cents) FROM allocations a JOIN payments p ON p.id = a.payment_id "
                       "WHERE a.invoice_id = i.id AND p.payment_date > ?), 0) "
                       "+ COALESCE((SELECT SUM(cn.total_incl_cents) FROM credit_notes cn "
                       "WHERE cn.invoice_id = i.id AND cn.issue_date > ?), 0) AS cents "
                       "FROM dispute_invoices di JOIN invoices i ON i.id = di.invoice_id WHERE di.dispute_id = ?) o"),
        {date, date, dispute.id});
    return Money(cents.toLongLong(), dispute.currency());
}

} // namespace dd
