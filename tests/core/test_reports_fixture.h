#pragma once

// A hand-made data set for the report tests, written with plain SQL so every value is in sight.
// The answers the tests expect are worked out by hand next to them (test_reports.cpp).
//
// Customers C1 Alfa, C2 Bravo, C3 Charlie, C4 Delta. EUR unless said otherwise.
//   I1  C1  issued 2026-02-01 due 2026-03-03  1000.00, 300.00 paid 2026-03-25 (P1)
//   I2  C2  issued 2026-02-10 due 2026-03-12   500.00
//   I3  C3  issued 2026-03-01 due 2026-03-31   300.00, paid in full 2026-04-05 (P3, after the as-of date)
//   I4  C4  issued 2026-01-05 due 2026-02-04   200.00,  50.00 paid 2026-03-10 (P2)
//   I5  C1  issued 2026-03-05 due 2026-04-04   100.00
//   I6  C2  issued 2026-03-01 due 2026-03-31  USD 70.00
//   I7  C1  issued 2026-01-10 due 2026-02-09   200.00, paid in full 2026-01-30 (P4)
// Disputes (received, promised, answered, state):
//   D1 C1 invoice-error   03-02 03-09 03-05  closed 03-20 credited (justified 200.00), 400.00 on I1, lesson Sales 03-18
//   D2 C2 invoice-error   03-10 03-17 03-20  resolve, 500.00 on I2; audit: hear 03-10, verify 03-12, decide 03-15, resolve 03-20
//   D3 C3 quality         03-25 04-01 -      hear, 100.00 on I3
//   D4 C4 price-too-high  01-15 01-22 -      verify, 200.00 on I4 (only 150.00 still open)
//   D5 C1 delivery        03-15 03-22 03-16  closed 03-30 written-off (goodwill 50.00), 50.00 on I5, lesson Logistics 03-29
//   D6 C2 invoice-error   03-12 03-19 03-12  decide, USD 70.00 on I6
//   D7 C3 other           02-20 02-27 02-21  closed 02-28 paid, lesson (Sales) 02-27
// Product PA: complaints in D1, D2 and D3 (three customers in March).

#include "TempDir.h"
#include "TestDatabase.h"

#include "storage/Database.h"

#include <QString>

#include <memory>

namespace dd::test {

struct ReportFixture
{
    TempDir dir;
    std::unique_ptr<Database> db = Database::open(databaseLocation(dir, QStringLiteral("reports.sqlite")));

    void sql(const QString &statement) { db->run(statement); }

