#pragma once

#include "products/Product.h"

#include <QList>

#include <optional>

namespace dd {

class Database;

// Reads and writes the products and services we sell.
class ProductRepository
{
public:
    explicit ProductRepository(Database &database);

    void insert(Product &product);
    std::optional<Product> findByCode(const QString &code) const;
    // The id of the product with this code, if there is one; and a new product of only a code
    // and a name (an import that meets an unknown code), with its id.
    std::optional<qint64> idOfCode(const QString &code) const;
    qint64 addNamed(const QString &code, const QString &name);
    QList<Product> all() const;

private:
    Database &m_database;
};

} // namespace dd
