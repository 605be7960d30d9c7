#include "CsvCustomerImport.h"

#include "customers/CustomerRepository.h"
#include "importers/ImportKeys.h"

namespace dd {

void CsvCustomerImport::importRows()
{
    ImportKeys seen;
    CustomerRepository repository(m_database);
    forEachRow([&](const Row &row) {
        if (!tick(2 * qint64(row.index)))
            return false;
        checkLengths(row);
        QString number;
        if (required(row, QStringLiteral("number"))) {
            number = value(row, QStringLiteral("number"));
            if (const int first = seen.firstLineOrAdd(number, row.record.line))
                error(row, QStringLiteral("number"), tr("duplicate number %1 in the file (also on line %2)").arg(number).arg(first));
        }
        required(row, QStringLiteral("name"));
        if (bad(row))
            return true;
        const auto existing = repository.findByNumber(number);
        Customer c = existing.value_or(Customer());
        c.number = number;
        auto set = [&](const char *field, QString &target) {
            if (has(QString::fromLatin1(field)))
                target = value(row, QString::fromLatin1(field));
        };
        set("name", c.name);
        set("street", c.street);
        set("postal_code", c.postalCode);
        set("city", c.city);
        set("vat_id", c.vatId);
        set("email", c.email);
        if (!text(row, QStringLiteral("kind")).isEmpty()) {
            const QString code = value(row, QStringLiteral("kind")).toLower();
            const auto kind = Customer::kindFromCode(code);
            if (kind)
                c.kind = *kind;
            else if (code == u"consument" || code == u"particulier")
                c.kind = CustomerKind::Consumer;
            else if (code == u"zakelijk" || code == u"bedrijf")
                c.kind = CustomerKind::Business;
            else
                error(row, QStringLiteral("kind"), tr("kind: \"%1\" is neither business nor consumer").arg(code));
        }
        if (!text(row, QStringLiteral("language")).isEmpty()) {
            const auto language = Customer::languageFromCode(value(row, QStringLiteral("language")).toLower());
            if (language)
                c.language = *language;
            else
                error(row, QStringLiteral("language"), tr("language: \"%1\" is neither nl nor en").arg(value(row, QStringLiteral("language"))));
        }
        if (!text(row, QStringLiteral("country")).isEmpty()) {
            QString why;
            if (const auto country = ImportValues::countryCode(value(row, QStringLiteral("country")), &why))
                c.country = *country;
            else
                error(row, QStringLiteral("country"), tr("country: %1").arg(why));
        }
        // "SCHEME:ID" as `customer peppol --id` takes it; left as it is when the file has no such column.
        if (has(QStringLiteral("peppol_id"))) {
            QString why;
            if (const auto participant = PeppolParticipant::parse(value(row, QStringLiteral("peppol_id")), &why))
                c.peppol = *participant;
            else
                error(row, QStringLiteral("peppol_id"), tr("peppol_id: %1").arg(why));
        }
        // Left as it is when the file has no such column: a package knows nothing of dunning holds.
        std::optional<bool> doNotDun;
        if (has(QStringLiteral("do_not_dun"))) {
            QString why;
            doNotDun = ImportValues::flag(value(row, QStringLiteral("do_not_dun")), &why);
            if (!doNotDun)
                error(row, QStringLiteral("do_not_dun"), tr("do_not_dun: %1").arg(why));
        }
        if (!text(row, QStringLiteral("payment_term_days")).isEmpty()) {
            bool ok = false;
            const int days = value(row, QStringLiteral("payment_term_days")).toInt(&ok);
            if (!ok || days < 0 || days > 3650)
                error(row, QStringLiteral("payment_term_days"),
                      tr("payment_term_days: \"%1\" is not a number of days").arg(value(row, QStringLiteral("payment_term_days"))));
            else
                c.paymentTermDays = days;
        }
        const QString limitCurrency = has(QStringLiteral("currency")) ? currency(row) : c.creditLimit.currency();
        if (!text(row, QStringLiteral("credit_limit")).isEmpty()) {
            if (const auto limit = amount(row, QStringLiteral("credit_limit"), limitCurrency))
                c.creditLimit = *limit;
        } else if (limitCurrency != c.creditLimit.currency()) {
            c.creditLimit = Money(c.creditLimit.cents(), limitCurrency);
        }
        if (bad(row) || !writing())
            return true;
        writeUnit(row, [&]() {
            const bool dunHoldChanged = doNotDun && (!existing || repository.doNotDun(existing->id) != *doNotDun);
            if (!existing) {
                repository.insert(c);
                if (dunHoldChanged)
                    repository.setDoNotDun(c.id, *doNotDun);
                ++m_report.created;
                return;
            }
            if (dunHoldChanged)
                repository.setDoNotDun(c.id, *doNotDun);
            const Customer &o = *existing;
            const bool same = o.name == c.name && o.kind == c.kind && o.language == c.language && o.street == c.street
                && o.postalCode == c.postalCode && o.city == c.city && o.country == c.country && o.vatId == c.vatId
                && o.email == c.email && o.paymentTermDays == c.paymentTermDays && o.creditLimit == c.creditLimit
                && o.peppol == c.peppol;
            if (same && !dunHoldChanged) {
                ++m_report.unchanged;
                return;
            }
            repository.update(c);
            ++m_report.updated;
        });
        return true;
    });
}

} // namespace dd
