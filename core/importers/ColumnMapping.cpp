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
    return {QString::fromLatin1(name), required, tr(description)};
}
} // namespace

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
                field("currency", false, "currency of the credit limit, default EUR")};
    case ImportKind::Invoices:
        return {field("number", true, "invoice number, the key of re-imports"),
                field("customer", true, "customer number"),
                field("issue_date", true, "issue date"),
                field("due_date", false, "due date; default issue date plus the customer's payment term"),
                field("currency", false, "ISO currency code, default EUR"),
                field("total_excl", false, "total excluding VAT"),
                field("vat", false, "VAT amount"),
                field("total_incl", false, "total including VAT (required without line columns)"),
                field("product_code", false, "line: product or service code"),
                field("description", false, "line: description"),
                field("quantity", false, "line: quantity, default 1"),
                field("unit_price", false, "line: unit price excluding VAT (a file with this column has one row per line)"),
                field("vat_rate", false, "line: VAT rate in percent, default 21")};
    case ImportKind::Payments:
        return {field("customer", true, "customer number"),
                field("date", true, "payment date"),
                field("amount", true, "amount received"),
                field("currency", false, "ISO currency code, default EUR"),
                field("reference", false, "reference or description"),
                field("invoice", false, "invoice numbers to allocate to, separated by spaces"),
                field("iban", false, "the payer's IBAN (used to match bank statements)")};
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
    }
    return QString();
}

std::optional<ImportKind> ColumnMapping::kindFromName(const QString &name)
{
    for (ImportKind kind : {ImportKind::Customers, ImportKind::Invoices, ImportKind::Payments}) {
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
        for (ImportKind kind : {ImportKind::Customers, ImportKind::Invoices, ImportKind::Payments}) {
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
    if (dateFormat) {
        const char *names[] = {"auto", "YYYY-MM-DD", "DD-MM-YYYY", "DD/MM/YYYY"};
        root.insert(u"dateFormat", QString::fromLatin1(names[int(*dateFormat)]));
    }
    if (numberStyle)
        root.insert(u"decimal", *numberStyle == NumberStyle::Dutch ? QStringLiteral("comma") : QStringLiteral("point"));
    QJsonObject columns;
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it)
        columns.insert(it.key(), it.value());
    root.insert(u"columns", columns);
    return QJsonDocument(root).toJson();
}

} // namespace dd
