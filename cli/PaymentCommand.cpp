#include "PaymentCommand.h"

#include "cli/CliError.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentService.h"
#include "session/ActingUser.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PaymentCommand", text);
}
} // namespace

PaymentCommand::PaymentCommand(Action action)
    : m_action(action)
{
}

QString PaymentCommand::name() const
{
    switch (m_action) {
    case Action::Refund:
        return QStringLiteral("payment refund");
    case Action::Reverse:
        return QStringLiteral("payment reverse");
    case Action::Add:
        break;
    }
    return QStringLiteral("payment add");
}

QString PaymentCommand::summary() const
{
    switch (m_action) {
    case Action::Refund:
        return tr("Records a refund paid out of an invoice's credit balance.");
    case Action::Reverse:
        return tr("Reverses a payment received; the payment stays, a reversal is recorded beside it.");
    case Action::Add:
        break;
    }
    return tr("Records a payment received on an invoice, entered by hand.");
}

QString PaymentCommand::positionalArgument() const
{
    return m_action == Action::Reverse ? QStringLiteral("PAYMENT") : QStringLiteral("INVOICE");
}

QString PaymentCommand::positionalDescription() const
{
    return m_action == Action::Reverse ? tr("The payment's number (as `payment add` printed it).") : tr("The invoice number.");
}

void PaymentCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("date"), tr("The day the money moved (YYYY-MM-DD, default today; never later)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("user"), tr("Who enters it (default: your login name)."), QStringLiteral("NAME")});
    if (m_action == Action::Reverse) {
        parser.addOption({QStringLiteral("reason"), tr("Why it is reversed."), QStringLiteral("TEXT")});
        return;
    }
    parser.addOption({QStringLiteral("amount"),
                      m_action == Action::Add ? tr("The amount received, in the invoice's currency (1234.56).")
                                              : tr("The amount paid back (default: all that is owed back)."),
                      QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("reference"), tr("The bank reference or a note."), QStringLiteral("TEXT")});
}

int PaymentCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    auto database = openDatabase(parser);
    PaymentService service(*database, m_clock, ActingUser::resolve(parser.value(QStringLiteral("user")).trimmed()));
    const Date date = dateOption(parser, QStringLiteral("date")).value_or(context.today);
    const QString argument = parser.positionalArguments().value(0);
    // A refusal of the service (dd::Error) becomes exit code 1 with its message (CliCommand::execute).
    if (m_action == Action::Reverse) {
        bool ok = false;
        const qint64 paymentId = argument.toLongLong(&ok);
        if (!ok || paymentId <= 0)
            usageError(tr("PAYMENT is a payment's number, not \"%1\"").arg(argument));
        const Payment reversal = service.reverse(paymentId, date, parser.value(QStringLiteral("reason")));
        context.out << tr("payment %1 reversed by %2: %3").arg(paymentId).arg(reversal.id).arg(reversal.amount.format(NumberStyle::English)) << '\n';
        return 0;
    }
    const auto invoice = InvoiceRepository(*database).findByNumber(argument);
    if (!invoice)
        throw CliError(name() + QStringLiteral(": ") + tr("there is no invoice %1").arg(argument), CliError::Failure);
    QString why;
    std::optional<Money> amount;
    if (parser.isSet(QStringLiteral("amount"))) {
        amount = Money::parse(parser.value(QStringLiteral("amount")), invoice->currency, NumberStyle::English, &why);
        if (!amount)
            usageError(QStringLiteral("--amount: %1").arg(why));
    } else if (m_action == Action::Add) {
        usageError(tr("--amount AMOUNT is required"));
    }
    const QString reference = parser.value(QStringLiteral("reference"));
    Payment payment;
    if (m_action == Action::Add) {
        const Money beyond = service.overpayment(invoice->id, *amount);
        payment = service.receive(invoice->id, *amount, date, reference);
        if (!beyond.isZero())
            context.err << tr("%1 more than was open: a refund owed on %2").arg(beyond.format(NumberStyle::English), invoice->number) << '\n';
    } else {
        payment = service.payRefund(invoice->id, amount.value_or(PaymentService::refundOwed(*invoice)), date, reference);
    }
    const auto after = InvoiceRepository(*database).findById(invoice->id);
    context.out << tr("payment %1: %2 %3; open %4").arg(payment.id).arg(invoice->number, payment.amount.format(NumberStyle::English),
                                                      after->openAmount().format(NumberStyle::English))
                << '\n';
    return 0;
}

} // namespace dd
