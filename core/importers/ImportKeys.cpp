#include "ImportKeys.h"

#include <QHash>

namespace dd {

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
    std::vector<quint32> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
    const size_t mask = m_slots.size() - 1;
    for (const quint32 entry : old) {
        if (entry == 0)
            continue;
        size_t slot = qHash(keyAt(entry - 1)) & mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = entry;
    }
}

int ImportKeys::lineOf(QStringView key) const
{
    if (m_slots.empty())
        return 0;
    const quint32 entry = m_slots[size_t(slotOf(key, qHash(key)))];
    return entry == 0 ? 0 : m_lines[entry - 1];
}

int ImportKeys::firstLineOrAdd(QStringView key, int line)
{
    // Half full at most, so that probes stay short.
    if ((m_lines.size() + 1) * 2 > m_slots.size())
        grow();
    const qsizetype slot = slotOf(key, qHash(key));
    if (const quint32 entry = m_slots[size_t(slot)])
        return m_lines[entry - 1];
    m_chars.insert(m_chars.end(), key.utf16(), key.utf16() + key.size());
    m_ends.push_back(quint32(m_chars.size()));
    m_lines.push_back(line);
    m_slots[size_t(slot)] = quint32(m_lines.size());
    return 0;
}

} // namespace dd
