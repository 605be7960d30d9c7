#include "BankReconciler.h"

#include "common/ValidationError.h"
#include "customers/CustomerRepository.h"
#include "importers/BankEntries.h"
#include "importers/BankEntryRepository.h"
#include "importers/BankReversals.h"
#include "importers/StatementReader.h"
#include "payments/OpeningBalances.h"
#include "payments/PaymentRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::BankReconciler", text);
}

struct OpenInvoice
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    qint64 open = 0;
    qint64 opening = 0; // of its opening balance, what the credit may take the place of
};

// The parts of `amount` for the invoices in turn, each up to what it has open and the opening
// balance the credit may replace (that first: it is what the package counted).
QList<MatchedInvoice> allocate(const QList<OpenInvoice> &invoices, qint64 amount, const QString &currency)
{
    QList<MatchedInvoice> parts;
    qint64 remaining = amount;
    for (const OpenInvoice &o : invoices) {
        const qint64 part = std::min(remaining, o.open + o.opening);
        if (part > 0)
            parts.append({o.id, o.number, Money(part, currency), std::min(part, o.opening)});
        remaining -= std::max<qint64>(part, 0);
    }
    return parts;
}
} // namespace

QString BankMatch::stateCode(State state)
{
    switch (state) {
    case State::Proposed:
        return QStringLiteral("proposed");
    case State::Booked:
        return QStringLiteral("booked");
    case State::AlreadyBooked:
        return QStringLiteral("already-booked");
    case State::Unmatched:
        return QStringLiteral("unmatched");
    case State::Reversed:
        return QStringLiteral("reversed");
    case State::ReversalUnmatched:
        return QStringLiteral("reversal-unmatched");
    }
    return QString();
}

qint64 ReconcileReport::reversalsUndone() const
{
    return std::count_if(reversals.begin(), reversals.end(), [](const BankMatch &m) { return m.state == BankMatch::State::Reversed; });
}

QString ReconcileReport::reversalSummary() const
{
    // Named context: lupdate files a tr() in a ReconcileReport method under dd::ReconcileReport,
    // where the file's helper (dd::BankReconciler) never looked, so the summary stayed English.
    return QCoreApplication::translate("dd::BankReconciler", "%n reversal(s) by the bank: %1 undone, %2 to check by hand", nullptr,
                                       int(reversals.size()))
        .arg(reversalsUndone())
        .arg(reversals.size() - reversalsUndone());
}

BankReconciler::BankReconciler(Database &database)
    : m_database(database)
    , m_invoices(database)
{
}

qint64 BankReconciler::replaceableOf(qint64 invoiceId, const Date &date)
{
    OpeningBalances openings(m_database);
    return std::max<qint64>(openings.replaceable(invoiceId, date) - m_claimedOpening.value(invoiceId), 0);
}

void BankReconciler::claim(BankMatch &match)
{
    for (const MatchedInvoice &allocation : std::as_const(match.allocations)) {
        m_claimed[allocation.invoiceId] += allocation.amount.cents() - allocation.fromOpening;
        m_claimedOpening[allocation.invoiceId] += allocation.fromOpening;
    }
    if (match.customerId && match.customerNumber.isEmpty())
        match.customerNumber = CustomerRepository(m_database).numberOf(match.customerId);
}

void BankReconciler::reject(const BankMatch &proposal)
{
    Transaction transaction(m_database, DataChange::Bank);
    QList<qint64> invoiceIds;
    for (const MatchedInvoice &allocation : proposal.allocations)
        invoiceIds << allocation.invoiceId;
    BankEntryRepository(m_database).addRejections(proposal.entryId, invoiceIds);
    transaction.commit();
}

