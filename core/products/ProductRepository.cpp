#include "ProductRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace dd {

namespace {
Product productFrom(const QSqlQuery &query)
{
    return Product{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                   Money(query.value(3).toLongLong(), query.value(4).toString()), query.value(5).toInt()};
}
const QString selectColumns = QStringLiteral("SELECT id, code, name, list_price_cents, currency, vat_rate_bp FROM products");
} // namespace

ProductRepository::ProductRepository(Database &database)
    : m_database(database)
{
}

void ProductRepository::insert(Product &product)
{
    Transaction transaction(m_database, DataChange::ReferenceData);
    QSqlQuery query = m_database.prepareInsert(
        QStringLiteral("INSERT INTO products (code, name, list_price_cents, currency, vat_rate_bp) VALUES (?, ?, ?, ?, ?)"));
    Database::exec(query, {product.code, product.name, product.listPrice.cents(), product.listPrice.currency(), product.vatRateBasisPoints});
    product.id = Database::insertedId(query);
    transaction.commit();
}

std::optional<Product> ProductRepository::findByCode(const QString &code) const
{
    QSqlQuery query = m_database.run(selectColumns + QStringLiteral(" WHERE code = ?"), {code});
    if (!query.next())
        return std::nullopt;
    return productFrom(query);
}

QList<Product> ProductRepository::all() const
{
    QSqlQuery query = m_database.run(selectColumns + QStringLiteral(" ORDER BY code"));
    QList<Product> result;
    while (query.next())
        result.append(productFrom(query));
    return result;
}

std::optional<qint64> ProductRepository::idOfCode(const QString &code) const
{
    const QVariant id = m_database.scalar(QStringLiteral("SELECT id FROM products WHERE code = ?"), {code});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

qint64 ProductRepository::addNamed(const QString &code, const QString &name)
{
    QSqlQuery insert = m_database.prepareInsert(QStringLiteral("INSERT INTO products (code, name) VALUES (?, ?)"));
    Database::exec(insert, {code, name});
    return Database::insertedId(insert);
}

} // namespace dd
