#pragma once

#include "common/ValidationError.h"
#include "importers/CsvImporter.h"
#include "importers/CsvReadAhead.h"
#include "importers/CsvReader.h"
#include "importers/FieldLimits.h"
#include "importers/ImportStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace dd {

// One import run over a file that is read as a stream, never whole: the records go by one at a
// time (twice when an invoice's rows must all be known before it is written), and what stays in
// memory is the problems found, the keys seen for duplicates and the invoices still incomplete.
// What is common to every kind is here (the header, field access, errors, progress, the rejects
// file, the transaction); each kind's rows are read by a subclass (CsvCustomerImport, ...).
class CsvImportRun
{
    // Its messages belong to CsvImporter: without this, lupdate files them under the class's own
    // name while they are looked up under "dd::CsvImporter", and no translation is ever found.
    Q_DECLARE_TR_FUNCTIONS(dd::CsvImporter)

public:
    CsvImportRun(Database &database, const QString &path, const CsvImportOptions &options, ImportReport &report);
    virtual ~CsvImportRun();
    CsvImportRun(const CsvImportRun &) = delete;
    CsvImportRun &operator=(const CsvImportRun &) = delete;

    void execute();

protected:
    // A data record and its position among them (1 for the first after the header).
    struct Row
    {
        const CsvRecord &record;
        int index = 0;
    };

    // Field access for one record.
    bool has(const QString &field) const { return m_columns.contains(field); }
    int column(const QString &field) const
    {
        // Field names are string literals whose characters never move, so their address finds the
        // column without hashing the name (some fifteen times a row, a million rows). A slot keeps
        // a reference to the name it holds, so that no other text can take that address while it
        // is there. A name is looked for in a few neighbouring slots; when none holds it and none
        // is free (names built at run time fill them), it takes the first one over.
        const auto address = reinterpret_cast<quintptr>(field.constData());
        const size_t first = (address >> 3) % m_literalColumns.size();
        LiteralColumn *free = nullptr;
        for (size_t probe = 0; probe < 4; ++probe) {
            LiteralColumn &known = m_literalColumns[(first + probe) % m_literalColumns.size()];
            if (known.chars == field.constData() && known.name.size() == field.size())
                return known.index;
            if (!known.chars && !free)
                free = &known;
        }
        LiteralColumn &slot = free ? *free : m_literalColumns[first];
        slot = {field.constData(), field, m_columns.value(field, -1)};
        return slot.index;
    }
    QString value(const CsvRecord &record, const QString &field) const
    {
        const int index = column(field);
        return index < 0 ? QString() : record.field(index).trimmed();
    }
    QString value(const Row &row, const QString &field) const { return value(row.record, field); }
    // The same, trimmed, as a view into the record: for a look or a parse, without a copy of the
    // string (a million rows read some fifteen fields each, on strings the reading thread shares).
    QStringView text(const Row &row, const QString &field) const
    {
        const int index = column(field);
        return index < 0 || index >= row.record.fields.size() ? QStringView() : QStringView(row.record.fields.at(index)).trimmed();
    }
    void error(const Row &row, const QString &field, const QString &reason)
    {
        const int index = m_columns.value(field, -1);
        m_errors[row.index].append(
            {m_path, index >= 0 ? row.record.lineOf(index) : row.record.line, index >= 0 ? index + 1 : 1, reason});
        m_refusedAlone.erase(row.index);
    }
    // A row that is refused on its own, even without "import the valid rows": the rest of the
    // file is imported, and the row goes to the rejects file with its reason (an error of the
    // same row besides makes it an ordinary error again).
    void refuseRow(const Row &row, const QString &field, const QString &reason)
    {
        if (!bad(row))
            m_refusedAlone.insert(row.index);
        const int index = m_columns.value(field, -1);
        m_errors[row.index].append(
            {m_path, index >= 0 ? row.record.lineOf(index) : row.record.line, index >= 0 ? index + 1 : 1, reason});
    }
    void errorAt(const Row &row, const QString &reason) { m_errors[row.index].append({m_path, row.record.line, 1, reason}); }
    bool bad(const Row &row) const { return m_errors.count(row.index) > 0; }
    // Without "import the valid rows" one error means nothing is imported: writing on is wasted.
    bool writing() const { return m_options.validRowsOnly || m_errors.size() == m_refusedAlone.size(); }
    std::optional<Date> date(const Row &row, const QString &field)
    {
        QString why;
        const auto parsed = ImportValues::date(text(row, field), m_dateFormat, &why);
        if (!parsed)
            error(row, field, tr("%1: %2").arg(field, why));
        return parsed;
    }
    std::optional<Money> amount(const Row &row, const QString &field, const QString &currency)
    {
        QString why;
        const auto parsed = ImportValues::amount(text(row, field), currency, m_numberStyle, &why);
        if (!parsed)
            error(row, field, tr("%1: %2").arg(field, why));
        return parsed;
    }
    QString currency(const Row &row)
    {
        const QString code = value(row, QStringLiteral("currency")).toUpper();
        if (code.isEmpty())
            return QStringLiteral("EUR");
        if (!ImportValues::isCurrencyCode(code))
            error(row, QStringLiteral("currency"), tr("currency: \"%1\" is not an ISO currency code").arg(code));
        return code;
    }
    // Every mapped field within its length (FieldLimits), before any of them is read.
    void checkLengths(const Row &row)
    {
        for (const LimitedColumn &column : m_limited) {
            if (column.index >= row.record.fields.size())
                continue;
            const qsizetype length = QStringView(row.record.fields.at(column.index)).trimmed().size();
            if (length > column.limit)
                error(row, column.field, FieldLimits::tooLong(column.field, length, column.limit));
        }
    }
    bool required(const Row &row, const QString &field)
    {
        if (!value(row, field).isEmpty())
            return true;
        error(row, field, tr("%1 is empty").arg(field));
        return false;
    }
    // Runs `write` for a unit of records inside a savepoint; a refusal becomes an error of the unit.
    void writeUnit(const Row &row, const std::function<void()> &write)
    {
        // The whole import names what it changes; a unit only adds its savepoint.
        Transaction savepoint(m_database, DataChanges());
        try {
            write();
            savepoint.commit();
        } catch (const ValidationError &refused) {
            errorAt(row, refused.message());
        }
    }

