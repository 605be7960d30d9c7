#pragma once

#include "payments/Payment.h"
#include "storage/BatchedLookUp.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace dd {

class Database;
class FastStatement;

// Records payments and their allocations, and keeps each invoice's paid amount equal to the sum
// of its allocations.
class PaymentRepository
{
public:
    explicit PaymentRepository(Database &database);
    ~PaymentRepository();
    PaymentRepository(const PaymentRepository &) = delete;
    PaymentRepository &operator=(const PaymentRepository &) = delete;

    // One transaction (or part of the caller's): the payment, its allocations and the invoices'
    // paid amounts. Throws ValidationError (writing nothing) when an allocation names an invoice
    // of another customer or currency, exceeds what is open on the invoice, or the allocations
    // exceed the payment. One repository recording many payments (an import) compiles its
    // statements once.
    void record(Payment &payment);
    // As record(), but an allocation may exceed what is open on its invoice: the invoice is then
    // overpaid and has a credit balance (a refund owed). For a payment entered by hand.
    void recordOverpaying(Payment &payment);
    // Money going back (a reversal or a refund, Payment's kind): the amount and the allocations
    // are negative, and each invoice's paid amount drops by its allocation. One transaction, or
    // part of the caller's. Throws ValidationError, writing nothing, when an amount is not
    // negative, the allocations do not add up to the amount, or an invoice is of another customer
    // or currency. What may go back (no more than was paid) is the caller's rule (PaymentService).
    void recordReturn(Payment &payment);
    // The payment with all its allocations, its kind and what reversed it; nullopt when there is none.
    std::optional<Payment> findById(qint64 paymentId) const;
    // The customer's payments, newest first, each with all its allocations.
    QList<Payment> forCustomer(qint64 customerId) const;
    // Takes a payment back, as when the bank reverses it: its allocations go and each invoice's paid
    // amount drops by what was allocated to it, so that the invoices are open again; the payment
    // is deleted. Rows that point at the payment (a bank entry) must let go of it first. Returns
    // the payment as it was, allocations included; throws ValidationError when there is none.
    Payment undo(qint64 paymentId);
    // The payments allocated to an invoice, each with only the allocation to that invoice.
    QList<Payment> forInvoice(qint64 invoiceId) const;

    // True when the customer has a payment with this reference (an import's own, recognised again).
    bool hasReference(qint64 customerId, const QString &reference) const;
    // The customers that payments from this IBAN were booked for, each once.
    QList<qint64> customersPayingFrom(const QString &iban) const;
    // How many payments of this amount and currency are dated on or before the ISO date.
    qint64 countOfAmountUntil(const Money &amount, const QString &isoDate) const;
    // The reference of the invoice's opening balance (OpeningBalances) set to `label`.
    void relabelOpeningBalance(qint64 invoiceId, const QString &label);

    // What an import of payments looks up for every row, each statement compiled once.
    struct InvoiceRef
    {
        qint64 id = 0;
        qint64 customerId = 0;
        QString currency;
    };
    std::optional<InvoiceRef> invoiceByNumber(const QString &number);
    // What is open on the invoice (0 when there is none).
    qint64 openCents(qint64 invoiceId);
    // True when a payment of the customer on the day (ISO date) of the amount with the
    // reference is recorded already.
    bool recorded(qint64 customerId, const QString &isoDate, const Money &amount, const QString &reference);

    // An import's look-ups of the invoices its next rows name, at once, a few hundred to a
    // statement: on a server each look-up of its own is a round trip. invoiceByNumber, openCents
    // and the checks of record() then take them from here; what was read ahead before is
    // forgotten, so memory holds one batch. What is open is kept up to date by this repository's
    // own payments; forgetOpen() must be told of an invoice whose paid amount changes otherwise.
    void readAhead(const QStringList &invoiceNumbers);
    void forgetOpen(qint64 invoiceId) { m_aheadOpen.remove(invoiceId); }

private:
    void prepare();
    enum class Limit { OpenAmount, None };
    void check(const Payment &payment, Limit limit, int sign);
    void insert(Payment &payment);
    void bindPayment(FastStatement &insert, const Payment &payment);
    // The writes of insert() as one statement, where the backend can (SqlDialect::writesInWith).
    void insertInOne(Payment &payment);
    static constexpr qsizetype maxAllocationsInOne = 4;
    // An allocation written: what is open on its invoice, if read ahead, drops by its amount.
    void aheadPaid(const Allocation &allocation);
    QList<Payment> read(const QString &where, const QVariant &value) const;

    Database &m_database;
    std::unique_ptr<FastStatement> m_invoice;
    std::unique_ptr<FastStatement> m_insertPayment;
    std::unique_ptr<FastStatement> m_insertAllocation;
    std::unique_ptr<FastStatement> m_addPaid;
    std::unique_ptr<FastStatement> m_invoiceByNumber;
    std::unique_ptr<FastStatement> m_recorded;
    // insertInOne's statements, by the number of allocations less one.
    std::array<std::unique_ptr<FastStatement>, maxAllocationsInOne> m_insertInOne;

    // What readAhead found: each number's invoice (none: there is no such invoice), and each of
    // those invoices as record()'s checks see it, what is open included.
    struct OpenInvoice
    {
        QString number;
        qint64 customerId = 0;
        QString currency;
        qint64 openCents = 0;
    };
    QHash<QString, std::optional<InvoiceRef>> m_aheadInvoices;
    QHash<qint64, OpenInvoice> m_aheadOpen;
    BatchedLookUp m_aheadInvoiceQuery;
};

} // namespace dd
