#pragma once

// The company of the tests' hand-made databases, with every detail a credit note and a letter
// need (the demo data brings its own). One place, so that a detail that becomes required is added
// once instead of in every fixture.

#include "documents/CompanySettings.h"

namespace dd::test {

inline CompanySettings acmeCompany()
{
    CompanySettings company;
    company.name = QStringLiteral("Acme Reparaties B.V.");
    company.street = QStringLiteral("Stationsplein 1");
    company.postalCode = QStringLiteral("3511 AB");
    company.city = QStringLiteral("Utrecht");
    company.email = QStringLiteral("debiteuren@acme.example");
    company.phone = QStringLiteral("030 123 45 67");
    company.iban = QStringLiteral("NL91ABNA0417164300");
    company.kvk = QStringLiteral("12345678");
    company.vatId = QStringLiteral("NL001234567B01");
    return company;
}

} // namespace dd::test
