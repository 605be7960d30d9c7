#include "CourtFeeCommand.h"

#include "legal/CourtFeeTable.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CourtFeeCommand", text);
}
} // namespace

QString CourtFeeCommand::summary() const
{
    return tr("Court fee (griffierecht) at the kantonrechter by claim and kind of party.");
}

void CourtFeeCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("claim"), tr("The amount claimed (1234.56 or 1.234,56)."), QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("claimant"),
                      tr("The party that sues, and so pays the fee: organisation, person or low-income (a person with "
                         "little income)."),
                      QStringLiteral("KIND")});
    // --debtor was the old, wrong name of the same choice: still read, no longer shown.
    QCommandLineOption debtor(QStringLiteral("debtor"), tr("Old name of --claimant."), QStringLiteral("KIND"));
    debtor.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(debtor);
    parser.addOption({QStringLiteral("date"), tr("The date of filing (YYYY-MM-DD); default today."), QStringLiteral("DATE")});
    parser.addOption(optionalDbOption());
    parser.addOption(formatOption());
}

int CourtFeeCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const Money claim = amount(parser, QStringLiteral("claim"));
    const QString partyOption = parser.isSet(QStringLiteral("debtor")) && !parser.isSet(QStringLiteral("claimant"))
                                    ? QStringLiteral("debtor")
                                    : QStringLiteral("claimant");
    const CourtFeeParty party = *CourtFeeTable::parseParty(
        choice(parser, partyOption, {QStringLiteral("organisation"), QStringLiteral("person"), QStringLiteral("low-income")},
               QString()));
    const Date filed = parser.isSet(QStringLiteral("date")) ? date(parser, QStringLiteral("date")) : context.today;
    const OutputTable::Format outputFormat = format(parser);
    const CourtFeeResult result = courtFees(parser).fee(claim, party, filed);
    const Money bracketFrom(result.bracketFromCents, claim.currency());

    if (outputFormat == OutputTable::Format::Json) {
        QJsonObject object;
        object.insert(QStringLiteral("claim"), claim.toPlain());
        object.insert(QStringLiteral("currency"), claim.currency());
        object.insert(QStringLiteral("claimant"), CourtFeeTable::partyCode(party));
        object.insert(QStringLiteral("date"), IsoDate::format(filed));
        object.insert(QStringLiteral("fee"), result.fee.toPlain());
        object.insert(QStringLiteral("bracketFrom"), bracketFrom.toPlain());
        object.insert(QStringLiteral("bracketTo"), result.bracketToCents
                                                      ? QJsonValue(Money(*result.bracketToCents, claim.currency()).toPlain())
                                                      : QJsonValue());
        object.insert(QStringLiteral("tableFrom"), IsoDate::format(result.tableFrom));
        object.insert(QStringLiteral("source"), result.source);
        object.insert(QStringLiteral("toVerify"), result.toVerify);
        writeJson(context.out, object);
        return 0;
    }
    const QString bracket = result.bracketToCents
        ? QStringLiteral("%1 - %2").arg(bracketFrom.formatNumber(NumberStyle::English),
                                        Money(*result.bracketToCents, claim.currency()).formatNumber(NumberStyle::English))
        : QStringLiteral("> %1").arg(bracketFrom.formatNumber(NumberStyle::English));
    {
        OutputTable table(context.out, outputFormat,
                          {QStringLiteral("claim"), QStringLiteral("claimant"), QStringLiteral("bracket"), QStringLiteral("fee"),
                           QStringLiteral("table_from"), QStringLiteral("to_verify")},
                          {QStringLiteral("claim"), QStringLiteral("fee")});
        table.addRow({cell(claim, outputFormat), CourtFeeTable::partyCode(party), bracket, cell(result.fee, outputFormat),
                      IsoDate::format(result.tableFrom), result.toVerify});
    }
    if (outputFormat == OutputTable::Format::Table) {
        context.out << '\n' << tr("source: %1").arg(result.source) << '\n';
        if (result.toVerify)
            context.out << tr("the fee table is marked \"to verify\" for %1").arg(IsoDate::format(filed)) << '\n';
    }
    return 0;
}

} // namespace dd