QStringList BankReconciler::invoiceCandidates(const BankTransaction &t)
{
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9\\-_/.]+"));
    QStringList tokens;
    for (QString token : (t.remittance + u' ' + t.endToEndId).split(separators, Qt::SkipEmptyParts)) {
        while (token.endsWith(u'.') || token.endsWith(u'-') || token.endsWith(u'/'))
            token.chop(1);
        // A description with slashes (/REMI/F-4/EREF/..., as ABN AMRO writes it) holds the
        // number between them; a number with a slash in it is tried whole first.
        QStringList words = {token};
        if (token.contains(u'/'))
            words << token.split(u'/', Qt::SkipEmptyParts);
        for (const QString &word : std::as_const(words)) {
            if (word.size() >= 3 && !tokens.contains(word) && tokens.size() < 40)
                tokens << word;
        }
    }
    return tokens;
}

BankMatch BankReconciler::propose(const BankTransaction &t, const QHash<qint64, QString> &rejected)
{
    BankMatch match;
    match.transaction = t;
    const QString currency = t.amount.currency();
    const qint64 amount = t.amount.cents();

    // The customer the IBAN paid for before, when it is only one.
    qint64 ibanCustomer = 0;
    if (!t.debtorIban.isEmpty()) {
        const QList<qint64> ids = PaymentRepository(m_database).customersPayingFrom(t.debtorIban);
        if (ids.size() == 1)
            ibanCustomer = ids.constFirst();
    }

    // 1. Invoice numbers in the remittance information.
    const QStringList tokens = invoiceCandidates(t);
    QList<OpenInvoice> referenced;
    QStringList settled;
    for (const QString &token : std::as_const(tokens)) {
        for (const QString &candidate : {token, token.toUpper()}) {
            if (const auto found = m_invoices.byNumber(candidate, currency)) {
                OpenInvoice invoice{found->id, found->number, found->customerId, 0};
                invoice.open = openOf(invoice.id, found->openCents);
                invoice.opening = replaceableOf(invoice.id, t.bookingDate);
                const bool seen = std::any_of(referenced.begin(), referenced.end(), [&](const OpenInvoice &o) { return o.id == invoice.id; });
                const bool payable = invoice.open + invoice.opening > 0;
                // An invoice the user rejected for this entry is passed over as if not named.
                if (payable && !seen && !rejected.contains(invoice.id))
                    referenced << invoice;
                else if (!payable && !settled.contains(invoice.number))
                    settled << invoice.number;
                break;
            }
            if (candidate == token.toUpper())
                break;
        }
    }
    if (!referenced.isEmpty()) {
        // One payment pays one customer: the IBAN's, else the first invoice's.
        qint64 customer = referenced.constFirst().customerId;
        if (ibanCustomer && std::any_of(referenced.begin(), referenced.end(), [&](const OpenInvoice &o) { return o.customerId == ibanCustomer; }))
            customer = ibanCustomer;
        referenced.erase(std::remove_if(referenced.begin(), referenced.end(), [&](const OpenInvoice &o) { return o.customerId != customer; }),
                         referenced.end());
        qint64 open = 0;
        for (const OpenInvoice &o : std::as_const(referenced))
            open += o.open + o.opening;
        match.allocations = allocate(referenced, amount, currency);
        QStringList numbers;
        for (const OpenInvoice &o : std::as_const(referenced))
            numbers << o.number;
        match.customerId = customer;
        match.state = BankMatch::State::Proposed;
        if (amount == open) {
            match.score = 100;
            match.reason = tr("remittance names %1; amount equals what is open").arg(numbers.join(QStringLiteral(", ")));
        } else if (amount < open) {
            match.score = 80;
            match.reason = tr("remittance names %1; partial payment of %2 open").arg(numbers.join(QStringLiteral(", ")), Money(open, currency).toPlain());
        } else {
            match.score = 70;
            match.reason = tr("remittance names %1; pays %2 more than is open").arg(numbers.join(QStringLiteral(", ")), Money(amount - open, currency).toPlain());
        }
        if (ibanCustomer && ibanCustomer != customer) {
            match.score -= 30;
            match.reason += tr("; the IBAN paid for another customer before");
        }
        claim(match);
        return match;
    }

    // 2. The amount, among the open invoices of the customer the IBAN is known for (when it has any).
    QList<OpenInvoice> open;
    qint64 total = 0;
    if (ibanCustomer) {
        for (const OpenInvoiceQuery::Row &row : m_invoices.openOf(ibanCustomer, currency)) {
            OpenInvoice o{row.id, row.number, ibanCustomer, 0};
            o.open = openOf(o.id, row.openCents);
            if (o.open > 0 && !rejected.contains(o.id)) {
                open << o;
                total += o.open;
            }
        }
    }
    if (ibanCustomer && total > 0) {
        match.customerId = ibanCustomer;
        match.state = BankMatch::State::Proposed;
        QList<OpenInvoice> exact;
        for (const OpenInvoice &o : std::as_const(open)) {
            if (o.open == amount)
                exact << o;
        }
        if (!exact.isEmpty()) {
            match.score = exact.size() == 1 ? 75 : 45;
            match.allocations.append({exact.constFirst().id, exact.constFirst().number, t.amount});
            match.reason = exact.size() == 1 ? tr("IBAN known; the only open invoice of this amount")
                                             : tr("IBAN known; %1 open invoices of this amount, the oldest taken").arg(exact.size());
        } else {
            match.allocations = allocate(open, amount, currency);
            match.score = total == amount ? 70 : 30;
            match.reason = total == amount ? tr("IBAN known; the amount pays all open invoices")
                                           : tr("IBAN known; no open invoice of this amount, oldest first");
        }
        claim(match);
        return match;
    }

    // 3. The amount alone.
    QList<OpenInvoice> exact;
    for (const OpenInvoiceQuery::Row &row : m_invoices.withOpen(currency, amount)) {
        OpenInvoice o{row.id, row.number, row.customerId, 0};
        if (openOf(o.id, row.openCents) == amount && !rejected.contains(o.id))
            exact << o;
    }
    if (exact.size() == 1) {
        match.state = BankMatch::State::Proposed;
        match.score = 50;
        match.customerId = exact.constFirst().customerId;
        match.allocations.append({exact.constFirst().id, exact.constFirst().number, t.amount});
        match.reason = tr("the only open invoice of this amount");
        claim(match);
        return match;
    }
    if (exact.size() > 1) {
        QStringList numbers;
        for (const OpenInvoice &o : std::as_const(exact))
            numbers << o.number;
        match.score = 20;
        match.reason = tr("ambiguous: %1 have this amount open").arg(numbers.join(QStringLiteral(", ")));
        return match;
    }
    if (!rejected.isEmpty()) {
        QStringList numbers = rejected.values();
        numbers.sort();
        match.reason = tr("you rejected the proposal %1").arg(numbers.join(QStringLiteral(", ")));
        return match;
    }
    match.reason = settled.isEmpty() ? tr("no open invoice found") : tr("%1 already settled").arg(settled.join(QStringLiteral(", ")));
    return match;
}

