#pragma once

#include "BenchServer.h"
#include "importers/CsvImporter.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdio>

// The generated CSV files the import benchmarks read (bench_import, bench_payments): customers, and
// invoices whose amounts follow from their position, so that a payments file can pay them exactly.
namespace dd::bench {

// A file with its journals, or a database on a server.
inline void removeDatabase(const QString &location)
{
    if (onServer(location)) {
        dropServerDatabase(location);
        return;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(location + suffix);
}

// Writes through a buffer: the generator must not be what the memory figures measure.
class ChunkedWriter
{
public:
    explicit ChunkedWriter(QFile &file)
        : m_file(file)
    {
    }
    ~ChunkedWriter() { m_file.write(m_chunk); }
    void append(const char *text, int size)
    {
        m_chunk.append(text, size);
        if (m_chunk.size() > (1 << 20)) {
            m_file.write(m_chunk);
            m_chunk.clear();
        }
    }

private:
    QFile &m_file;
    QByteArray m_chunk;
};

inline bool writeCustomers(const QString &path, int customers)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("number,name,kind,language,city,payment_term_days\n");
    ChunkedWriter out(file);
    char line[120];
    for (int c = 1; c <= customers; ++c) {
        const int n = std::snprintf(line, sizeof line, "C%d,Customer %d,%s,Utrecht,%d\n", c, c,
                                    c % 7 == 0 ? "consumer,en" : "business,nl", 14 + c % 4 * 15);
        out.append(line, n);
    }
    return true;
}

// Invoice i (from 0): its number INV-(i + 1), its customer and its amounts in cents.
inline qint64 invoiceExclCents(qint64 i) { return 1000 + (i * 7919) % 500000; }
inline qint64 invoiceVatCents(qint64 i) { return (invoiceExclCents(i) * 21 + 50) / 100; }
inline qint64 invoiceInclCents(qint64 i) { return invoiceExclCents(i) + invoiceVatCents(i); }
inline qint64 invoiceCustomer(qint64 i, int customers) { return 1 + i % customers; }

// Invoices `first` to `first + rows - 1`.
inline bool writeInvoices(const QString &path, qint64 rows, int customers, qint64 first = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("number,customer,issue_date,due_date,currency,total_excl,vat,total_incl\n");
    ChunkedWriter out(file);
    char line[160];
    for (qint64 i = first; i < first + rows; ++i) {
        const qint64 excl = invoiceExclCents(i);
        const qint64 vat = invoiceVatCents(i);
        const int month = 1 + int(i % 12);
        const int day = 1 + int(i / 12 % 28);
        const int n = std::snprintf(line, sizeof line, "INV-%08lld,C%lld,2025-%02d-%02d,2025-%02d-%02d,EUR,%lld.%02lld,%lld.%02lld,%lld.%02lld\n",
                                    static_cast<long long>(i + 1), static_cast<long long>(invoiceCustomer(i, customers)), month, day,
                                    month == 12 ? 12 : month + 1, day, static_cast<long long>(excl / 100), static_cast<long long>(excl % 100),
                                    static_cast<long long>(vat / 100), static_cast<long long>(vat % 100),
                                    static_cast<long long>((excl + vat) / 100), static_cast<long long>((excl + vat) % 100));
        out.append(line, n);
    }
    return true;
}

// A fresh database (a new file, or a new database on the server) with the customers in it and
// nothing else.
inline bool prepareDatabase(const QString &database, const QString &customersCsv)
{
    if (onServer(database)) {
        if (!freshServerDatabase(database))
            return false;
    } else {
        removeDatabase(database);
    }
    auto db = Database::open(database);
    CsvImportOptions customers;
    customers.kind = ImportKind::Customers;
    return CsvImporter(*db).importFile(customersCsv, customers).committed;
}

} // namespace dd::bench
