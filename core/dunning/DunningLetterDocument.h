#pragma once

#include "documents/CompanySettings.h"
#include "documents/DocumentFields.h"
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

    // The letter: the plan's own text (DunningLetterPlan::ownText) when the user edited it, else
    // the level's template, with every field filled in.
    QString html(const DunningLetterPlan &plan, const Date &letterDate) const;
    // The letter as the user edits it: the wording filled in, the figures the run computes (the
    // invoice table, amounts, costs, dates to pay by) left as their {{dunning.…}} fields, so that
    // an edit changes the words and never the figures. From the own text when there is one,
    // `standard`: from the level's template regardless.
    QString editableText(const DunningLetterPlan &plan, const Date &letterDate, bool standard) const;
    // The figure fields that editableText() leaves in place, each of which an own text must keep
    // where the level's template has it.
    static QStringList figureFields();
    // The figure fields of the level's template that `ownText` lost; empty when it kept them all.
    QStringList missingFigures(const DunningLetterPlan &plan, const QString &ownText) const;
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
    DocumentFields fields(const DunningLetterPlan &plan, const Date &letterDate) const;
    static QString conversionText(const DunningLetterPlan &plan, const Money &claimed, Language lang);

    Database &m_database;
    QString m_sender;
    CompanySettings m_company;
    int m_paymentDays = 14;
};

} // namespace dd
