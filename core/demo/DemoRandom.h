#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace dd {

// A small deterministic random source (SplitMix64): the same seed gives the same demo database
// on every machine and compiler, which std::uniform_int_distribution does not promise.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [low, high].
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    // True with the given chance in percent.
    bool chance(int percent) { return between(0, 99) < percent; }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(qsizetype(between(0, list.size() - 1))); }

private:
    quint64 m_state;
};

} // namespace dd
