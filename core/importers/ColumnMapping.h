#pragma once

#include "importers/ImportValues.h"
#include "money/Money.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// What a CSV file holds.
enum class ImportKind { Customers, Invoices, Payments, Disputes, CreditNotes };

// One value the importer understands; `name` is also the default column header.
struct ImportField
{
    QString name;
    bool required = false;
    QString description;
    QString label; // what the user reads: "Issue date" for issue_date, in the interface language
};

// Which column of a user's file holds which value, plus how its dates and numbers are written.
// Saved as a small JSON file per source (one per accounting package), e.g.
// {"kind": "invoices", "columns": {"number": "Factuurnr", "customer": "Debiteur"},
//  "dateFormat": "DD-MM-YYYY", "decimal": "comma"}.
// Without "columns" every field is looked up under its default header. A mapping that names
// columns is the whole truth: a field it leaves out (or maps to "") is not imported, even when
// the file happens to have a column of the field's default name (an accounting package's "vat"
// that is no VAT amount, say).
class ColumnMapping
{
public:
    static QList<ImportField> fields(ImportKind kind);
    // The name a field key is shown under, translated; an unknown key as it is.
    static QString fieldLabel(const QString &name);
    static QString kindName(ImportKind kind);
    static std::optional<ImportKind> kindFromName(const QString &name);
    static const QList<ImportKind> &allKinds();

    // Throws nothing; nullopt with the reason for malformed JSON, an unknown field or kind.
    static std::optional<ColumnMapping> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;

    // The header to look for: the mapped one, or without any mapped columns the field's own name;
    // empty for a field that is not imported.
    QString headerFor(const QString &field) const { return m_columns.isEmpty() ? field : m_columns.value(field); }
    void setColumn(const QString &field, const QString &header) { m_columns.insert(field, header); }

    std::optional<ImportKind> kind;
    std::optional<DateFormat> dateFormat;
    std::optional<NumberStyle> numberStyle;

private:
    QHash<QString, QString> m_columns;
};

} // namespace dd
