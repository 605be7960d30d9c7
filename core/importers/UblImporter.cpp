#include "UblImporter.h"

#include "common/ValidationError.h"
#include "customers/CustomerRepository.h"
#include "importers/ImportStore.h"
#include "importers/UblReader.h"
#include "payments/PaymentRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::UblImporter", text);
}

// The customer number for a buyer we do not know yet: its VAT id, else its Peppol identifier.
QString numberFor(const UblParty &buyer)
{
    if (!buyer.vatId.isEmpty())
        return buyer.vatId;
    if (!buyer.identifier.isEmpty())
        return QStringLiteral("UBL-") + buyer.identifier;
    return QString();
}
} // namespace

UblImporter::UblImporter(Database &database)
    : m_database(database)
{
}

ImportReport UblImporter::importPath(const QString &fileOrFolder, const ImportProgress &progress)
{
    ImportReport report;
    report.source = fileOrFolder;
    const QFileInfo info(fileOrFolder);
    QStringList files;
    if (info.isDir()) {
        const QDir dir(fileOrFolder);
        for (const QString &name : dir.entryList({QStringLiteral("*.xml"), QStringLiteral("*.XML")}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
        if (files.isEmpty()) {
            report.errors.append({fileOrFolder, 0, 0, tr("the folder holds no .xml files")});
            return report;
        }
    } else if (info.isFile()) {
        files << fileOrFolder;
    } else {
        report.errors.append({fileOrFolder, 0, 0, tr("no such file or folder")});
        return report;
    }

    const qint64 steps = 2 * qint64(files.size());
    qint64 step = 0;
    auto cancelled = [&]() {
        ++step;
        if (!progress || progress(step, steps))
            return false;
        report = ImportReport();
        report.source = fileOrFolder;
        report.cancelled = true;
        return true;
    };
    std::vector<UblDocument> documents;
    for (const QString &path : std::as_const(files)) {
        if (cancelled())
            return report;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report.errors.append({path, 0, 0, tr("cannot be read: %1").arg(file.errorString())});
            continue;
        }
        if (auto doc = UblReader::read(file.readAll(), path, &report.errors))
            documents.push_back(std::move(*doc));
    }
    report.rows = qint64(documents.size());
    if (!report.errors.isEmpty())
        return report;

    Transaction transaction(m_database, DataChange::Customers | DataChange::Invoices | DataChange::CreditNotes | DataChange::ReferenceData);
    ImportStore store(m_database);
    CustomerRepository customers(m_database);
    PaymentRepository payments(m_database);
    QHash<QString, QString> numberSource; // invoice number -> file it came from in this run
    step = qint64(files.size());
    for (UblDocument &doc : documents) {
        if (cancelled())
            return report; // the transaction rolls back what was written
        Invoice &invoice = doc.invoice;
        for (const QString &warning : std::as_const(doc.warnings))
            report.notes << QStringLiteral("%1: %2").arg(doc.file, warning);
        if (doc.creditNote) {
            ++report.skipped;
            report.notes << tr("%1: credit note %2 (for invoice %3) recognised and not imported: issue credit notes in DisputeDesk, "
                                   "so that its own series stays gap-free")
                                .arg(doc.file, invoice.number, doc.billingReference.isEmpty() ? tr("unknown") : doc.billingReference);
            continue;
        }
        // The customer: by VAT id, else by the number we would give it.
        const QString number = numberFor(doc.buyer);
        std::optional<qint64> customerId;
        int term = 30;
        if (!doc.buyer.vatId.isEmpty()) {
            if (const auto buyer = customers.findByVatId(doc.buyer.vatId)) {
                customerId = buyer->id;
                term = buyer->paymentTermDays;
            }
        }
        if (!customerId && !number.isEmpty()) {
            if (const auto ref = store.customer(number)) {
                customerId = ref->id;
                term = ref->paymentTermDays;
            }
        }
        if (!customerId) {
            if (number.isEmpty() && doc.buyer.name.isEmpty()) {
                report.errors.append({doc.file, 1, 1, tr("invoice %1 names no buyer (no VAT id, identifier or name)").arg(invoice.number)});
                continue;
            }
            Customer customer;
            customer.number = number.isEmpty()
                ? QStringLiteral("UBL-%1").arg(customers.count() + 1, 6, 10, QLatin1Char('0'))
                : number;
            customer.name = doc.buyer.name.isEmpty() ? customer.number : doc.buyer.name;
            customer.kind = CustomerKind::Business;
            customer.street = doc.buyer.street;
            customer.postalCode = doc.buyer.postalCode;
            customer.city = doc.buyer.city;
            if (!doc.buyer.country.isEmpty())
                customer.country = doc.buyer.country;
            customer.language = customer.country == u"NL" || customer.country == u"BE" ? Language::Dutch : Language::English;
            customer.vatId = doc.buyer.vatId;
            customer.email = doc.buyer.email;
            customer.peppol = doc.buyer.endpoint;
            customers.insert(customer);
            customerId = customer.id;
            report.notes << tr("%1: new customer %2 (%3)").arg(doc.file, customer.number, customer.name);
        }
        invoice.customerId = *customerId;
        // The buyer's Peppol endpoint, for a customer that has none yet (one entered by hand stays).
        if (!doc.buyer.endpoint.isEmpty()) {
            const auto buyer = customers.findById(*customerId);
            if (!buyer || buyer->peppol.id.isEmpty())
                customers.setPeppol(*customerId, doc.buyer.endpoint);
        }
        if (invoice.dueDate.is_special())
            invoice.dueDate = invoice.issueDate + boost::gregorian::days(term);
        if (invoice.dueDate < invoice.issueDate) {
            report.errors.append({doc.file, 1, 1, tr("invoice %1 is due before it was issued").arg(invoice.number)});
            continue;
        }
        if (numberSource.contains(invoice.number))
            report.notes << tr("%1: invoice %2 was also in %3; this file's version is kept")
                                .arg(doc.file, invoice.number, numberSource.value(invoice.number));
        numberSource.insert(invoice.number, doc.file);
        if (invoice.amountDue().isNegative())
            report.notes << tr("%1: invoice %2 has a negative total (%3): a corrective invoice")
                                .arg(doc.file, invoice.number, invoice.amountDue().toPlain());
        for (InvoiceLine &line : invoice.lines)
            line.productId = store.productId(line.productCode, line.description);
        QString note;
        try {
            const ImportStore::Outcome outcome = store.saveInvoice(invoice, &note);
            ImportStore::count(outcome, report);
            if (outcome == ImportStore::Outcome::Held) {
                report.notes << QStringLiteral("%1: %2").arg(doc.file, note);
                continue;
            }
            // What the buyer already paid (PrepaidAmount) is a payment against the invoice. The
            // reference is how a re-import recognises it, so it is never translated.
            if (doc.prepaid.cents() > 0) {
                const QString reference = QStringLiteral("Prepaid, UBL invoice %1").arg(invoice.number);
                if (!payments.hasReference(invoice.customerId, reference)) {
                    Payment payment;
                    payment.customerId = invoice.customerId;
                    payment.date = invoice.issueDate;
                    payment.amount = doc.prepaid;
                    payment.reference = reference;
                    // A prepayment beyond the invoice (PayableAmount negative) settles it; the rest
                    // stays on the payment, unallocated: a credit balance the buyer has with us.
                    const qint64 allocated = std::clamp(invoice.amountDue().cents(), qint64(0), doc.prepaid.cents());
                    if (allocated > 0)
                        payment.allocations.append(Allocation{invoice.id, Money(allocated, invoice.currency)});
                    payments.record(payment);
                    if (allocated < doc.prepaid.cents())
                        report.notes << tr("%1: invoice %2 was prepaid %3, more than its total %4: %5 is a credit balance of "
                                           "the customer (an unallocated payment)")
                                            .arg(doc.file, invoice.number, doc.prepaid.toPlain(), invoice.amountDue().toPlain(),
                                                 Money(doc.prepaid.cents() - allocated, invoice.currency).toPlain());
                }
            }
        } catch (const ValidationError &refused) {
            report.errors.append({doc.file, 1, 1, refused.message()});
        }
    }
    if (!report.errors.isEmpty()) {
        report.created = report.updated = report.unchanged = report.held = 0;
        return report;
    }
    transaction.commit();
    report.committed = true;
    return report;
}

} // namespace dd
