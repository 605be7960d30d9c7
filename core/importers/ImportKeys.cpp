#include "ImportKeys.h"

#include <algorithm>

namespace dd {

size_t ImportKeys::hashOf(QStringView key)
{
    // FNV-1a over the UTF-16 units, then mixed so that the low bits (the slot) depend on every
    // unit. Qt's seeded hash guards against keys chosen to collide, and costs several times more
    // for the short numbers of an import (a fifth of a re-import's time went on it); the keys
    // here come from the user's own files.
    quint64 hash = 14695981039346656037ULL;
    for (const QChar unit : key) {
        hash ^= unit.unicode();
        hash *= 1099511628211ULL;
    }
    hash ^= hash >> 32;
    hash *= 0xd6e8feb86659fd93ULL;
    hash ^= hash >> 32;
    return size_t(hash);
}

QStringView ImportKeys::keyAt(quint32 entry) const
{
    const quint32 begin = entry == 0 ? 0 : m_ends[entry - 1];
    return QStringView(m_chars.data() + begin, qsizetype(m_ends[entry] - begin));
}

qsizetype ImportKeys::slotOf(QStringView key, size_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const quint32 entry = m_slots[slot];
        if (entry == 0 || keyAt(entry - 1) == key)
            return qsizetype(slot);
    }
}

void ImportKeys::grow()
{
    // Every entry is in the table, or (on leaving ascending order) none yet: they are all put in
    // again, into a table at most half full once the next key is in.
    size_t size = std::max<size_t>(1024, m_slots.size() * 2);
    while ((m_lines.size() + 1) * 2 > size)
        size *= 2;
    m_slots.assign(size, 0);
    const size_t mask = m_slots.size() - 1;
    for (quint32 entry = 1; entry <= m_lines.size(); ++entry) {
        size_t slot = hashOf(keyAt(entry - 1)) & mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = entry;
    }
}

int ImportKeys::lineOf(QStringView key) const
{
    if (m_ascending) {
        // Sorted: a binary search, and none at all for a key above the last.
        if (m_lines.empty() || keyAt(quint32(m_lines.size() - 1)) < key)
            return 0;
        quint32 low = 0, high = quint32(m_lines.size());
        while (low < high) {
            const quint32 middle = low + (high - low) / 2;
            if (keyAt(middle) < key)
                low = middle + 1;
            else
                high = middle;
        }
        return low < m_lines.size() && keyAt(low) == key ? m_lines[low] : 0;
    }
    if (m_slots.empty())
        return 0;
    const quint32 entry = m_slots[size_t(slotOf(key, hashOf(key)))];
    return entry == 0 ? 0 : m_lines[entry - 1];
}

void ImportKeys::append(QStringView key, int line)
{
    m_chars.insert(m_chars.end(), key.utf16(), key.utf16() + key.size());
    m_ends.push_back(quint32(m_chars.size()));
    m_lines.push_back(line);
}

int ImportKeys::firstLineOrAdd(QStringView key, int line)
{
    if (m_ascending) {
        if (m_lines.empty() || keyAt(quint32(m_lines.size() - 1)) < key) {
            append(key, line);
            return 0;
        }
        if (const int first = lineOf(key))
            return first;
        // Out of order from here on: every key so far goes into the table (grow() puts them there).
        m_ascending = false;
    }
    // Half full at most, so that probes stay short.
    if ((m_lines.size() + 1) * 2 > m_slots.size())
        grow();
    const qsizetype slot = slotOf(key, hashOf(key));
    if (const quint32 entry = m_slots[size_t(slot)])
        return m_lines[entry - 1];
    append(key, line);
    m_slots[size_t(slot)] = quint32(m_lines.size());
    return 0;
}

} // namespace dd