ReconcileReport BankReconciler::importStatement(const QString &path, std::optional<int> confirmAtLeast)
{
    ReconcileReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.errors.append({path, 0, 0, tr("cannot be read: %1").arg(file.errorString())});
        return report;
    }
    auto transactions = StatementReader::read(file.readAll(), path, &report.errors, &report.notes);
    if (!transactions)
        return report;
    BankEntries::makeReferencesDistinct(*transactions);

    Transaction transaction(m_database, DataChange::Bank | DataChange::Payments | DataChange::Invoices | DataChange::Customers);
    m_claimed.clear();
    m_claimedOpening.clear();
    BankEntries entries(m_database);
    BankEntryRepository stored(m_database);
    QSet<QString> debitEntries; // file and entry: the transactions of a batch are one entry
    for (BankTransaction &t : *transactions) {
        // A debit with RvslInd takes an earlier credit back (a returned direct debit): undone here,
        // proposals or not, for the bank has taken the money back already.
        if (t.reversal && !t.credit) {
            report.reversals << BankReversals(m_database).apply(t, entries.keep(t).id);
            continue;
        }
        if (!t.credit || t.reversal) {
            // A credit with RvslInd gives back money we paid out: no customer's payment. The
            // transactions of a batch are one entry on the statement, counted once.
            const QString entry = t.source + u'#' + QString::number(t.entryNumber);
            if (t.entryNumber == 0 || !debitEntries.contains(entry))
                ++report.debits;
            debitEntries.insert(entry);
            continue;
        }
        // Nothing was paid: no entry to match, and no "partial payment" to propose.
        if (t.amount.isZero()) {
            report.notes << QStringLiteral("%1:%2: ").arg(t.source).arg(t.line)
                    + tr("a credit of %1 %2 pays nothing; left out").arg(t.amount.currency(), t.amount.toPlain());
            continue;
        }
        const BankEntries::Row row = entries.keep(t);
        const qint64 entryId = row.id;
        if (!row.paymentId.isNull() || !row.reversedBy.isNull()) {
            BankMatch done;
            done.transaction = t;
            done.state = BankMatch::State::AlreadyBooked;
            done.paymentId = row.paymentId.toLongLong();
            done.entryId = entryId;
            done.reason = row.paymentId.isNull() ? tr("taken back by the bank (a reversal); not booked again")
                                                 : tr("booked before as payment %1").arg(done.paymentId);
            report.matches << done;
            continue;
        }

        BankMatch match = propose(t, stored.rejectedFor(entryId));
        match.entryId = entryId;
        if (confirmAtLeast && match.state == BankMatch::State::Proposed && match.score >= *confirmAtLeast && match.customerId) {
            Transaction savepoint(m_database, DataChange::Bank | DataChange::Payments | DataChange::Invoices | DataChange::Customers);
            try {
                bookOne(match);
                savepoint.commit();
                ++report.booked;
            } catch (const ValidationError &refused) {
                match.reason += QStringLiteral("; ") + tr("not booked: %1").arg(refused.message());
            }
        }
        report.matches << match;
    }
    transaction.commit();
    report.committed = true;
    return report;
}

