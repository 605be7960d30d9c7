#include "OutputTable.h"

#include "common/CsvField.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace dd {

namespace {
constexpr int tableBatch = 500;
}

OutputTable::OutputTable(QTextStream &out, Format format, QStringList columns, QStringList rightAligned)
    : m_out(out)
    , m_format(format)
    , m_columns(std::move(columns))
{
    for (const QString &column : m_columns)
        m_right.append(rightAligned.contains(column));
}

OutputTable::~OutputTable()
{
    finish();
}

std::optional<OutputTable::Format> OutputTable::parseFormat(const QString &name)
{
    if (name == u"table")
        return Format::Table;
    if (name == u"csv")
        return Format::Csv;
    if (name == u"json")
        return Format::Json;
    return std::nullopt;
}

void OutputTable::writeTableRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QStringLiteral("  ");
        const qsizetype width = m_widths.value(i);
        line += m_right.value(i) ? cells.at(i).rightJustified(width) : cells.at(i).leftJustified(width);
    }
    while (line.endsWith(u' '))
        line.chop(1);
    m_out << line << '\n';
}

void OutputTable::writeCsvHeader()
{
    if (m_headerWritten)
        return;
    m_out << CsvField::join(m_columns) << "\r\n";
    m_headerWritten = true;
}

void OutputTable::flushPending()
{
    if (m_format != Format::Table)
        return;
    if (!m_headerWritten) {
        m_widths.clear();
        for (const QString &column : m_columns)
            m_widths.append(column.size());
        for (const QVariantList &row : m_pending) {
            for (qsizetype i = 0; i < row.size() && i < m_widths.size(); ++i)
                m_widths[i] = std::max(m_widths[i], row.at(i).toString().size());
        }
        writeTableRow(m_columns);
        QStringList rule;
        for (qsizetype width : m_widths)
            rule.append(QString(width, u'-'));
        writeTableRow(rule);
        m_headerWritten = true;
    }
    for (const QVariantList &row : m_pending) {
        QStringList cells;
        for (const QVariant &value : row)
            cells.append(value.toString());
        writeTableRow(cells);
    }
    m_pending.clear();
}

void OutputTable::addRow(const QVariantList &values)
{
    switch (m_format) {
    case Format::Table:
        m_pending.append(values);
        if (m_pending.size() >= tableBatch)
            flushPending();
        break;
    case Format::Csv: {
        writeCsvHeader();
        QStringList fields;
        for (const QVariant &value : values)
            fields.append(value.toString());
        m_out << CsvField::join(fields) << "\r\n";
        break;
    }
    case Format::Json: {
        QJsonObject object;
        for (qsizetype i = 0; i < m_columns.size() && i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            const auto type = value.typeId();
            if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt || type == QMetaType::Bool)
                object.insert(m_columns.at(i), QJsonValue::fromVariant(value));
            else
                object.insert(m_columns.at(i), value.toString());
        }
        m_out << (m_rows == 0 ? "[\n  " : ",\n  ") << QJsonDocument(object).toJson(QJsonDocument::Compact);
        break;
    }
    }
    ++m_rows;
}

void OutputTable::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_format == Format::Table) {
        flushPending();
    } else if (m_format == Format::Csv) {
        writeCsvHeader();
    } else if (m_format == Format::Json) {
        m_out << (m_rows == 0 ? "[]\n" : "\n]\n");
    }
    m_out.flush();
}

} // namespace dd
