#pragma once

#include "customers/Contact.h"
#include "money/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace dd {

// Consumers and businesses fall under different legal rules (collection costs, interest).
enum class CustomerKind { Consumer, Business };
// The language of the customer's letters.
enum class Language { Dutch, English };

// A debtor: who owes us money and how we address them.
struct Customer
{
    qint64 id = 0;
    QString number;
    QString name;
    CustomerKind kind = CustomerKind::Business;
    Language language = Language::Dutch;
    QString street;
    QString postalCode;
    QString city;
    QString country = QStringLiteral("NL"); // ISO 3166-1 alpha-2
    QString vatId;
    QString email;
    int paymentTermDays = 30;
    Money creditLimit;
    QList<Contact> contacts;

    static QString kindCode(CustomerKind kind);
    static std::optional<CustomerKind> kindFromCode(QStringView code);
    static QString languageCode(Language language);
    static std::optional<Language> languageFromCode(QStringView code);
};

} // namespace dd
