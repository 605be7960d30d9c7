#include "LimitationCommand.h"

#include "legal/Limitation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::LimitationCommand", text);
}
} // namespace

QString LimitationCommand::summary() const
{
    return tr("Limitation date of a claim (art. 3:307 / 7:28 BW), interrupted by reminders (art. 3:317 BW).");
}

void LimitationCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("due"), tr("The date the claim became due."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("kind"), tr("consumer-goods (price of a consumer purchase, 2 years) or other "
                                                 "(5 years, default)."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("reminder"), tr("A written reminder sent on DATE; may be repeated."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("warn-days"), tr("Warn when this many days or fewer remain (default 90)."),
                      QStringLiteral("N")});
    parser.addOption(asOfOption());
    parser.addOption(formatOption());
}

int LimitationCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const Date due = date(parser, QStringLiteral("due"));
    const auto kind = *Limitation::parseKind(choice(
        parser, QStringLiteral("kind"), {QStringLiteral("consumer-goods"), QStringLiteral("other")}, QStringLiteral("other")));
    std::vector<Date> reminders;
    for (const QString &value : parser.values(QStringLiteral("reminder")))
        reminders.push_back(dateValue(QStringLiteral("reminder"), value));
    const int warnDays = int(integer(parser, QStringLiteral("warn-days"), Limitation::defaultWarningDays, 0, 3650));
    const Date today = asOf(parser, context);
    const OutputTable::Format outputFormat = format(parser);
    const LimitationResult result = Limitation::compute(kind, due, reminders, today, warnDays);

    if (outputFormat == OutputTable::Format::Json) {
        QJsonObject object;
        object.insert(QStringLiteral("kind"), Limitation::kindCode(kind));
        object.insert(QStringLiteral("basis"), result.article);
        object.insert(QStringLiteral("years"), result.years);
        object.insert(QStringLiteral("due"), IsoDate::format(result.dueDate));
        object.insert(QStringLiteral("periodStart"), IsoDate::format(result.periodStart));
        object.insert(QStringLiteral("lastDay"), IsoDate::format(result.lastDay));
        object.insert(QStringLiteral("barredFrom"), IsoDate::format(result.barredFrom));
        object.insert(QStringLiteral("asOf"), IsoDate::format(result.asOf));
        object.insert(QStringLiteral("status"), Limitation::statusCode(result.status));
        object.insert(QStringLiteral("daysLeft"), result.daysLeft);
        QJsonArray rows;
        for (const LimitationReminder &reminder : result.reminders) {
            QJsonObject row;
            row.insert(QStringLiteral("date"), IsoDate::format(reminder.date));
            row.insert(QStringLiteral("effect"), Limitation::effectCode(reminder.effect));
            row.insert(QStringLiteral("lastDay"), IsoDate::format(reminder.lastDay));
            rows.append(row);
        }
        object.insert(QStringLiteral("reminders"), rows);
        writeJson(context.out, object);
        return 0;
    }
    {
        OutputTable table(context.out, outputFormat,
                          {QStringLiteral("event"), QStringLiteral("date"), QStringLiteral("effect"), QStringLiteral("last_day")});
        const Date initialLastDay = result.reminders.empty() ? result.lastDay : Limitation::compute(kind, due, {}, today).lastDay;
        table.addRow({QStringLiteral("due"), IsoDate::format(due), result.article, IsoDate::format(initialLastDay)});
        for (const LimitationReminder &reminder : result.reminders)
            table.addRow({QStringLiteral("reminder"), IsoDate::format(reminder.date), Limitation::effectCode(reminder.effect),
                          IsoDate::format(reminder.lastDay)});
        table.addRow({QStringLiteral("status"), IsoDate::format(today), Limitation::statusCode(result.status),
                      IsoDate::format(result.lastDay)});
    }
    if (outputFormat == OutputTable::Format::Table) {
        context.out << '\n';
        switch (result.status) {
        case Limitation::Status::Expired:
            context.out << tr("time-barred since %1").arg(IsoDate::format(result.barredFrom)) << '\n';
            break;
        case Limitation::Status::Near:
            context.out << tr("warning: time-barred from %1, %2 days left; send a written reminder (art. 3:317 BW)")
                               .arg(IsoDate::format(result.barredFrom))
                               .arg(result.daysLeft)
                           << '\n';
            break;
        case Limitation::Status::Running:
            context.out << tr("time-barred from %1 (%2 days left)").arg(IsoDate::format(result.barredFrom)).arg(result.daysLeft)
                        << '\n';
            break;
        }
    }
    return 0;
}

} // namespace dd
