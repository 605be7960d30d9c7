#pragma once

#include <QString>
#include <QStringList>

namespace dd {

// The list filters' "contains" search on an SQLite file (issue 20): FTS5 tables with the trigram
// tokenizer over the columns the filters search (customers_search: name, number and city;
// invoices_search: number), external-content tables that hold only the index and read the rows
// from the tables themselves, kept in step by triggers in the writer's own transaction.
// FTS5 answers `column LIKE '%text%'` from the index with the candidates that hold every
// three-character piece of the text, and SQLite checks the LIKE itself on each of them: the rows
// found are exactly those the plain LIKE finds by reading every row, in a fraction of the time.
class SqliteTextSearch
{
public:
    // Statements that make the search tables, fill them from the rows already there and add the
    // triggers (migration 23). Written so that running them again changes nothing.
    static QStringList schema();
    // The same for the search table of `table` alone (none when it has none): after a bulk load.
    static QStringList fill(const QString &table);
    // Statements that drop the triggers of `table`'s search table for a bulk load, which fills
    // it once at its end (fill): rows that come in out of id order (a copy from a server, where
    // updated rows move) would make FTS5 write its index in many small parts.
    static QStringList suspend(const QString &table);
    // True when the search tables can serve the user's (trimmed) `text`.
    static bool serves(const QString &text);
    // The condition "one of `columns` of `table` (as `alias`, or by its name when empty) contains
    // the pattern bound to `placeholder`" through the search table, or an empty string when the
    // search table cannot serve `text` or does not hold every one of `columns`.
    static QString condition(const QString &table, const QString &alias, const QStringList &columns, const QString &placeholder,
                             const QString &text);
};

} // namespace dd
