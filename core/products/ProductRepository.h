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
    QList<Product> all() const;

private:
    Database &m_database;
};

} // namespace dd
