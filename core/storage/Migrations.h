#pragma once

#include <QStringList>

#include <vector>

namespace dd {

// The schema as an ordered list of steps; step N brings a database from version N-1 to N.
// Steps are only ever appended: a released step is never edited.
class Migrations
{
public:
    static const std::vector<QStringList> &steps();
    static int latestVersion() { return int(steps().size()); }
};

} // namespace dd
