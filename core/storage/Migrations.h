#pragma once

#include <QStringList>

#include <vector>

namespace dd {

// The schema as an ordered list of steps; step N brings a database from version N-1 to N.
// Steps are only ever appended: a released step is never edited.
class SqlDialect;

class Migrations
{
public:
    // A step's statements in a backend's dialect (its append-only triggers; the SQL is standard).
    using Step = QStringList (*)(const SqlDialect &);
    static const std::vector<Step> &steps();
    static int latestVersion() { return int(steps().size()); }
};

} // namespace dd
