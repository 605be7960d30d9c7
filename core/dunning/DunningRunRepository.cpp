#include "DunningRunRepository.h"

#include "dunning/DunningPreview.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace dd {

DunningRunRepository::DunningRunRepository(Database &database)
    : m_database(database)
{
}

qint64 DunningRunRepository::lastRunId() const
{
    return m_database.scalar(QStringLiteral("SELECT MAX(id) FROM dunning_runs")).toLongLong();
}

QHash<QString, QString> DunningRunRepository::letterFiles(qint64 runId) const
{
    QHash<QString, QString> files;
    QSqlQuery letters = m_database.run(QStringLiteral("SELECT sha256, file_name FROM dunning_letters WHERE run_id = ?"), {runId});
    while (letters.next())
        files.insert(letters.value(0).toString(), letters.value(1).toString());
    return files;
}

qint64 DunningRunRepository::record(const Date &asOf, const QString &committedAt, const QString &actor, const QString &outDir,
                                    const std::vector<DunningLetterToRecord> &letters, std::vector<qint64> &letterIds)
{
    Transaction transaction(m_database, DataChange::Dunning);
    QSqlQuery run = m_database.prepareInsert(
        QStringLiteral("INSERT INTO dunning_runs (as_of, committed_at, actor, out_dir) VALUES (?, ?, ?, ?)"));
    Database::exec(run, {IsoDate::format(asOf), committedAt, actor, outDir});
    const qint64 runId = Database::insertedId(run);
    QSqlQuery letter = m_database.prepareInsert(QStringLiteral(
        "INSERT INTO dunning_letters (run_id, customer_id, level, level_code, letter_date, currency, total_cents, "
        "interest_cents, interest_note, costs_cents, costs_vat_cents, costs_chargeable_from, file_name, sha256, costs_currency, "
        "eur_rate_date, eur_rate_micros) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery line = m_database.prepare(QStringLiteral(
        "INSERT INTO dunning_letter_invoices (letter_id, invoice_id, level, moved_up, open_cents, days_overdue, interest_cents) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QVariant none; // NULL
    letterIds.clear();
    for (const DunningLetterToRecord &output : letters) {
        const DunningLetterPlan &plan = *output.plan;
        Database::exec(letter,
                       {runId, plan.customerId, plan.level.level, plan.level.code, IsoDate::format(asOf),
                        plan.currency, plan.total.cents(), plan.interest ? QVariant(plan.interest->cents()) : none,
                        plan.interestNote, plan.showsCosts ? QVariant(plan.costs.cents()) : none,
                        plan.showsCosts ? QVariant(plan.costsVat.cents()) : none,
                        plan.costsChargeableFrom ? QVariant(IsoDate::format(*plan.costsChargeableFrom)) : none,
                        output.fileName, output.sha256, plan.showsCosts ? QVariant(plan.costs.currency()) : none,
                        plan.eurRate ? QVariant(IsoDate::format(plan.eurRate->date)) : none,
                        plan.eurRate ? QVariant(plan.eurRate->perEurMicros) : none});
        const qint64 letterId = Database::insertedId(letter);
        letterIds.push_back(letterId);
        for (const DunningInvoiceLine &invoice : plan.invoices) {
            Database::exec(line, {letterId, invoice.invoiceId, invoice.level, int(invoice.movesUp), invoice.open.cents(),
                                  invoice.daysOverdue, invoice.interest ? QVariant(invoice.interest->cents()) : none});
        }
    }
    transaction.commit();
    return runId;
}

} // namespace dd
