#include "cli/OutputTable.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using dd::OutputTable;

namespace {
QString render(OutputTable::Format format, const QList<QVariantList> &rows)
{
    QString text;
    QTextStream out(&text);
    {
        OutputTable table(out, format, {QStringLiteral("name"), QStringLiteral("amount"), QStringLiteral("count")},
                          {QStringLiteral("amount"), QStringLiteral("count")});
        for (const QVariantList &row : rows)
            table.addRow(row);
    }
    return text;
}
} // namespace

TEST_CASE("CSV output quotes separators, quotes and line breaks", "[cli][output]")
{
    const QString csv = render(OutputTable::Format::Csv,
                               {{QStringLiteral("Smit, Jansen & \"Co\""), QStringLiteral("12.50"), 3},
                                {QStringLiteral("two\nlines"), QStringLiteral("-1.00"), 0}});
    CHECK(csv == QStringLiteral("name,amount,count\r\n\"Smit, Jansen & \"\"Co\"\"\",12.50,3\r\n\"two\nlines\",-1.00,0\r\n"));
}

TEST_CASE("CSV output of no rows is just the header", "[cli][output]")
{
    CHECK(render(OutputTable::Format::Csv, {}) == QStringLiteral("name,amount,count\r\n"));
}

TEST_CASE("JSON output keeps integers as numbers and text as strings", "[cli][output]")
{
    const QString json = render(OutputTable::Format::Json, {{QStringLiteral("<b>Evil</b>"), QStringLiteral("12.50"), 3}});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.array().size() == 1);
    const QJsonObject row = doc.array().at(0).toObject();
    CHECK(row.value(QStringLiteral("name")).toString() == QStringLiteral("<b>Evil</b>"));
    CHECK(row.value(QStringLiteral("amount")).isString());
    CHECK(row.value(QStringLiteral("count")).isDouble());
    CHECK(row.value(QStringLiteral("count")).toInt() == 3);
    CHECK(QJsonDocument::fromJson(render(OutputTable::Format::Json, {}).toUtf8()).array().isEmpty());
}

TEST_CASE("Table output aligns columns and right-aligns amounts", "[cli][output]")
{
    const QStringList lines = render(OutputTable::Format::Table,
                                     {{QStringLiteral("A"), QStringLiteral("1,234.56"), 12},
                                      {QStringLiteral("Longer name"), QStringLiteral("7.00"), 3}})
                                  .split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith(QStringLiteral("name         ")));
    // Right-aligned columns end at the same position on every line.
    CHECK(lines.at(2).size() == lines.at(3).size());
    CHECK(lines.at(2).endsWith(QStringLiteral("1,234.56     12")));
    CHECK(lines.at(3).endsWith(QStringLiteral("    7.00      3")));
}
