#pragma once

#include <QMap>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <optional>

namespace dd {

// How many rows pass a list's filter, and their open amount per currency.
struct ListTotals
{
    qint64 count = 0;
    QMap<QString, qint64> openCents;
};

// The arithmetic of reading a long filtered list along its sort order (InvoiceListQuery::head,
// CustomerListQuery::head): the first rows come from the sort column's index, the filter checked
// on each, so that the first page does not wait for every match to be found and counted.
class ListWalk
{
public:
    // The first page looks at this many rows along the sort order. Five thousand index entries
    // and a look-up each cost about 10 ms on a file and 40 ms on a server.
    static constexpr qint64 headScan = 5000;
    // The list holds this many rows or more before the first page is read that way (a smaller
    // list is counted at once, as cheaply).
    static constexpr qint64 longFrom = 100000;

    // Whether `found` rows among the first headScan are enough to show at once: a quarter of
    // the page, enough to fill the first screen (one row in a hundred or more passes).
    static bool enough(qint64 found, int limit) { return found * 4 >= limit; }
    // The share of rows the filter let through near the start, per thousand.
    static qint64 perMille(qint64 found) { return std::max<qint64>(1, found * 1000 / headScan); }
    // How many rows to look at for the list's rows up to offset + limit, expecting that share
    // and allowing twice as many; nothing when that is deeper than is worth walking (a list
    // scrolled that far is better read through its positions, once).
    static std::optional<qint64> scanFor(qint64 offset, int limit, qint64 perMille)
    {
        const qint64 scan = (offset + limit) * 1000 / perMille * 2 + headScan;
        if (scan > walkLimit)
            return std::nullopt;
        return scan;
    }

private:
    static constexpr qint64 walkLimit = 200000;
};

} // namespace dd
