#include "StoredMoment.h"

#include "FastStatement.h"
#include "SqlDialect.h"

namespace dd {

const std::vector<StoredMoment::Column> &StoredMoment::columns()
{
    // The precision each writer uses: DisputeRepository (findings, audit trail, assessments) and
    // the demo write milliseconds; credit notes, documents, dunning runs and payments seconds.
    static const std::vector<Column> all = {
        {"findings", "recorded_at", Precision::Milliseconds, false},
        {"audit_events", "at", Precision::Milliseconds, false},
        {"cost_benefit_assessments", "recorded_at", Precision::Milliseconds, false},
        {"credit_notes", "issued_at", Precision::Seconds, false},
        {"documents", "created_at", Precision::Seconds, false},
        {"dunning_runs", "committed_at", Precision::Seconds, false},
        {"payments", "recorded_at", Precision::Seconds, true},
    };
    return all;
}

std::optional<StoredMoment::Precision> StoredMoment::precisionOf(const QString &table, const QString &column)
{
    for (const Column &each : columns()) {
        if (table == QLatin1String(each.table) && column == QLatin1String(each.name))
            return each.precision;
    }
    return std::nullopt;
}

QDateTime StoredMoment::read(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    // QPSQL gives a timestamptz as a QDateTime in local time: the same instant, shown in UTC here.
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString StoredMoment::text(const QDateTime &at, Precision precision)
{
    if (!at.isValid())
        return QString();
    return at.toUTC().toString(precision == Precision::Milliseconds ? Qt::ISODateWithMs : Qt::ISODate);
}

QString StoredMoment::text(const QVariant &value, Precision precision)
{
    // A file's text is given as it stands: it is what the program wrote.
    if (value.typeId() == QMetaType::QDateTime)
        return text(value.toDateTime(), precision);
    return value.isNull() ? QString() : value.toString();
}

QVariant StoredMoment::toStore(const QString &text, const SqlDialect &dialect)
{
    if (!text.isEmpty())
        return text;
    return dialect.momentsAsText() ? QVariant(QStringLiteral("")) : QVariant();
}

void StoredMoment::bind(FastStatement &statement, int position, const QString &text, const SqlDialect &dialect)
{
    if (text.isEmpty() && !dialect.momentsAsText())
        statement.bindNull(position);
    else
        statement.bind(position, text);
}

} // namespace dd
