#pragma once

#include "documents/CompanySettings.h"
#include "dunning/DunningPreview.h"

#include <QByteArray>
#include <QString>

namespace dd {

class Database;

// Renders a dunning letter from its template (resources/templates/<lang>/<template>[-consumer|
// -business].html, or the user's own version stored in the settings as template.<lang>.<name>) to
// PDF with the document engine's letterhead, and a hand-over to a CSV file for the collector.
class DunningLetterDocument
{
public:
    DunningLetterDocument(Database &database, QString senderName);

    QString html(const DunningLetterPlan &plan, const Date &letterDate) const;
    QByteArray pdf(const DunningLetterPlan &plan, const Date &letterDate) const;
    QString subject(const DunningLetterPlan &plan) const;
    // The letter as an e-mail with its PDF attached; empty when no e-mail address of the customer is known.
    QByteArray eml(const DunningLetterPlan &plan, const Date &letterDate, const QByteArray &pdf) const;
    // The hand-over file: one row per invoice with amounts, interest, costs and the letters sent.
    QByteArray handOverCsv(const DunningLetterPlan &plan, const Date &asOf) const;

    // The template's name for a plan: "<template>-consumer" or "-business" when such a file
    // exists, else "<template>".
    static QString templateText(Database &database, const QString &templateName, CustomerKind kind, Language language);

private:
    static QString conversionText(const DunningLetterPlan &plan, const Money &claimed, Language lang);

    Database &m_database;
    QString m_sender;
    CompanySettings m_company;
    int m_paymentDays = 14;
};

} // namespace dd
