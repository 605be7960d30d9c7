#include "SqliteTextSearch.h"

#include <utility>

namespace dd {

namespace {

// The columns InvoiceListQuery and CustomerListQuery search. Each table's id is its rowid, which
// the search table's rows carry.
const std::pair<const char *, const char *> searched[] = {
    {"customers", "name, number, city"},
    {"invoices", "number"},
};

// The searched columns of `table`; none when it has no search table.
QStringList columnsOf(const QString &table)
{
    for (const auto &[name, columns] : searched) {
        if (table == QLatin1String(name))
            return QString::fromLatin1(columns).split(QStringLiteral(", "));
    }
    return {};
}

QString searchTable(const QString &table)
{
    return table + QStringLiteral("_search");
}

// "new.a, new.b" for the columns.
QString prefixed(const QString &prefix, const QStringList &columns)
{
    QStringList values;
    for (const QString &column : columns)
        values << prefix + column;
    return values.join(QStringLiteral(", "));
}

} // namespace

QStringList SqliteTextSearch::schema()
{
    QStringList statements;
    for (const auto &table : searched)
        statements << fill(QLatin1String(table.first));
    return statements;
}

QStringList SqliteTextSearch::suspend(const QString &table)
{
    QStringList statements;
    if (!columnsOf(table).isEmpty()) {
        for (const char *trigger : {"insert", "delete", "update"})
            statements << QStringLiteral("DROP TRIGGER IF EXISTS %1_%2").arg(searchTable(table), QLatin1String(trigger));
    }
    return statements;
}

QStringList SqliteTextSearch::fill(const QString &table)
{
    const QStringList columns = columnsOf(table);
    if (columns.isEmpty())
        return {};
    const QString search = searchTable(table);
    const QString names = columns.join(QStringLiteral(", "));
    QStringList statements;
    // detail=none keeps no positions, only which rows hold each trigram: that is all a LIKE
    // needs (SQLite checks each candidate). columnsize=0 leaves out the per-row token counts,
    // which only ranking reads. A million invoice numbers (sqlite3 shell, SQLite 3.40.1):
    // 2.1 s and 16 MB so, 3.7 s and 27 MB with the counts, 5.0 s and 55 MB with detail=full.
    statements << QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING fts5(%2, content='%3', content_rowid='id', "
                                 "tokenize='trigram', detail='none', columnsize=0)")
                      .arg(search, names, table);
    // From the rows there, in the order of their ids: FTS5 writes a new part of its index each
    // time an id is lower than the one before. Its 'rebuild' reads the rows as the planner
    // likes, for invoices through the covering index invoices_customer, customer by customer:
    // 10.1 s instead of 2.6 s on the 1M demo. Emptied first, so that filling again never
    // indexes a row twice.
    statements << QStringLiteral("INSERT INTO %1 (%1) VALUES ('delete-all')").arg(search);
    statements << QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3 ORDER BY id").arg(search, names, table);
    // An external-content index forgets a row only when told the values it indexed, so the
    // old values go with every delete. The update trigger fires for the searched columns
    // alone: an invoice's paid amount changes with every payment and must not pay for this.
    const QString insertNew = QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (new.id, %3);")
                                  .arg(search, names, prefixed(QStringLiteral("new."), columns));
    const QString deleteOld = QStringLiteral("INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', old.id, %3);")
                                  .arg(search, names, prefixed(QStringLiteral("old."), columns));
    statements << QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_insert AFTER INSERT ON %2 BEGIN %3 END").arg(search, table, insertNew);
    statements << QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_delete AFTER DELETE ON %2 BEGIN %3 END").arg(search, table, deleteOld);
    statements << QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_update AFTER UPDATE OF id, %2 ON %3 BEGIN %4 %5 END")
                      .arg(search, names, table, deleteOld, insertNew);
    return statements;
}

bool SqliteTextSearch::serves(const QString &text)
{
    // FTS5 finds a LIKE pattern's candidates by its runs of three characters or more between
    // wildcards; a shorter text gives it no trigram, and it would hand over every row.
    if (text.toUcs4().size() < 3)
        return false;
    // SQLite passes a LIKE with an ESCAPE clause to no virtual table, and without one `%`, `_`
    // and the escape character itself would not be taken literally: such a text is searched by
    // reading the rows, as before.
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            return false;
    }
    return true;
}

QString SqliteTextSearch::condition(const QString &table, const QString &alias, const QStringList &columns, const QString &placeholder,
                                    const QString &text)
{
    const QStringList indexed = columnsOf(table);
    if (!serves(text) || indexed.isEmpty())
        return QString();
    QStringList found;
    for (const QString &column : columns) {
        if (!indexed.contains(column))
            return QString();
        // One subquery per column: with an OR inside one, SQLite asks the search table for
        // every row instead of the rows of each LIKE.
        found << QStringLiteral("%1id IN (SELECT rowid FROM %2 WHERE %3 LIKE %4)")
                     .arg(alias.isEmpty() ? QString() : alias + u'.', searchTable(table), column, placeholder);
    }
    return found.size() == 1 ? found.constFirst() : u'(' + found.join(QStringLiteral(" OR ")) + u')';
}

} // namespace dd