void BankReconciler::bookOne(BankMatch &match)
{
    const BankTransaction &t = match.transaction;
    if (!match.customerId || match.allocations.isEmpty())
        throw ValidationError(tr("no invoice to book it on"));
    BankEntryRepository entries(m_database);
    const auto booking = entries.bookingOf(match.entryId);
    if (!booking)
        throw ValidationError(tr("the entry is not in the database"));
    const auto &[booked, reversedBy] = *booking;
    if (!booked.isNull())
        throw ValidationError(tr("booked before as payment %1").arg(booked.toLongLong()));
    if (!reversedBy.isNull())
        throw ValidationError(tr("the bank took it back (a reversal)"));
    Payment payment;
    payment.customerId = match.customerId;
    payment.date = t.bookingDate;
    payment.amount = t.amount;
    payment.reference = (t.remittance.isEmpty() ? t.endToEndId : t.remittance).left(200);
    OpeningBalances openings(m_database);
    for (const MatchedInvoice &allocation : std::as_const(match.allocations)) {
        // The opening balance makes way for the payment it was, as proposed; the rule is asked
        // again, for the database may have changed since the proposal.
        if (allocation.fromOpening > 0 && openings.replaceBy(allocation.invoiceId, t.bookingDate, allocation.fromOpening) != allocation.fromOpening)
            throw ValidationError(tr("the opening balance of invoice %1 changed since the proposal").arg(allocation.number));
        payment.allocations.append(Allocation{allocation.invoiceId, allocation.amount});
    }
    payment.debtorIban = t.debtorIban; // whom the payment came from, for the next proposal
    PaymentRepository(m_database).record(payment);
    entries.markBooked(match.entryId, payment.id);
    match.state = BankMatch::State::Booked;
    match.paymentId = payment.id;
}

