#include "CompanyCommand.h"

#include "documents/CompanySettings.h"
#include "documents/SettingsRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CompanyCommand", text);
}

// The options by the field they set, in the order they are printed.
struct CompanyOption
{
    const char *option;
    QString CompanySettings::*member;
    const char *description;
};

const CompanyOption companyOptions[] = {
    {"name", &CompanySettings::name, QT_TRANSLATE_NOOP("dd::CompanyCommand", "The company's name.")},
    {"street", &CompanySettings::street, QT_TRANSLATE_NOOP("dd::CompanyCommand", "Street and number.")},
    {"postal-code", &CompanySettings::postalCode, QT_TRANSLATE_NOOP("dd::CompanyCommand", "Postal code.")},
    {"city", &CompanySettings::city, QT_TRANSLATE_NOOP("dd::CompanyCommand", "City: also the place before a letter's date.")},
    {"country", &CompanySettings::country, QT_TRANSLATE_NOOP("dd::CompanyCommand", "Country, ISO 3166 code (NL).")},
    {"email", &CompanySettings::email, QT_TRANSLATE_NOOP("dd::CompanyCommand", "E-mail address.")},
    {"phone", &CompanySettings::phone, QT_TRANSLATE_NOOP("dd::CompanyCommand", "Telephone number.")},
    {"website", &CompanySettings::website, QT_TRANSLATE_NOOP("dd::CompanyCommand", "Web site.")},
    {"iban", &CompanySettings::iban, QT_TRANSLATE_NOOP("dd::CompanyCommand", "The account customers pay into.")},
    {"bic", &CompanySettings::bic, QT_TRANSLATE_NOOP("dd::CompanyCommand", "BIC of that account.")},
    {"kvk", &CompanySettings::kvk, QT_TRANSLATE_NOOP("dd::CompanyCommand", "Chamber of Commerce (KvK) number.")},
    {"vat-id", &CompanySettings::vatId, QT_TRANSLATE_NOOP("dd::CompanyCommand", "VAT number (NL123456789B01).")},
    {"credit-note-prefix", &CompanySettings::creditNotePrefix,
     QT_TRANSLATE_NOOP("dd::CompanyCommand", "Prefix of the credit note numbers (CN).")},
};

} // namespace

QString CompanyCommand::summary() const
{
    return tr("Shows the company details of letters and credit notes; the options given change them.");
}

void CompanyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(formatOption());
    for (const CompanyOption &option : companyOptions)
        parser.addOption({QString::fromLatin1(option.option), tr(option.description), QStringLiteral("TEXT")});
}

int CompanyCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const OutputTable::Format outputFormat = format(parser);
    bool changes = false;
    for (const CompanyOption &option : companyOptions)
        changes = changes || parser.isSet(QString::fromLatin1(option.option));
    // Showing the details reads only; a change writes.
    auto database = changes ? openDatabase(parser) : openDatabaseToRead(parser);
    SettingsRepository settings(*database);
    CompanySettings company = settings.company();
    if (changes) {
        for (const CompanyOption &option : companyOptions) {
            if (parser.isSet(QString::fromLatin1(option.option)))
                company.*option.member = parser.value(QString::fromLatin1(option.option)).trimmed();
        }
        settings.setCompany(company);
        company = settings.company();
    }

    if (outputFormat == OutputTable::Format::Json) {
        QJsonObject json;
        for (const CompanyOption &option : companyOptions)
            json.insert(QString::fromLatin1(option.option), company.*option.member);
        json.insert(QStringLiteral("missingForCreditNotes"), QJsonArray::fromStringList(company.missingForCreditNote()));
        json.insert(QStringLiteral("missingForLetters"), QJsonArray::fromStringList(company.missingForLetter(true)));
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return 0;
    }
    {
        OutputTable table(context.out, outputFormat, {tr("field"), tr("value")});
        for (const CompanyOption &option : companyOptions)
            table.addRow({QString::fromLatin1(option.option), company.*option.member});
        table.finish();
    }
    const QStringList missing = company.missingForCreditNote() + company.missingForLetter(true);
    if (!missing.isEmpty() && outputFormat == OutputTable::Format::Table) {
        QStringList unique;
        for (const QString &field : missing) {
            if (!unique.contains(field))
                unique << field;
        }
        context.out << tr("Still missing for credit notes and letters: %1").arg(unique.join(QStringLiteral(", "))) << '\n';
    }
    return 0;
}

} // namespace dd
