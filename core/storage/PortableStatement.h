#pragma once

#include "FastStatement.h"

#include <QSqlQuery>

namespace dd {

class Database;

// A FastStatement through plain Qt SQL: any backend can run it, one that has no fast path of its
// own, and the tests that check the fast path gives the same rows and ids.
class PortableStatement : public FastStatement
{
public:
    // Throws StorageError when the SQL does not compile.
    PortableStatement(const Database &database, const QString &sql);

    void bind(int position, qint64 value) override;
    void bind(int position, QStringView text) override;
    void bindNull(int position) override;
    Result insert(const std::function<void()> &eachRow = {}) override;
    bool firstRow() override;
    bool nextRow() override;
    qint64 int64At(int column) const override;
    QString textAt(int column) const override;
    void reset() override;
    bool runsOnAnyThread() const override { return false; }

private:
    const Database &m_database;
    QSqlQuery m_query;
};

} // namespace dd