    ReportFixture()
    {
        sql(QStringLiteral("INSERT INTO customers (id, number, name, kind, language) VALUES "
                           "(1, 'C1', 'Alfa B.V.', 'business', 'nl'), (2, 'C2', 'Bravo & Zn.', 'business', 'nl'), "
                           "(3, 'C3', 'Charlie Inc.', 'business', 'en'), (4, 'C4', 'Delta', 'consumer', 'nl')"));
        sql(QStringLiteral(
            "INSERT INTO invoices (id, number, customer_id, issue_date, due_date, currency, total_excl_cents, vat_cents, "
            "total_incl_cents, paid_cents) VALUES "
            "(1, 'I1', 1, '2026-02-01', '2026-03-03', 'EUR', 100000, 0, 100000, 30000), "
            "(2, 'I2', 2, '2026-02-10', '2026-03-12', 'EUR', 50000, 0, 50000, 0), "
            "(3, 'I3', 3, '2026-03-01', '2026-03-31', 'EUR', 30000, 0, 30000, 30000), "
            "(4, 'I4', 4, '2026-01-05', '2026-02-04', 'EUR', 20000, 0, 20000, 5000), "
            "(5, 'I5', 1, '2026-03-05', '2026-04-04', 'EUR', 10000, 0, 10000, 0), "
            "(6, 'I6', 2, '2026-03-01', '2026-03-31', 'USD', 7000, 0, 7000, 0), "
            "(7, 'I7', 1, '2026-01-10', '2026-02-09', 'EUR', 20000, 0, 20000, 20000)"));
        sql(QStringLiteral("INSERT INTO payments (id, customer_id, payment_date, amount_cents, currency) VALUES "
                           "(1, 1, '2026-03-25', 30000, 'EUR'), (2, 4, '2026-03-10', 5000, 'EUR'), "
                           "(3, 3, '2026-04-05', 30000, 'EUR'), (4, 1, '2026-01-30', 20000, 'EUR')"));
        sql(QStringLiteral("INSERT INTO allocations (payment_id, invoice_id, amount_cents) VALUES "
                           "(1, 1, 30000), (2, 4, 5000), (3, 3, 30000), (4, 7, 20000)"));
        sql(QStringLiteral(
            "INSERT INTO disputes (id, number, customer_id, reason, channel, story, received_on, promised_on, answered_on, "
            "step, verdict, justified_cents, goodwill_cents, currency, outcome, closed_on, lesson_what, lesson_department, "
            "lesson_action) VALUES "
            "(1, 'D1', 1, 'invoice-error', 'email', 's', '2026-03-02', '2026-03-09', '2026-03-05', 'closed', 'partly', 20000, 0, "
            "'EUR', 'credited', '2026-03-20', 'Wrong price list', 'Sales', 'Check the price list'), "
            "(2, 'D2', 2, 'invoice-error', 'phone', 's', '2026-03-10', '2026-03-17', '2026-03-20', 'resolve', 'unjustified', 0, 0, "
            "'EUR', '', NULL, '', '', ''), "
            "(3, 'D3', 3, 'quality', 'email', 's', '2026-03-25', '2026-04-01', NULL, 'hear', '', 0, 0, 'EUR', '', NULL, '', '', ''), "
            "(4, 'D4', 4, 'price-too-high', 'letter', 's', '2026-01-15', '2026-01-22', NULL, 'verify', '', 0, 0, 'EUR', '', NULL, "
            "'', '', ''), "
            "(5, 'D5', 1, 'delivery', 'portal', 's', '2026-03-15', '2026-03-22', '2026-03-16', 'closed', 'unjustified', 0, 5000, "
            "'EUR', 'written-off', '2026-03-30', 'Late truck', 'Logistics', 'Plan a spare truck'), "
            "(6, 'D6', 2, 'invoice-error', 'email', 's', '2026-03-12', '2026-03-19', '2026-03-12', 'decide', '', 0, 0, 'USD', '', "
            "NULL, '', '', ''), "
            "(7, 'D7', 3, 'other', 'email', 's', '2026-02-20', '2026-02-27', '2026-02-21', 'closed', 'unjustified', 0, 0, 'EUR', "
            "'paid', '2026-02-28', 'Unclear terms', 'Sales', 'Rewrite the terms')"));
        sql(QStringLiteral("INSERT INTO dispute_invoices (dispute_id, invoice_id, disputed_cents) VALUES "
                           "(1, 1, 40000), (2, 2, 50000), (3, 3, 10000), (4, 4, 20000), (5, 5, 5000), (6, 6, 7000), (7, 7, 1000)"));
        sql(QStringLiteral("INSERT INTO products (id, code, name) VALUES (1, 'PA', 'Pump A')"));
        sql(QStringLiteral("INSERT INTO dispute_products (dispute_id, product_id) VALUES (1, 1), (2, 1), (3, 1)"));
        sql(QStringLiteral(
            "INSERT INTO audit_events (dispute_id, at, actor, from_step, to_step, action) VALUES "
            "(1, '2026-03-02T09:00:00.000Z', 'a', 'hear', 'hear', 'open'), "
            "(2, '2026-03-10T09:00:00.000Z', 'a', 'hear', 'hear', 'open'), "
            "(2, '2026-03-12T09:00:00.000Z', 'a', 'hear', 'verify', 'verify'), "
            "(2, '2026-03-15T09:00:00.000Z', 'a', 'verify', 'decide', 'conclude'), "
            "(1, '2026-03-18T10:00:00.000Z', 'a', 'learn', 'learn', 'lessons'), "
            "(2, '2026-03-20T09:00:00.000Z', 'a', 'decide', 'resolve', 'decide'), "
            "(1, '2026-03-20T11:00:00.000Z', 'a', 'learn', 'closed', 'close'), "
            "(7, '2026-02-27T10:00:00.000Z', 'a', 'learn', 'learn', 'lessons'), "
            "(5, '2026-03-29T10:00:00.000Z', 'a', 'learn', 'learn', 'lessons')"));
    }
};

} // namespace dd::test
