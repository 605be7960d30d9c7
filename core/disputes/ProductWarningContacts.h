#pragma once

#include "calendar/IsoDate.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace dd {

class Database;
struct ProductWarning;

// What the controller does with the proactive warnings (issue 19): hand the customers to contact
// to whoever calls or mails them (a CSV file), and record that they were warned, one contact in
// each customer's contact log. Works on warnings whose otherCustomers are filled
// (ProactiveWarnings::addCustomersToContact).
class ProductWarningContacts
{
public:
    explicit ProductWarningContacts(Database &database);

    // Header first, then one row per product and customer to contact: product code, product name,
    // complaining customers, customer number, name, e-mail, last purchase (YYYY-MM-DD).
    static QList<QStringList> rows(const std::vector<ProductWarning> &warnings);
    // The rows as CSV (UTF-8, comma, CRLF, CsvField quoting); the file is replaced only when it is
    // written completely. Returns the number of data rows; throws ValidationError naming the file
    // when it cannot be written.
    static qint64 writeCsv(const std::vector<ProductWarning> &warnings, const QString &path);

    // One outbound contact per customer to contact, dated `on`, naming every product it was warned
    // about (e-mail when the customer has an address, else phone), all in one transaction.
    // Returns the number of contacts recorded.
    int markWarned(const std::vector<ProductWarning> &warnings, const Date &on);

private:
    Database &m_database;
};

} // namespace dd
