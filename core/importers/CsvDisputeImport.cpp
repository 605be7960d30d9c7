#include "CsvDisputeImport.h"

#include "disputes/AuditEvent.h"
#include "disputes/Dispute.h"
#include "disputes/DisputeRepository.h"
#include "disputes/ReasonTaxonomy.h"
#include "importers/ImportKeys.h"

#include <QDateTime>
#include <QFileInfo>

namespace dd {

namespace {
QVariant dateOrNull(const Date &date)
{
    return date.is_special() ? QVariant(QMetaType::fromType<QString>()) : QVariant(IsoDate::format(date));
}
} // namespace

void CsvDisputeImport::importRows()
{
    ImportKeys seen;
    DisputeRepository repository(m_database);
    QSqlQuery findInvoice = m_database.prepare(QStringLiteral("SELECT id, customer_id, currency, total_incl_cents FROM invoices WHERE number = ?"));
    QSqlQuery existing = m_database.prepare(QStringLiteral(
        "SELECT id, step, COALESCE(answered_on, ''), verdict, justified_cents, goodwill_cents, outcome, COALESCE(closed_on, '') "
        "FROM disputes WHERE number = ?"));
    forEachRow([&](const Row &row) {
        if (!tick(2 * qint64(row.index)))
            return false;
        checkLengths(row);
        Dispute d;
        if (required(row, QStringLiteral("number"))) {
            d.number = value(row, QStringLiteral("number"));
            if (const int first = seen.firstLineOrAdd(d.number, row.record.line))
                error(row, QStringLiteral("number"), tr("duplicate number %1 in the file (also on line %2)").arg(d.number).arg(first));
        }
        if (required(row, QStringLiteral("customer"))) {
            if (const auto customer = m_store.customer(value(row, QStringLiteral("customer"))))
                d.customerId = customer->id;
            else
                error(row, QStringLiteral("customer"), tr("unknown customer %1").arg(value(row, QStringLiteral("customer"))));
        }
        if (required(row, QStringLiteral("reason"))) {
            d.reasonCode = value(row, QStringLiteral("reason"));
            if (!ReasonTaxonomy::find(d.reasonCode))
                error(row, QStringLiteral("reason"), tr("reason: \"%1\" is not a reason code").arg(d.reasonCode));
        }
        const QString cur = currency(row);
        // A code field: empty means its default, anything else must be one of the codes.
        const auto code = [&](const QString &field, auto parse, auto &target) {
            const QString text = value(row, field).toLower();
            if (text.isEmpty())
                return;
            if (const auto parsed = parse(text))
                target = *parsed;
            else
                error(row, field, tr("%1: \"%2\" is not one of the codes").arg(field, value(row, field)));
        };
        code(QStringLiteral("channel"), [](const QString &t) { return DisputeCodes::channel(t); }, d.channel);
        code(QStringLiteral("step"), [](const QString &t) { return DisputeCodes::step(t); }, d.step);
        code(QStringLiteral("verdict"), [](const QString &t) { return DisputeCodes::verdict(t); }, d.verdict);
        code(QStringLiteral("outcome"), [](const QString &t) { return DisputeCodes::outcome(t); }, d.outcome);
        if (const auto received = date(row, QStringLiteral("received_on")))
            d.receivedOn = *received;
        d.promisedOn = d.receivedOn;
        for (const auto &[field, target] : {std::pair{QStringLiteral("promised_on"), &d.promisedOn},
                                            std::pair{QStringLiteral("answered_on"), &d.answeredOn},
                                            std::pair{QStringLiteral("closed_on"), &d.closedOn}}) {
            if (!value(row, field).isEmpty()) {
                if (const auto parsed = date(row, field))
                    *target = *parsed;
            }
        }
        d.justified = Money::zero(cur);
        d.goodwill = Money::zero(cur);
        for (const auto &[field, target] : {std::pair{QStringLiteral("justified"), &d.justified},
                                            std::pair{QStringLiteral("goodwill"), &d.goodwill}}) {
            if (!value(row, field).isEmpty()) {
                if (const auto parsed = amount(row, field, cur))
                    *target = *parsed;
            }
        }
        // "F1=100.00 F2" : an invoice without an amount is disputed for its whole total.
        qint64 disputed = 0;
        for (const QString &item : value(row, QStringLiteral("invoices")).split(u' ', Qt::SkipEmptyParts)) {
            const QString number = item.section(u'=', 0, 0);
            Database::exec(findInvoice, {number});
            if (!findInvoice.next()) {
                error(row, QStringLiteral("invoices"), tr("unknown invoice %1").arg(number));
            } else if (d.customerId && findInvoice.value(1).toLongLong() != d.customerId) {
                error(row, QStringLiteral("invoices"), tr("invoice %1 belongs to another customer").arg(number));
            } else if (findInvoice.value(2).toString() != cur) {
                error(row, QStringLiteral("invoices"), tr("invoice %1 is in %2, the case in %3").arg(number, findInvoice.value(2).toString(), cur));
            } else {
                DisputedInvoice invoice{findInvoice.value(0).toLongLong(), number, Money(findInvoice.value(3).toLongLong(), cur)};
                if (item.contains(u'=')) {
                    if (const auto part = ImportValues::amount(item.section(u'=', 1), cur, m_numberStyle, nullptr))
                        invoice.disputed = *part;
                    else
                        error(row, QStringLiteral("invoices"), tr("invoices: \"%1\" is not NUMBER=AMOUNT").arg(item));
                }
                if (invoice.disputed.cents() <= 0 || invoice.disputed.cents() > findInvoice.value(3).toLongLong())
                    error(row, QStringLiteral("invoices"), tr("invoices: %1 disputed on invoice %2 is not between 0 and its total")
                                                               .arg(invoice.disputed.toPlain(), number));
                disputed += invoice.disputed.cents();
                d.invoices << invoice;
            }
            findInvoice.finish();
        }
        if (d.invoices.isEmpty() && !bad(row))
            error(row, QStringLiteral("invoices"), tr("invoices: a case is about at least one invoice"));
        if (!value(row, QStringLiteral("disputed")).isEmpty()) {
            const auto total = amount(row, QStringLiteral("disputed"), cur);
            if (total && !bad(row) && total->cents() != disputed)
                error(row, QStringLiteral("disputed"), tr("disputed %1 is not the sum of the invoices' parts (%2)")
                                                           .arg(total->toPlain(), Money(disputed, cur).toPlain()));
        }
        if (bad(row) || !writing())
            return true;
        writeUnit(row, [&]() {
            Database::exec(existing, {d.number});
            if (existing.next()) {
                const qint64 id = existing.value(0).toLongLong();
                const bool same = existing.value(1).toString() == DisputeCodes::step(d.step)
                    && existing.value(2).toString() == dateOrNull(d.answeredOn).toString()
                    && existing.value(3).toString() == DisputeCodes::verdict(d.verdict) && existing.value(4).toLongLong() == d.justified.cents()
                    && existing.value(5).toLongLong() == d.goodwill.cents() && existing.value(6).toString() == DisputeCodes::outcome(d.outcome)
                    && existing.value(7).toString() == dateOrNull(d.closedOn).toString();
                existing.finish();
                if (same) {
                    ++m_report.unchanged;
                    return;
                }
                m_database.run(QStringLiteral("UPDATE disputes SET step = ?, answered_on = ?, verdict = ?, justified_cents = ?, "
                                              "goodwill_cents = ?, outcome = ?, closed_on = ? WHERE id = ?"),
                               {DisputeCodes::step(d.step), dateOrNull(d.answeredOn), DisputeCodes::verdict(d.verdict), d.justified.cents(),
                                d.goodwill.cents(), DisputeCodes::outcome(d.outcome), dateOrNull(d.closedOn), id});
                ++m_report.updated;
                return;
            }
            existing.finish();
            const QSqlQuery insert = m_database.run(
                QStringLiteral("INSERT INTO disputes (number, customer_id, reason, channel, story, received_on, promised_on, answered_on, "
                               "step, verdict, justified_cents, currency, goodwill_cents, outcome, closed_on) "
                               "VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {d.number, d.customerId, d.reasonCode, DisputeCodes::channel(d.channel), IsoDate::format(d.receivedOn),
                 IsoDate::format(d.promisedOn), dateOrNull(d.answeredOn), DisputeCodes::step(d.step), DisputeCodes::verdict(d.verdict),
                 d.justified.cents(), cur, d.goodwill.cents(), DisputeCodes::outcome(d.outcome), dateOrNull(d.closedOn)});
            d.id = insert.lastInsertId().toLongLong();
            for (const DisputedInvoice &invoice : std::as_const(d.invoices))
                m_database.run(QStringLiteral("INSERT INTO dispute_invoices (dispute_id, invoice_id, disputed_cents) VALUES (?, ?, ?)"),
                               {d.id, invoice.invoiceId, invoice.disputed.cents()});
            // The trail says where the case came from: its earlier history is in the other database.
            AuditEvent imported{0, QDateTime::currentDateTimeUtc(), QStringLiteral("import"), d.step, d.step, QStringLiteral("import"),
                                tr("imported from %1").arg(QFileInfo(m_path).fileName())};
            repository.appendAudit(d.id, imported);
            ++m_report.created;
        });
        return true;
    });
}

} // namespace dd
