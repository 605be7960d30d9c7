#include "DemoDataGenerator.h"

#include "DemoDataRepository.h"
#include "DemoDisputes.h"
#include "DemoRandom.h"
#include "common/ValidationError.h"
#include "customers/Customer.h"
#include "invoices/InvoiceWriter.h"
#include "money/VatCalculator.h"
#include "payments/PaymentRepository.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "documents/SettingsRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace dd {

namespace {

using boost::gregorian::date_duration;

struct DemoProduct
{
    const char *code;
    const char *name;
    qint64 priceCents;
    int vatBp;
    bool hourly;
};

// Products and services of a mid-size Dutch supplier of installations and office services.
const DemoProduct products[] = {
    {"ONDH-CV", "Onderhoud cv-ketel", 12500, 2100, false},
    {"INST-WP", "Installatie warmtepomp", 645000, 2100, false},
    {"INST-ZP", "Zonnepanelen (per paneel)", 32500, 2100, false},
    {"SRV-UUR", "Servicemonteur (per uur)", 7850, 2100, true},
    {"SRV-SPOED", "Spoedtoeslag", 9500, 2100, false},
    {"ADV-UUR", "Adviesuren", 11500, 2100, true},
    {"SCH-KANT", "Schoonmaak kantoor (maand)", 89000, 2100, false},
    {"SCH-GLAS", "Glasbewassing", 18500, 2100, false},
    {"IT-LIC", "Softwarelicentie (jaar)", 129000, 2100, false},
    {"IT-SUP", "IT-support (per uur)", 9500, 2100, true},
    {"IT-HW", "Laptop zakelijk", 114900, 2100, false},
    {"CAT-LUNCH", "Lunchcatering (per persoon)", 1450, 900, false},
    {"CAT-BORREL", "Borrelarrangement", 39500, 900, false},
    {"DRK-FOLD", "Drukwerk folders (1000 st.)", 27500, 2100, false},
    {"DRK-VISIT", "Visitekaartjes (500 st.)", 6900, 2100, false},
    {"TRN-PALLET", "Palletvervoer binnenland", 14500, 2100, false},
    {"TRN-EXPR", "Expresslevering", 4950, 2100, false},
    {"OPL-TRAIN", "Training klantcontact (dagdeel)", 79500, 2100, false},
    {"OPL-EHBO", "EHBO-cursus", 16500, 2100, false},
    {"BOEK-VAK", "Vakboek financieel beheer", 5495, 900, false},
    {"ONDH-LIFT", "Onderhoudscontract lift (kwartaal)", 112500, 2100, false},
    {"BEV-CAM", "Camerabewaking (maand)", 24900, 2100, false},
    {"HUUR-BUS", "Huur bestelbus (dag)", 8900, 2100, false},
    {"ABON-KOF", "Koffieabonnement (maand)", 11900, 2100, false},
};

const QStringList surnames = {
    QStringLiteral("de Vries"), QStringLiteral("Jansen"), QStringLiteral("van den Berg"), QStringLiteral("Bakker"),
    QStringLiteral("Visser"), QStringLiteral("Smit"), QStringLiteral("Meijer"), QStringLiteral("de Boer"),
    QStringLiteral("Mulder"), QStringLiteral("de Groot"), QStringLiteral("Bos"), QStringLiteral("Vos"),
    QStringLiteral("Peters"), QStringLiteral("Hendriks"), QStringLiteral("van Leeuwen"), QStringLiteral("Dekker"),
    QStringLiteral("Brouwer"), QStringLiteral("de Wit"), QStringLiteral("Dijkstra"), QStringLiteral("Smits"),
    QStringLiteral("de Graaf"), QStringLiteral("van der Meer"), QStringLiteral("Kok"), QStringLiteral("Jacobs"),
    QStringLiteral("van Dijk"), QStringLiteral("Vermeulen"), QStringLiteral("Koster"), QStringLiteral("Prins"),
    QStringLiteral("Huisman"), QStringLiteral("Kuipers"), QStringLiteral("van Beek"), QStringLiteral("Postma"),
};
const QStringList firstNames = {
    QStringLiteral("Anna"), QStringLiteral("Daan"), QStringLiteral("Emma"), QStringLiteral("Lucas"),
    QStringLiteral("Sophie"), QStringLiteral("Sem"), QStringLiteral("Julia"), QStringLiteral("Finn"),
    QStringLiteral("Lotte"), QStringLiteral("Bram"), QStringLiteral("Fleur"), QStringLiteral("Thijs"),
    QStringLiteral("Sanne"), QStringLiteral("Ruben"), QStringLiteral("Noor"), QStringLiteral("Jeroen"),
    QStringLiteral("Marieke"), QStringLiteral("Kees"), QStringLiteral("Ingrid"), QStringLiteral("Mohammed"),
    QStringLiteral("Fatima"), QStringLiteral("Priya"), QStringLiteral("Wim"), QStringLiteral("Els"),
};
const QStringList trades = {
    QStringLiteral("Bouwbedrijf"), QStringLiteral("Installatiebedrijf"), QStringLiteral("Transport"),
    QStringLiteral("Bakkerij"), QStringLiteral("Adviesbureau"), QStringLiteral("Garagebedrijf"),
    QStringLiteral("Tandartspraktijk"), QStringLiteral("Hoveniersbedrijf"), QStringLiteral("Drukkerij"),
    QStringLiteral("Architectenbureau"), QStringLiteral("Kinderopvang"), QStringLiteral("Accountantskantoor"),
    QStringLiteral("Schildersbedrijf"), QStringLiteral("Zorggroep"), QStringLiteral("Restaurant"),
};
const QStringList foreignTrades = {QStringLiteral("Handel"), QStringLiteral("Logistik"), QStringLiteral("Services"),
                                   QStringLiteral("Technik")};
const QStringList contactRoles = {QStringLiteral("Crediteurenadministratie"), QStringLiteral("Inkoop"),
                                  QStringLiteral("Directie")};
const QStringList dutchForms = {QStringLiteral("B.V."), QStringLiteral("V.O.F."), QStringLiteral("& Zn."),
                                QStringLiteral("Groep B.V."), QStringLiteral("Holding B.V.")};
const QStringList places = {
    QStringLiteral("Amsterdam"), QStringLiteral("Rotterdam"), QStringLiteral("Utrecht"), QStringLiteral("Den Haag"),
    QStringLiteral("Eindhoven"), QStringLiteral("Groningen"), QStringLiteral("Tilburg"), QStringLiteral("Almere"),
    QStringLiteral("Breda"), QStringLiteral("Nijmegen"), QStringLiteral("Apeldoorn"), QStringLiteral("Haarlem"),
    QStringLiteral("Arnhem"), QStringLiteral("Zwolle"), QStringLiteral("Leeuwarden"), QStringLiteral("Maastricht"),
    QStringLiteral("Amersfoort"), QStringLiteral("Delft"), QStringLiteral("Zaandam"), QStringLiteral("Den Bosch"),
};
const QStringList streets = {
    QStringLiteral("Kerkstraat"), QStringLiteral("Dorpsstraat"), QStringLiteral("Stationsweg"),
    QStringLiteral("Industrieweg"), QStringLiteral("Molenweg"), QStringLiteral("Nieuwe Gracht"),
    QStringLiteral("Handelskade"), QStringLiteral("Parallelweg"), QStringLiteral("Julianalaan"),
};

struct Foreign
{
    QString country;
    QString city;
    QString currency;
    QStringList names;
    QString form;
};
const QList<Foreign> foreignCompanies = {
    {QStringLiteral("DE"), QStringLiteral("Düsseldorf"), QStringLiteral("EUR"),
     {QStringLiteral("Müller"), QStringLiteral("Schäfer"), QStringLiteral("Becker"), QStringLiteral("Hoffmann")},
     QStringLiteral("GmbH")},
    {QStringLiteral("BE"), QStringLiteral("Antwerpen"), QStringLiteral("EUR"),
     {QStringLiteral("Peeters"), QStringLiteral("Maes"), QStringLiteral("Claes"), QStringLiteral("Wouters")},
     QStringLiteral("BV")},
    {QStringLiteral("FR"), QStringLiteral("Lille"), QStringLiteral("EUR"),
     {QStringLiteral("Dupont"), QStringLiteral("Lefèvre"), QStringLiteral("Moreau"), QStringLiteral("Garnier")},
     QStringLiteral("SARL")},
    {QStringLiteral("GB"), QStringLiteral("Manchester"), QStringLiteral("GBP"),
     {QStringLiteral("Smith"), QStringLiteral("Taylor"), QStringLiteral("Brown"), QStringLiteral("Wilson")},
     QStringLiteral("Ltd")},
    {QStringLiteral("US"), QStringLiteral("Boston"), QStringLiteral("USD"),
     {QStringLiteral("Johnson"), QStringLiteral("Miller"), QStringLiteral("Davis"), QStringLiteral("Walker")},
     QStringLiteral("Inc.")},
};

// How a customer pays: most on time, a realistic tail late, a few never.
enum class Payer { Punctual, Late, VeryLate, Bad };

struct DemoCustomer
{
    qint64 id;
    bool consumer;
    QString currency;
    int termDays;
    Payer payer;
};

Payer drawPayer(DemoRandom &random)
{
    const qint64 roll = random.between(0, 99);
    if (roll < 68)
        return Payer::Punctual;
    if (roll < 90)
        return Payer::Late;
    if (roll < 97)
        return Payer::VeryLate;
    return Payer::Bad;
}

// Days after the due date on which an invoice is paid; a large number means never.
int paymentDelay(Payer payer, DemoRandom &random)
{
    switch (payer) {
    case Payer::Punctual:
        return int(random.between(-12, 3));
    case Payer::Late:
        return int(random.between(4, 55));
    case Payer::VeryLate:
        return int(random.between(45, 200));
    case Payer::Bad:
        return random.chance(35) ? 100000 : int(random.between(60, 400));
    }
    return 0;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DemoDataGenerator", text);
}

} // namespace

