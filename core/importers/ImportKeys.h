#pragma once

#include <QString>

#include <vector>

namespace dd {

// The keys (invoice numbers, customer numbers, payment keys) an import has met, each with the line
// it first appeared on, so that a second occurrence can name the first (or with any other number
// above 0: ImportStore keeps its customers' places in a list this way). Kept as one block of
// characters and an open-addressing table of indexes: a few dozen bytes per key instead of the
// hundred and more of a QHash<QString, int>, because a streamed import of millions of rows may
// keep nothing per row but this. While the keys come in ascending order (an export sorted by its
// numbers, the usual case) they are only appended: a key above the last cannot have been seen,
// and hashing a million keys into a table far larger than the processor's caches took half a
// second of a re-import. The first key out of order builds the table, and it is kept from then on.
class ImportKeys
{
public:
    // The line `key` was first seen on, or 0 when it is new (it is then remembered with `line`).
    int firstLineOrAdd(QStringView key, int line);
    // The line `key` was first seen on, or 0.
    int lineOf(QStringView key) const;
    qsizetype size() const { return qsizetype(m_lines.size()); }

private:
    static size_t hashOf(QStringView key);
    QStringView keyAt(quint32 entry) const;
    qsizetype slotOf(QStringView key, size_t hash) const;
    void grow();
    void append(QStringView key, int line);
    // Whether every key so far came above the one before; the table is then empty.
    bool m_ascending = true;

    std::vector<char16_t> m_chars;
    std::vector<quint32> m_ends;    // entry i's characters end here
    std::vector<int> m_lines;
    std::vector<quint32> m_slots;   // entry + 1, or 0 when free
};

} // namespace dd