    // Reports step `done` of 2 x rows (each row checked, then written) some 25 times a second:
    // more would not be seen, and each report waits for the rows being written; false once the
    // user cancelled.
    bool tick(qint64 done)
    {
        if (m_cancelled)
            return false;
        done = std::min(done, m_steps);
        if (!m_options.progress)
            return true;
        const bool first = !m_sinceReport.isValid();
        if (!first && done != m_steps && (done - m_reported < 256 || m_sinceReport.elapsed() < 40))
            return true;
        m_sinceReport.start();
        m_reported = done;
        if (m_beforeProgress)
            m_beforeProgress();
        m_cancelled = !m_options.progress(done, m_steps);
        return !m_cancelled;
    }
    // Streams the data records from the first: `each` until it returns false. False when the
    // file could not be read to its end (m_readIssue then says why) or `each` stopped.
    bool forEachRow(const std::function<bool(const Row &)> &each);
    // The same, reading `ahead` records before `each` sees the first of them: `before` is given
    // those rows at once (to look up what they name in one query instead of one a row), then
    // `each` each of them in turn, with every note in the order forEachRow makes it.
    bool forEachRow(const std::function<bool(const Row &)> &each, int ahead, const std::function<void(const std::vector<Row> &)> &before);
    // Whether this import reads its look-ups ahead (CsvImportOptions::readAhead).
    bool readsAhead() const;
    // The field's values in these rows, the empty ones left out (what a look-up ahead asks for).
    QStringList valuesOf(const std::vector<Row> &rows, const QString &field) const;

    // The kind's rows, inside the import's transaction.
    virtual void importRows() = 0;
    // Checks of the header beyond the kind's required fields; problems go into m_report.errors.
    virtual void checkColumns() {}
    // A row without problems of its own that is rejected with another (a row of a rejected invoice).
    virtual bool rejectedWithOthers(const Row &row) const
    {
        Q_UNUSED(row);
        return false;
    }

    // The header: the first record with every required column, within the first
    // `maxLinesAboveHeader`; m_headerRecord says how many records stand above it.
    static constexpr int maxLinesAboveHeader = 30;
    bool findHeader(CsvRecord &header);
    static QHash<QString, int> columnsOf(const CsvRecord &header);
    static QStringView firstValue(const CsvRecord &record);
    // A report's footer ("Totaal", "Total"), which is skipped with a note.
    static bool isTotalRow(const CsvRecord &record);
    // Notes a total row the first time it is passed over.
    void noteTotalRow(const CsvRecord &record);
    // Reads up to the first data record; false (m_readIssue saying why) when the file ends first.
    bool skipToData(CsvRecord &record);
    // After the last row: the reader's issue if it stopped on one (false), else the rows counted.
    bool finishRows(int rows);
    // The data records after skipToData: read ahead on a second thread where there is a second
    // core (CsvReadAhead), else straight from the reader. The reader is its own again after stop().
    class RecordSource
    {
    public:
        explicit RecordSource(CsvReader &reader);
        // The next record, valid until the next call; null after the last.
        const CsvRecord *next();
        void stop() { m_ahead.reset(); }

    private:
        CsvReader &m_reader;
        CsvRecord m_record;
        std::optional<CsvReadAhead> m_ahead;
    };

    void finish(Transaction &transaction);
    // Above this many records (the header counted), an import runs under SqlDialect::largeWriteSettings.
    static constexpr qint64 largeImportRecords = 10000;
    bool writeRejects();

    Database &m_database;
    QString m_path;
    const CsvImportOptions &m_options;
    ImportReport &m_report;
    ImportStore m_store;
    CsvReader *m_reader = nullptr;
    QStringList m_header;
    int m_headerLine = 1;
    int m_headerRecord = 0;
    QSet<int> m_totalLines; // the lines of the total rows already noted
    QHash<QString, int> m_columns; // field -> index in the record
    struct LimitedColumn
    {
        QString field;
        int index = 0;
        int limit = 0;
    };
    std::vector<LimitedColumn> m_limited; // every mapped column, with its length limit
    struct LiteralColumn
    {
        const QChar *chars = nullptr;
        QString name;
        int index = -1;
    };
    mutable std::array<LiteralColumn, 512> m_literalColumns{};
    std::map<int, ImportIssues> m_errors;
    std::set<int> m_refusedAlone; // the rows of m_errors refused on their own (refuseRow)
    std::optional<ImportIssue> m_readIssue;
    DateFormat m_dateFormat = DateFormat::Auto;
    NumberStyle m_numberStyle = NumberStyle::English;
    QChar m_separator;
    qint64 m_rows = 0;
    qint64 m_steps = 0;
    qint64 m_reported = 0;
    QElapsedTimer m_sinceReport; // since the last progress report
    bool m_cancelled = false;
    std::function<void()> m_beforeProgress; // what must be done before anyone else may read the database
};

} // namespace dd