DemoDataGenerator::DemoDataGenerator(Database &database)
    : m_database(database)
{
}

DemoSummary DemoDataGenerator::generate(const DemoOptions &options, const Progress &progress)
{
    if (options.customers < 1 || options.invoices < 0)
        throw ValidationError(tr("Demo data needs at least one customer and no negative number of invoices."));
    if (options.until.is_special())
        throw ValidationError(tr("Demo data needs an end date."));
    // Products too: product codes of the user's own would clash with the demo's.
    DemoDataRepository demo(m_database);
    if (demo.holdsData())
        throw ValidationError(tr("%1 already holds data; demo data is only added to an empty database.").arg(m_database.path()));

    DemoRandom random(options.seed);
    DemoSummary summary;
    Transaction transaction(m_database, DataChange::Customers | DataChange::Invoices | DataChange::Payments | DataChange::Cases | DataChange::CreditNotes | DataChange::Dunning | DataChange::ReferenceData);
    // Credit notes and letters are refused without complete company details: the demo company has
    // them all, plainly made up (an example IBAN, example.com addresses). A company already filled
    // in is the user's own and stays.
    SettingsRepository settings(m_database);
    if (settings.company().name.trimmed().isEmpty()) {
        CompanySettings company;
        company.name = QStringLiteral("Demo Installatietechniek B.V.");
        company.street = QStringLiteral("Demoweg 1");
        company.postalCode = QStringLiteral("3511 AA");
        company.city = QStringLiteral("Utrecht");
        company.country = QStringLiteral("NL");
        company.email = QStringLiteral("debiteuren@demo.example.com");
        company.phone = QStringLiteral("030 000 00 00");
        company.website = QStringLiteral("https://demo.example.com");
        company.iban = QStringLiteral("NL91ABNA0417164300");
        company.bic = QStringLiteral("ABNANL2A");
        company.kvk = QStringLiteral("12345678");
        company.vatId = QStringLiteral("NL123456789B01");
        settings.setCompany(company);
    }
    BulkLoad bulk(m_database, {QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("invoices"),
                               QStringLiteral("invoice_lines"), QStringLiteral("payments"), QStringLiteral("allocations"),
                               QStringLiteral("disputes"), QStringLiteral("dispute_invoices"), QStringLiteral("dispute_products"),
                               QStringLiteral("findings"), QStringLiteral("contact_log"), QStringLiteral("audit_events"),
                               QStringLiteral("cost_benefit_assessments")});

    const int productCount = int(std::size(products));
    std::vector<qint64> productIds; // by index into products[]
    productIds.reserve(size_t(productCount));
    for (int p = 0; p < productCount; ++p) {
        productIds.push_back(demo.addProduct(QString::fromUtf8(products[p].code), QString::fromUtf8(products[p].name),
                                             products[p].priceCents, products[p].vatBp));
    }
    summary.products = productCount;

    std::vector<DemoCustomer> customers;
    customers.reserve(size_t(options.customers));
    for (int c = 1; c <= options.customers; ++c) {
        const bool consumer = random.chance(25);
        const bool foreign = !consumer && random.chance(8);
        QString name, city, country = QStringLiteral("NL"), currency = QStringLiteral("EUR"), vatId, mailName;
        Language language = Language::Dutch;
        const QString surname = random.pick(surnames);
        if (consumer) {
            name = random.pick(firstNames) + u' ' + surname;
            city = random.pick(places);
        } else if (foreign) {
            const Foreign &f = random.pick(foreignCompanies);
            // One draw per statement: the operands of + are evaluated in an unspecified order,
            // and the same seed must give the same names with every compiler.
            const QString familyName = random.pick(f.names);
            name = familyName + u' ' + random.pick(foreignTrades) + u' ' + f.form;
            mailName = familyName;
            city = f.city;
            country = f.country;
            currency = f.currency;
            language = Language::English;
            vatId = f.country + QString::number(random.between(100000000, 999999999));
        } else {
            const QString trade = random.pick(trades);
            name = trade + u' ' + surname + u' ' + random.pick(dutchForms);
            city = random.pick(places);
            vatId = QStringLiteral("NL%1B01").arg(random.between(100000000, 999999999));
        }
        const int terms = consumer ? 14 : (random.chance(15) ? 60 : (random.chance(20) ? 14 : 30));
        if (mailName.isEmpty())
            mailName = consumer ? name : surname;
        const QString email = mailName.toLower().remove(u' ').remove(u'.') + QStringLiteral("@example.")
            + country.toLower();
        DemoDataRepository::NewCustomer row;
        row.number = QStringLiteral("C%1").arg(c, 6, 10, QLatin1Char('0'));
        row.name = name;
        row.kind = consumer ? QStringLiteral("consumer") : QStringLiteral("business");
        row.language = Customer::languageCode(language);
        // Drawn in the order they always were, so that a seed gives the same data.
        row.street = QStringLiteral("%1 %2").arg(random.pick(streets)).arg(random.between(1, 240));
        row.postalCode = QStringLiteral("%1 %2%3").arg(random.between(1000, 9999)).arg(QChar(u'A' + int(random.between(0, 25)))).arg(QChar(u'A' + int(random.between(0, 25))));
        row.city = city;
        row.country = country;
        row.vatId = vatId;
        row.email = email;
        row.paymentTermDays = terms;
        row.creditLimitCents = consumer ? 0 : random.between(5, 200) * 100000;
        row.currency = currency;
        const qint64 customerId = demo.addCustomer(row);
        if (!consumer) {
            const QString contactFirstName = random.pick(firstNames);
            const QString contact = contactFirstName + u' ' + random.pick(surnames);
            const QString role = random.pick(contactRoles);
            demo.addContact(customerId, contact, role, email, QStringLiteral("+31 6 %1").arg(random.between(10000000, 99999999)));
        }
        customers.push_back({customerId, consumer, currency, terms, drawPayer(random)});
    }
    summary.customers = options.customers;

    // The one door for invoice rows, on its fast path; payments keep each invoice's paid amount.
    InvoiceWriter invoices(m_database);
    PaymentRepository payments(m_database);

    DemoDisputes disputes(m_database, options.until);
    const Date first = options.until - date_duration(3 * 365);
    const qint64 span = (options.until - first).days();
    qint64 paymentCount = 0;
    int yearOfLast = 0;
    int sequence = 0;
    for (qint64 n = 1; n <= options.invoices; ++n) {
        // Dates rise with the number, as in a real invoice series.
        const Date issued = first + date_duration(options.invoices > 1 ? span * (n - 1) / (options.invoices - 1) : span);
        if (int(issued.year()) != yearOfLast) {
            yearOfLast = issued.year();
            sequence = 0;
        }
        // A skewed pick: some customers buy far more often than others.
        const double u = random.unit();
        const DemoCustomer &customer = customers[size_t(double(customers.size()) * u * u)];
        const Date due = issued + date_duration(customer.termDays);
        const QString number = QStringLiteral("INV-%1-%2").arg(yearOfLast).arg(++sequence, 6, 10, QLatin1Char('0'));

        const int lineCount = int(random.between(1, 3));
        qint64 netTotal = 0, vatTotal = 0;
        struct Line { int product; qint64 quantity; qint64 price; LineAmounts amounts; };
        Line lines[3];
        for (int l = 0; l < lineCount; ++l) {
            const int p = int(random.between(0, productCount - 1));
            const qint64 quantity = products[p].hourly ? random.between(2, 32) * 500 : random.between(1, 6) * 1000;
            const qint64 price = products[p].priceCents;
            lines[l] = {p, quantity, price, VatCalculator::line(quantity, Money(price, customer.currency), products[p].vatBp)};
            netTotal += lines[l].amounts.net.cents();
            vatTotal += lines[l].amounts.vat.cents();
        }
        const qint64 total = netTotal + vatTotal;

        // Written first, with nothing paid, for the case below to know the invoice's id.
        Invoice invoice;
        invoice.number = number;
        invoice.customerId = customer.id;
        invoice.issueDate = issued;
        invoice.dueDate = due;
        invoice.currency = customer.currency;
        invoice.totalExclVat = Money(netTotal, customer.currency);
        invoice.vat = Money(vatTotal, customer.currency);
        invoice.totalInclVat = Money(total, customer.currency);
        for (int l = 0; l < lineCount; ++l) {
            const DemoProduct &product = products[lines[l].product];
            InvoiceLine line;
            line.productId = productIds[size_t(lines[l].product)];
            line.description = QString::fromUtf8(product.name);
            line.quantityThousandths = lines[l].quantity;
            line.unitPrice = Money(lines[l].price, customer.currency);
            line.vatRateBasisPoints = product.vatBp;
            line.net = lines[l].amounts.net;
            line.vat = lines[l].amounts.vat;
            invoice.lines.append(line);
        }
        if (!invoices.insertNew(invoice))
            throw ValidationError(tr("Invoice number %1 is already in use.").arg(number));

        // Payments: the whole amount on one day, or (one in twenty) half first and the rest later.
        struct Part { Date date; qint64 cents; };
        std::vector<Part> parts;
        const int delay = paymentDelay(customer.payer, random);
        const Date payDay = due + date_duration(std::max(delay, -customer.termDays));
        if (random.chance(5)) {
            const qint64 half = total / 2;
            parts.push_back({payDay, half});
            parts.push_back({payDay + date_duration(random.between(14, 90)), total - half});
        } else {
            parts.push_back({payDay, total});
        }
        // A disputed invoice is paid as its case ends, or not at all.
        DemoInvoiceFacts facts{invoice.id, customer.id, customer.consumer, issued, total, customer.currency, {}};
        for (int l = 0; l < lineCount; ++l)
            facts.productIds.append(productIds[size_t(lines[l].product)]);
        const DemoDisputes::Decision dispute = disputes.consider(facts, random);
        if (dispute.disputed) {
            parts.clear();
            if (!dispute.paidOn.is_special() && dispute.paidCents > 0)
                parts.push_back({dispute.paidOn, dispute.paidCents});
        }
        const bool neverPays = !dispute.disputed && delay >= 100000;
        qint64 paid = 0;
        for (const Part &part : parts) {
            if (!neverPays && part.date <= options.until)
                paid += part.cents;
        }

        for (const Part &part : parts) {
            if (neverPays || part.date > options.until)
                continue;
            Payment payment;
            payment.customerId = customer.id;
            payment.date = part.date;
            payment.amount = Money(part.cents, customer.currency);
            payment.reference = number;
            payment.allocations.append(Allocation{invoice.id, payment.amount});
            payments.record(payment);
            ++paymentCount;
        }
        if (paid < total)
            ++summary.openInvoices;
        if (progress && n % 5000 == 0 && !progress(n, options.invoices))
            return DemoSummary{};
    }
    // The last report comes before the commit, so that a cancel at any report writes nothing
    // (a run of fewer than 5000 invoices has no other).
    if (progress && options.invoices % 5000 != 0 && !progress(options.invoices, options.invoices))
        return DemoSummary{};
    summary.invoices = options.invoices;
    summary.payments = paymentCount;
    summary.disputes = disputes.write(random);
    bulk.finish();
    transaction.commit();
    return summary;
}

} // namespace dd
