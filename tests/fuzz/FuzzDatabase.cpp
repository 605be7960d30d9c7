#include "FuzzDatabase.h"

#include "common/ValidationError.h"
#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace dd {

namespace {
QCoreApplication &application()
{
    // Outlives every input; libFuzzer never returns from its loop on its own.
    static int argc = 1;
    static char name[] = "disputedesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}
} // namespace

FuzzDatabase &FuzzDatabase::instance()
{
    static FuzzDatabase world;
    return world;
}

FuzzDatabase::FuzzDatabase()
{
    application();
    if (!m_dir.isValid()) {
        std::fprintf(stderr, "fuzz: no temporary folder\n");
        std::abort();
    }
    m_database = Database::open(m_dir.filePath(QStringLiteral("fuzz.sqlite")));
    DemoOptions options;
    options.customers = 12;
    options.invoices = 120;
    options.seed = 14;
    options.until = Date(2026, 6, 30);
    DemoDataGenerator(*m_database).generate(options);
    // Nothing is ever committed after this; durability only costs time here.
    m_database->run(QStringLiteral("PRAGMA synchronous=OFF"));
}

QString FuzzDatabase::writeInput(const std::uint8_t *data, std::size_t size, const QString &suffix)
{
    const QString path = m_dir.filePath(QStringLiteral("input.") + suffix);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

void FuzzDatabase::runRolledBack(const std::function<void(Database &)> &work)
{
    Transaction outer(*m_database, DataChanges());
    try {
        work(*m_database);
    } catch (const StorageError &) {
    } catch (const ValidationError &) {
    }
    // `outer` is never committed: its destructor rolls the input's writes back.
}

} // namespace dd
