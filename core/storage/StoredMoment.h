#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace dd {

class FastStatement;
class SqlDialect;

// A moment (a point in time, written by the program in UTC: when a finding was recorded, a credit
// note issued, an audit event happened) as a database keeps it. A file keeps ISO 8601 text, as the
// program writes it; a team database keeps a `timestamptz` (issue 20), parsed from that text, which
// Qt's QPSQL driver reads back as a QDateTime. Every reader of a moment column goes through here,
// so that both backends give the program the same QDateTime and the same text.
class StoredMoment
{
public:
    // How the program writes a column's moments as text: to the second ("2026-12-07T10:15:00Z")
    // or to the millisecond ("2026-12-07T10:15:00.000Z"). A server keeps the instant, not the
    // text, so the text form is the column's, not the row's.
    enum class Precision { Seconds, Milliseconds };

    struct Column
    {
        const char *table;
        const char *name;
        Precision precision;
        // The column may say that no moment was recorded: the empty text in a file, NULL on a
        // server (a payment imported or booked from a statement has no one who recorded it).
        bool optional;
    };

    // Every moment column of the schema. A migration that adds one adds it here too.
    static const std::vector<Column> &columns();
    // The precision of `table`'s `column`, or nothing when that is not a moment column.
    static std::optional<Precision> precisionOf(const QString &table, const QString &column);

    // The moment `value` holds, from either backend, in UTC; invalid when none was recorded
    // (NULL, or the empty text).
    static QDateTime read(const QVariant &value);
    // The moment as the program writes it, in UTC; empty when `at` is invalid.
    static QString text(const QDateTime &at, Precision precision);
    // The moment `value` holds as that text: what a file holds, byte for byte, from either
    // backend (a file's text as it stands); empty when none was recorded.
    static QString text(const QVariant &value, Precision precision);

    // What to store for a moment given as the program's text, on `dialect`'s backend: the text
    // itself, or, when it is empty (none recorded), what that backend keeps for none.
    static QVariant toStore(const QString &text, const SqlDialect &dialect);
    // The same, bound at `position` of a statement.
    static void bind(FastStatement &statement, int position, const QString &text, const SqlDialect &dialect);
};

} // namespace dd
