#pragma once

#include "customers/Contact.h"
#include "einvoicing/PeppolParticipant.h"
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
    PeppolParticipant peppol; // as entered or imported; empty: none known
    int paymentTermDays = 30;
    Money creditLimit;
    QList<Contact> contacts;

    // Where the customer receives e-invoices: its own participant id, else for a business the
    // scheme of its VAT number's country (NL... -> 9944). A consumer has none unless one was entered.
    PeppolParticipant peppolEndpoint() const;

    static QString kindCode(CustomerKind kind);
    static std::optional<CustomerKind> kindFromCode(QStringView code);
    static QString languageCode(Language language);
    static std::optional<Language> languageFromCode(QStringView code);
};

} // namespace dd
