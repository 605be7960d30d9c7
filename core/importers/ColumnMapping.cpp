#include "ColumnMapping.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ColumnMapping", text);
}
ImportField field(const char *name, bool required, const char *description)
{
    return {QString::fromLatin1(name), required, tr(description), ColumnMapping::fieldLabel(QString::fromLatin1(name))};
}
} // namespace

QString ColumnMapping::fieldLabel(const QString &name)
{
    // The keys stay what files and saved mappings use; the user reads these names.
    struct Label
    {
        const char *key;
        const char *text;
    };
    static const Label labels[] = {
        {"actor", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Issued by")},
        {"allocated", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Allocated amount")},
        {"amicable_state", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Amicable settlement")},
        {"amount", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Amount")},
        {"answered_on", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Answered on")},
        {"arrangement", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Payment arrangement")},
        {"assignee", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Handled by")},
        {"channel", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Channel")},
        {"city", QT_TRANSLATE_NOOP("dd::ColumnMapping", "City")},
        {"closed_on", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Closed on")},
        {"contact_person", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Contact person")},
        {"country", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Country")},
        {"credit_decided", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Credited")},
        {"credit_limit", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Credit limit")},
        {"credit_reason", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Reason for the credit")},
        {"credited", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Amount credited")},
        {"credits", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Invoice credited")},
        {"currency", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Currency")},
        {"customer", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Customer number")},
        {"date", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Date")},
        {"description", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Description")},
        {"dispute", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Case")},
        {"disputed", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Amount disputed")},
        {"do_not_dun", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Do not dun")},
        {"due_date", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Due date")},
        {"email", QT_TRANSLATE_NOOP("dd::ColumnMapping", "E-mail")},
        {"eur_rate", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Euro exchange rate")},
        {"eur_rate_date", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Date of the euro rate")},
        {"goodwill", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Goodwill")},
        {"iban", QT_TRANSLATE_NOOP("dd::ColumnMapping", "IBAN")},
        {"invoice", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Invoice number")},
        {"invoice_line_no", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Invoice line")},
        {"invoices", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Invoices")},
        {"issue_date", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Issue date")},
        {"issued_at", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Issued at")},
        {"justified", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Amount justified")},
        {"kind", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Kind")},
        {"language", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Language")},
        {"lesson_action", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Preventive action")},
        {"lesson_department", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Department responsible")},
        {"lesson_what", QT_TRANSLATE_NOOP("dd::ColumnMapping", "What went wrong")},
        {"line_no", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Line number")},
        {"line_vat", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Line VAT")},
        {"name", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Name")},
        {"net", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Net amount")},
        {"number", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Number")},
        {"open", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Amount open")},
        {"outcome", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Outcome")},
        {"paid", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Amount paid")},
        {"payment_term_days", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Payment term (days)")},
        {"peppol_id", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Peppol ID")},
        {"postal_code", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Postal code")},
        {"prepaid", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Prepaid amount")},
        {"product_code", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Product code")},
        {"promised_on", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Answer promised on")},
        {"quantity", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Quantity")},
        {"rationale", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Rationale")},
        {"reason", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Reason")},
        {"received_on", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Received on")},
        {"reference", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Reference")},
        {"rounding", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Rounding")},
        {"series_no", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Number in the series")},
        {"series_year", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Series year")},
        {"step", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Step")},
        {"story", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Customer's account")},
        {"street", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Street")},
        {"total_excl", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Total excl. VAT")},
        {"total_incl", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Total incl. VAT")},
        {"unit_price", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Unit price")},
        {"unjustified_path", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Path if unjustified")},
        {"vat", QT_TRANSLATE_NOOP("dd::ColumnMapping", "VAT amount")},
        {"vat_category", QT_TRANSLATE_NOOP("dd::ColumnMapping", "VAT category")},
        {"vat_eur", QT_TRANSLATE_NOOP("dd::ColumnMapping", "VAT in euros")},
        {"vat_exemption_code", QT_TRANSLATE_NOOP("dd::ColumnMapping", "VAT exemption code")},
        {"vat_exemption_reason", QT_TRANSLATE_NOOP("dd::ColumnMapping", "VAT exemption reason")},
        {"vat_id", QT_TRANSLATE_NOOP("dd::ColumnMapping", "VAT number")},
        {"vat_rate", QT_TRANSLATE_NOOP("dd::ColumnMapping", "VAT rate")},
        {"verdict", QT_TRANSLATE_NOOP("dd::ColumnMapping", "Verdict")},
    };
    for (const Label &label : labels) {
        if (name == QLatin1String(label.key))
            return tr(label.text);
    }
    return name;
}

QList<ImportField> ColumnMapping::fields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return {field("number", true, "customer number, the key of re-imports"),
                field("name", true, "name"),
                field("kind", false, "business (default) or consumer"),
                field("language", false, "nl (default) or en"),
                field("street", false, "street and house number"),
                field("postal_code", false, "postal code"),
                field("city", false, "city"),
                field("country", false, "ISO country code, default NL"),
                field("vat_id", false, "VAT identification number"),
                field("email", false, "e-mail address for invoices"),
                field("payment_term_days", false, "payment term in days, default 30"),
                field("credit_limit", false, "credit limit"),
                field("currency", false, "currency of the credit limit, default EUR"),
                field("do_not_dun", false, "yes (1, true, ja) to leave the customer out of dunning runs"),
                field("peppol_id", false, "Peppol participant id as SCHEME:ID, e.g. 0106:12345678")};
    case ImportKind::Invoices:
        return {field("number", true, "invoice number, the key of re-imports"),
                field("customer", true, "customer number"),
                field("issue_date", true, "issue date"),
                field("due_date", false, "due date; default issue date plus the customer's payment term"),
                field("currency", false, "ISO currency code, default EUR"),
                field("total_excl", false, "total excluding VAT"),
                field("vat", false, "VAT amount"),
                field("total_incl", false, "total including VAT (required without line columns); negative for a credit note"),
                field("open", false, "amount still open per the accounting package (Exact Saldo, Odoo Amount Due)"),
                field("paid", false, "amount paid per the accounting package (recorded as an opening payment)"),
                field("credited", false, "amount credited on the invoice (as the export writes it)"),
                field("credits", false, "credit note rows: the number of the invoice the credit note corrects"),
                field("product_code", false, "line: product or service code"),
                field("description", false, "line: description"),
                field("quantity", false, "line: quantity, default 1"),
                field("unit_price", false, "line: unit price excluding VAT (a file with this column has one row per line)"),
                field("vat_rate", false, "line: VAT rate in percent, default 21 (0 for a category that charges no VAT)"),
                // Issue 17: what a UBL invoice brings beyond net and VAT, so that an export reads back as it was.
                field("rounding", false, "payment rounding (UBL PayableRoundingAmount): owed is total_incl + rounding - prepaid"),
                field("prepaid", false, "prepaid amount that is no payment received: zero or negative (already paid back to the buyer)"),
                field("vat_category", false, "line: VAT category S, Z, E, AE, K, G, O, L or M; default S above 0%, Z at 0%"),
                field("vat_exemption_code", false, "line: VAT exemption reason code (VATEX)"),
                field("vat_exemption_reason", false, "line: VAT exemption reason"),
                field("line_vat", false, "line: its VAT as stored; within a cent a line of its category's VAT at the rate")};
    case ImportKind::Payments:
        return {field("customer", true, "customer number"),
                field("date", true, "payment date"),
                field("amount", true, "amount received"),
                field("currency", false, "ISO currency code, default EUR"),
                field("reference", false, "reference or description"),
                field("invoice", false, "invoice numbers to allocate to, separated by spaces"),
                field("iban", false, "the payer's IBAN (used to match bank statements)"),
                field("allocated", false, "the part of the amount allocated to the invoices; default as much as is open")};
    case ImportKind::Disputes:
        return {field("number", true, "case number, the key of re-imports"),
                field("customer", true, "customer number"),
                field("reason", true, "reason code"),
                field("channel", false, "how the complaint came in, default phone"),
                field("step", false, "step of the decision tree, default hear"),
                field("received_on", true, "date the complaint came in"),
                field("promised_on", false, "date an answer was promised, default the date received"),
                field("answered_on", false, "date of the verdict"),
                field("currency", false, "ISO currency code, default EUR"),
                field("disputed", false, "total disputed amount (checked against the invoices)"),
                field("verdict", false, "justified, partly_justified or unjustified"),
                field("justified", false, "the part found justified"),
                field("goodwill", false, "the part written off as goodwill"),
                field("invoices", true, "disputed invoices as NUMBER=AMOUNT separated by spaces (NUMBER alone: all that is open)"),
                field("outcome", false, "how the case ended"),
                field("closed_on", false, "date the case was closed"),
                field("contact_person", false, "who complained"),
                field("assignee", false, "who handles the case"),
                field("story", false, "the customer's own words"),
                field("rationale", false, "why the verdict was given"),
                field("credit_decided", false, "yes when the justified part was credited"),
                field("unjustified_path", false, "amicable, legal or goodwill"),
                field("amicable_state", false, "explained, arrangement or paid"),
                field("arrangement", false, "the payment arrangement, in words"),
                field("lesson_what", false, "lesson: what went wrong"),
                field("lesson_department", false, "lesson: the department responsible"),
                field("lesson_action", false, "lesson: the preventive action")};
    case ImportKind::CreditNotes:
        return {field("number", true, "credit note number, kept as it is"),
                field("series_year", true, "year of the credit-note series"),
                field("series_no", true, "number in that year's series"),
                field("invoice", true, "the invoice credited"),
                field("customer", true, "customer number"),
                field("dispute", false, "the case the note was issued from"),
                field("issue_date", true, "issue date"),
                field("currency", false, "ISO currency code, default EUR"),
                field("credit_reason", false, "why the invoice is credited"),
                field("goodwill", false, "yes for a goodwill (coulance) note"),
                field("total_excl", true, "total excluding VAT"),
                field("vat", true, "VAT amount"),
                field("total_incl", true, "total including VAT"),
                field("issued_at", false, "when it was issued (ISO date and time)"),
                field("actor", false, "who issued it"),
                field("vat_eur", false, "the VAT in euros for a note in another currency"),
                field("eur_rate_date", false, "date of the euro rate used"),
                field("eur_rate", false, "units of the currency per euro"),
                field("line_no", true, "line: its number, from 1"),
                field("invoice_line_no", false, "line: the invoice line credited in full"),
                field("description", true, "line: description"),
                field("quantity", false, "line: quantity, default 1"),
                field("unit_price", true, "line: unit price excluding VAT"),
                field("vat_rate", true, "line: VAT rate in percent"),
                field("net", true, "line: net amount"),
                field("line_vat", true, "line: VAT amount"),
                field("vat_category", false, "line: VAT category"),
                field("vat_exemption_code", false, "line: VAT exemption code"),
                field("vat_exemption_reason", false, "line: VAT exemption reason")};
    }
    return {};
}

QString ColumnMapping::kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return QStringLiteral("customers");
    case ImportKind::Invoices:
        return QStringLiteral("invoices");
    case ImportKind::Payments:
        return QStringLiteral("payments");
    case ImportKind::Disputes:
        return QStringLiteral("disputes");
    case ImportKind::CreditNotes:
        return QStringLiteral("credit-notes");
    }
    return QString();
}

const QList<ImportKind> &ColumnMapping::allKinds()
{
    static const QList<ImportKind> kinds = {ImportKind::Customers, ImportKind::Invoices, ImportKind::Payments, ImportKind::Disputes,
                                            ImportKind::CreditNotes};
    return kinds;
}

std::optional<ImportKind> ColumnMapping::kindFromName(const QString &name)
{
    for (ImportKind kind : allKinds()) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<ColumnMapping> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("the mapping is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    ColumnMapping mapping;
    if (root.contains(u"kind")) {
        mapping.kind = kindFromName(root.value(u"kind").toString());
        if (!mapping.kind)
            return fail(tr("unknown kind \"%1\" in the mapping").arg(root.value(u"kind").toString()));
    }
    if (root.contains(u"dateFormat")) {
        mapping.dateFormat = ImportValues::dateFormatFromName(root.value(u"dateFormat").toString());
        if (!mapping.dateFormat)
            return fail(tr("unknown dateFormat \"%1\" in the mapping").arg(root.value(u"dateFormat").toString()));
    }
    if (root.contains(u"decimal")) {
        const QString decimal = root.value(u"decimal").toString();
        if (decimal == u"comma")
            mapping.numberStyle = NumberStyle::Dutch;
        else if (decimal == u"point")
            mapping.numberStyle = NumberStyle::English;
        else
            return fail(tr("\"decimal\" must be \"comma\" or \"point\", not \"%1\"").arg(decimal));
    }
    const QJsonObject columns = root.value(u"columns").toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        bool known = false;
        for (ImportKind kind : allKinds()) {
            if (mapping.kind && kind != *mapping.kind)
                continue;
            for (const ImportField &f : fields(kind))
                known = known || f.name == it.key();
        }
        if (!known)
            return fail(tr("the mapping names an unknown field \"%1\"").arg(it.key()));
        if (!it.value().isString())
            return fail(tr("the column of \"%1\" must be a header text").arg(it.key()));
        mapping.m_columns.insert(it.key(), it.value().toString());
    }
    return mapping;
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject root;
    if (kind)
        root.insert(u"kind", kindName(*kind));
    if (dateFormat)
        root.insert(u"dateFormat", ImportValues::dateFormatName(*dateFormat));
    if (numberStyle)
        root.insert(u"decimal", *numberStyle == NumberStyle::Dutch ? QStringLiteral("comma") : QStringLiteral("point"));
    QJsonObject columns;
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it)
        columns.insert(it.key(), it.value());
    root.insert(u"columns", columns);
    return QJsonDocument(root).toJson();
}

} // namespace dd
