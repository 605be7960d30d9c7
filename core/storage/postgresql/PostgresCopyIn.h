#pragma once

#include "storage/RowStream.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QStringList>
#include <QStringView>

#include <optional>

struct pg_conn;
struct pg_result;

namespace dd {

class Database;

// A table's rows into PostgreSQL by one COPY ... FROM STDIN through libpq, on the connection Qt's
// driver opened: the copy of a whole database (DatabaseCopy) sends them in large chunks instead
// of a round trip for every few hundred rows. The values are written in COPY's text format as
// they come, the columns given (ids included: the copy keeps them).
class PostgresCopyIn : public RowStream
{
public:
    // Throws StorageError when the connection is not libpq's or the server refuses the COPY.
    PostgresCopyIn(Database &database, const QString &table, const QStringList &columns);
    ~PostgresCopyIn() override;
    PostgresCopyIn(const PostgresCopyIn &) = delete;
    PostgresCopyIn &operator=(const PostgresCopyIn &) = delete;

    void add(const QVariant &value) override;
    void finish() override;

    // libpq's connection under Qt's driver; throws StorageError when the driver is not libpq's.
    static pg_conn *streamingConnection(const Database &database);
    // One text as a field of COPY's text format (PostgreSQL manual, COPY, "Text Format").
    static QByteArray field(QStringView text);
    // A failure as Qt's driver reports one, so that the dialect words it as any other.
    static StorageError failure(const Database &database, pg_conn *conn, pg_result *result, const QByteArray &sql);

private:
    void send();
    // Reads every result the connection has for the COPY; the first failure among them.
    std::optional<StorageError> drainResults();

    Database &m_database;
    pg_conn *m_conn = nullptr;
    QByteArray m_sql;
    QByteArray m_buffer;
    qsizetype m_columns = 0;
    qsizetype m_column = 0; // of the next value in its row
    bool m_open = false;    // COPY IN started and not yet ended
};

} // namespace dd