ReconcileReport BankReconciler::pending()
{
    ReconcileReport report;
    m_claimed.clear();
    m_claimedOpening.clear();
    BankEntryRepository stored(m_database);
    const QList<std::pair<qint64, BankTransaction>> entries = stored.unbooked();
    for (const auto &[entryId, t] : entries) {
        BankMatch match = propose(t, stored.rejectedFor(entryId));
        match.entryId = entryId;
        report.matches << match;
    }
    report.committed = true;
    return report;
}

ReconcileReport BankReconciler::book(const QList<BankMatch> &matches)
{
    ReconcileReport report;
    Transaction transaction(m_database, DataChange::Bank | DataChange::Payments | DataChange::Invoices | DataChange::Customers);
    for (BankMatch match : matches) {
        try {
            bookOne(match);
            ++report.booked;
        } catch (const ValidationError &refused) {
            const BankTransaction &t = match.transaction;
            report.errors.append({t.statementId, t.line, 0,
                                  tr("entry %1 (%2, %3): not booked: %4")
                                      .arg(t.entryRef, IsoDate::format(t.bookingDate), t.amount.toPlain(), refused.message())});
        }
        report.matches << match;
    }
    if (!report.errors.isEmpty()) {
        report.booked = 0;
        return report; // the transaction rolls every booking back
    }
    transaction.commit();
    report.committed = true;
    return report;
}

std::optional<BankMatch> BankReconciler::matchTo(const BankMatch &entry, const QString &invoiceNumbers, QString *why)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList numbers = invoiceNumbers.split(separators, Qt::SkipEmptyParts);
    const BankTransaction &t = entry.transaction;
    auto refuse = [&](const QString &reason) -> std::optional<BankMatch> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (numbers.isEmpty())
        return refuse(tr("no invoice number given"));
    BankMatch match = entry;
    match.allocations.clear();
    match.customerId = 0;
    match.customerNumber.clear();
    qint64 remaining = t.amount.cents();
    for (const QString &number : numbers) {
        const auto row = m_invoices.byNumber(number);
        if (!row)
            return refuse(tr("there is no invoice %1").arg(number));
        const qint64 id = row->id;
        const QString found = row->number;
        const qint64 customer = row->customerId;
        const QString currency = row->currency;
        const qint64 openInDatabase = row->openCents;
        const qint64 opening = replaceableOf(id, t.bookingDate);
        const qint64 open = openInDatabase + opening;
        if (currency != t.amount.currency())
            return refuse(tr("invoice %1 is in %2, the entry in %3").arg(found, currency, t.amount.currency()));
        if (open <= 0)
            return refuse(tr("invoice %1 has nothing open").arg(found));
        if (match.customerId && customer != match.customerId)
            return refuse(tr("invoice %1 is of another customer than %2").arg(found, match.allocations.constFirst().number));
        if (std::any_of(match.allocations.begin(), match.allocations.end(), [&](const MatchedInvoice &m) { return m.invoiceId == id; }))
            continue;
        match.customerId = customer;
        const qint64 part = std::min(remaining, open);
        if (part <= 0)
            return refuse(tr("the amount is used up before invoice %1").arg(found));
        match.allocations.append({id, found, Money(part, t.amount.currency()), std::min(part, opening)});
        remaining -= part;
    }
    match.customerNumber = CustomerRepository(m_database).numberOf(match.customerId);
    match.state = BankMatch::State::Proposed;
    match.byHand = true;
    match.score = 100;
    QStringList chosen;
    for (const MatchedInvoice &m : std::as_const(match.allocations))
        chosen << m.number;
    match.reason = remaining > 0 ? tr("chosen by hand: %1; %2 more than is open").arg(chosen.join(QStringLiteral(", ")), Money(remaining, t.amount.currency()).toPlain())
                                 : tr("chosen by hand: %1").arg(chosen.join(QStringLiteral(", ")));
    return match;
}

} // namespace dd
