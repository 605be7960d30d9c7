#pragma once

#include <QStringList>

namespace dd {

class SqlDialect;

// The schema's first steps (versions 1 to 6: the tables of customers, invoices, payments, disputes,
// settings, credit notes, bank statements and dunning), kept apart from the later steps so that
// neither file grows past reading; Migrations lists them all in order. Released steps: never edited.
class MigrationsFirstWave
{
public:
    static QStringList version1();
    static QStringList version2(const SqlDialect &dialect);
    static QStringList version3();
    static QStringList version4(const SqlDialect &dialect);
    static QStringList version5();
    static QStringList version6(const SqlDialect &dialect);
};

} // namespace dd
