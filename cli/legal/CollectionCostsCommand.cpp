#include "CollectionCostsCommand.h"

#include "legal/CollectionCosts.h"
#include "legal/Percentage.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CollectionCostsCommand", text);
}

QString plain(qint64 cents)
{
    return Money(cents, QStringLiteral("EUR")).toPlain();
}
} // namespace

QString CollectionCostsCommand::summary() const
{
    return tr("Statutory collection costs (art. 6:96 BW), with the breakdown per bracket.");
}

void CollectionCostsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("principal"), tr("The unpaid principal, without interest (1234.56 or 1.234,56)."),
                      QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("kind"), tr("The debtor: consumer (default) or business."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("vat-uplift"), tr("Add 21% VAT (for a creditor that cannot deduct VAT).")});
    parser.addOption({QStringLiteral("invoices"), tr("Business: the number of late invoices for the EU compensation "
                                                     "of EUR 40 each (default 1)."),
                      QStringLiteral("N")});
    parser.addOption(formatOption());
}

int CollectionCostsCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const Money principal = amount(parser, QStringLiteral("principal"));
    const auto debtor = *CollectionCosts::parseDebtor(
        choice(parser, QStringLiteral("kind"), {QStringLiteral("consumer"), QStringLiteral("business")},
               QStringLiteral("consumer")));
    const int invoices = int(integer(parser, QStringLiteral("invoices"), 1, 1, 1000000));
    const bool vatUplift = parser.isSet(QStringLiteral("vat-uplift"));
    const OutputTable::Format outputFormat = format(parser);
    const CollectionCostsResult result = CollectionCosts::compute(principal, debtor, vatUplift, invoices);
    const bool business = debtor == CollectionCosts::Debtor::Business;
    const QString basis = QStringLiteral("art. 6:96 BW; Besluit vergoeding voor buitengerechtelijke incassokosten art. 2");
    const QString consumerNote = tr("consumer: due only after a valid 14-day letter (art. 6:96 lid 6 BW) that states "
                                    "this amount");
    const QString businessNote = tr("business: the scale is the default unless the contract agrees otherwise; the "
                                    "alternative is EUR 40 per late invoice (Directive 2011/7/EU art. 6, CJEU "
                                    "C-585/20), due without reminder");

    if (outputFormat == OutputTable::Format::Json) {
        QJsonObject object;
        object.insert(QStringLiteral("principal"), principal.toPlain());
        object.insert(QStringLiteral("currency"), principal.currency());
        object.insert(QStringLiteral("kind"), CollectionCosts::debtorCode(debtor));
        QJsonArray brackets;
        for (const CollectionCostBracket &bracket : result.brackets) {
            QJsonObject row;
            row.insert(QStringLiteral("from"), plain(bracket.fromCents));
            row.insert(QStringLiteral("to"), bracket.toCents ? QJsonValue(plain(*bracket.toCents)) : QJsonValue());
            row.insert(QStringLiteral("rate"), Percentage::format(bracket.rateBasisPoints));
            row.insert(QStringLiteral("base"), bracket.base.toPlain());
            row.insert(QStringLiteral("amount"), bracket.amount.toPlain());
            brackets.append(row);
        }
        object.insert(QStringLiteral("brackets"), brackets);
        object.insert(QStringLiteral("scaleAmount"), result.scaleAmount.toPlain());
        object.insert(QStringLiteral("minimumApplied"), result.minimumApplied);
        object.insert(QStringLiteral("maximumApplied"), result.maximumApplied);
        object.insert(QStringLiteral("costs"), result.costs.toPlain());
        object.insert(QStringLiteral("vatUplift"), result.vatUplift);
        object.insert(QStringLiteral("vatRate"), Percentage::format(result.vatRateBasisPoints));
        object.insert(QStringLiteral("vat"), result.vat.toPlain());
        object.insert(QStringLiteral("total"), result.total.toPlain());
        object.insert(QStringLiteral("basis"), basis);
        if (business) {
            QJsonObject eu;
            eu.insert(QStringLiteral("invoices"), result.lateInvoices);
            eu.insert(QStringLiteral("amount"), result.euCompensation.toPlain());
            eu.insert(QStringLiteral("basis"), QStringLiteral("art. 6:96 lid 4 BW; Directive 2011/7/EU art. 6; CJEU C-585/20"));
            object.insert(QStringLiteral("euCompensation"), eu);
        }
        object.insert(QStringLiteral("note"), business ? businessNote : consumerNote);
        writeJson(context.out, object);
        return 0;
    }

    const QStringList columns{QStringLiteral("item"), QStringLiteral("from"), QStringLiteral("to"),
                              QStringLiteral("rate"), QStringLiteral("base"), QStringLiteral("amount")};
    {
        OutputTable table(context.out, outputFormat, columns,
                          {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("rate"), QStringLiteral("base"),
                           QStringLiteral("amount")});
        auto money = [&](const Money &value) { return cell(value, outputFormat); };
        for (const CollectionCostBracket &bracket : result.brackets)
            table.addRow({QStringLiteral("bracket"), money(Money(bracket.fromCents, principal.currency())),
                          bracket.toCents ? money(Money(*bracket.toCents, principal.currency())) : QVariant(QString()),
                          Percentage::format(bracket.rateBasisPoints) + u'%', money(bracket.base), money(bracket.amount)});
        table.addRow({QStringLiteral("scale"), QString(), QString(), QString(), money(principal), money(result.scaleAmount)});
        if (result.minimumApplied)
            table.addRow({QStringLiteral("minimum"), QString(), QString(), QString(), QString(),
                          money(Money(CollectionCosts::minimumCents, principal.currency()))});
        if (result.maximumApplied)
            table.addRow({QStringLiteral("maximum"), QString(), QString(), QString(), QString(),
                          money(Money(CollectionCosts::maximumCents, principal.currency()))});
        table.addRow({QStringLiteral("costs"), QString(), QString(), QString(), QString(), money(result.costs)});
        if (result.vatUplift)
            table.addRow({QStringLiteral("vat"), QString(), QString(), Percentage::format(result.vatRateBasisPoints) + u'%',
                          money(result.costs), money(result.vat)});
        table.addRow({QStringLiteral("total"), QString(), QString(), QString(), QString(), money(result.total)});
        if (business)
            table.addRow({QStringLiteral("eu-compensation"), QString(), QString(), QString(), result.lateInvoices,
                          money(result.euCompensation)});
    }
    if (outputFormat == OutputTable::Format::Table)
        context.out << '\n' << basis << '\n' << (business ? businessNote : consumerNote) << '\n';
    return 0;
}

} // namespace dd
