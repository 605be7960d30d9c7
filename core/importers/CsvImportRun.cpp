#include "CsvImportRun.h"

#include "common/CsvField.h"
#include "importers/TextDecoding.h"
#include "storage/SettingsScope.h"
#include "storage/SqlDialect.h"

#include <QFile>
#include <QSaveFile>
#include <QThread>

#include <algorithm>

namespace dd {

CsvImportRun::CsvImportRun(Database &database, const QString &path, const CsvImportOptions &options, ImportReport &report)
    : m_database(database)
    , m_path(path)
    , m_options(options)
    , m_report(report)
    , m_store(database)
{
}

CsvImportRun::~CsvImportRun() = default;

bool CsvImportRun::skipToData(CsvRecord &record)
{
    // The header and the lines above it, read again and passed over.
    for (int skipped = 0; skipped < m_headerRecord + 1; ++skipped) {
        if ((skipped == 0 && !m_reader->rewind()) || !m_reader->next(record)) {
            m_readIssue = m_reader->issue().value_or(ImportIssue{m_path, 1, 1, tr("the file is empty")});
            return false;
        }
    }
    return true;
}

void CsvImportRun::noteTotalRow(const CsvRecord &record)
{
    if (m_totalLines.contains(record.line))
        return;
    m_totalLines.insert(record.line);
    m_report.notes << tr("%1:%2: a total row (\"%3\") was recognised and skipped")
                          .arg(m_path)
                          .arg(record.line)
                          .arg(firstValue(record).toString());
}

bool CsvImportRun::forEachRow(const std::function<bool(const Row &)> &each)
{
    CsvRecord record;
    if (!skipToData(record))
        return false;
    int index = 0;
    RecordSource source(*m_reader);
    while (const CsvRecord *next = source.next()) {
        if (isTotalRow(*next)) {
            noteTotalRow(*next);
            continue;
        }
        if (!each(Row{*next, ++index}))
            return false;
    }
    source.stop();
    return finishRows(index);
}

bool CsvImportRun::readsAhead() const
{
    return m_options.readAhead.value_or(m_database.dialect().batchesLookUps());
}

QStringList CsvImportRun::valuesOf(const std::vector<Row> &rows, const QString &field) const
{
    QStringList values;
    values.reserve(qsizetype(rows.size()));
    for (const Row &row : rows) {
        QString text = value(row, field);
        if (!text.isEmpty())
            values << std::move(text);
    }
    return values;
}

bool CsvImportRun::forEachRow(const std::function<bool(const Row &)> &each, int ahead, const std::function<void(const std::vector<Row> &)> &before)
{
    CsvRecord record;
    if (!skipToData(record))
        return false;
    // The records read ahead, each with its index; a total row has index 0 and is noted when
    // its turn comes, after the rows above it.
    std::vector<CsvRecord> records;
    std::vector<int> indexes;
    records.reserve(size_t(ahead));
    indexes.reserve(size_t(ahead));
    std::vector<Row> rows;
    const auto pass = [&]() {
        rows.clear();
        for (size_t i = 0; i < records.size(); ++i) {
            if (indexes[i])
                rows.push_back(Row{records[i], indexes[i]});
        }
        if (!rows.empty())
            before(rows);
        for (size_t i = 0; i < records.size(); ++i) {
            if (!indexes[i])
                noteTotalRow(records[i]);
            else if (!each(Row{records[i], indexes[i]}))
                return false;
        }
        records.clear();
        indexes.clear();
        return true;
    };
    int index = 0;
    RecordSource source(*m_reader);
    while (const CsvRecord *next = source.next()) {
        indexes.push_back(isTotalRow(*next) ? 0 : ++index);
        records.push_back(*next);
        if (records.size() == size_t(ahead) && !pass())
            return false;
    }
    // The rows before a record that cannot be read are seen as forEachRow sees them.
    if (!pass())
        return false;
    source.stop();
    return finishRows(index);
}

CsvImportRun::RecordSource::RecordSource(CsvReader &reader)
    : m_reader(reader)
{
    // On one core the two threads would only take turns.
    if (QThread::idealThreadCount() > 1)
        m_ahead.emplace(reader);
}

const CsvRecord *CsvImportRun::RecordSource::next()
{
    if (m_ahead)
        return m_ahead->next();
    return m_reader.next(m_record) ? &m_record : nullptr;
}

bool CsvImportRun::finishRows(int rows)
{
    // The rows end at the end of the file, or at a record that cannot be read.
    if (m_reader->issue()) {
        m_readIssue = m_reader->issue();
        return false;
    }
    m_rows = rows;
    return true;
}

QHash<QString, int> CsvImportRun::columnsOf(const CsvRecord &header)
{
    QHash<QString, int> index;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!name.isEmpty() && !index.contains(name))
            index.insert(name, i);
    }
    return index;
}

bool CsvImportRun::findHeader(CsvRecord &header)
{
    // Report layouts put a title, a date or a blank template row above the header; it is the
    // first record with every required column (the first record when none has them, which then
    // says what is missing).
    QStringList required;
    for (const ImportField &field : ColumnMapping::fields(m_options.kind)) {
        const QString wanted = m_options.mapping.headerFor(field.name).trimmed().toLower();
        if (field.required && !wanted.isEmpty())
            required << wanted;
    }
    CsvRecord record;
    std::optional<CsvRecord> first;
    for (int index = 0; index < maxLinesAboveHeader && m_reader->next(record); ++index) {
        if (!first)
            first = record;
        const QHash<QString, int> columns = columnsOf(record);
        if (std::all_of(required.begin(), required.end(), [&](const QString &name) { return columns.contains(name); })) {
            header = record;
            m_headerRecord = index;
            if (index > 0)
                m_report.notes << tr("%1: the header is on line %2; the %n line(s) above it were skipped", nullptr, index)
                                      .arg(m_path)
                                      .arg(record.line);
            return true;
        }
    }
    if (m_reader->issue() || !first) {
        m_report.errors.append(m_reader->issue().value_or(ImportIssue{m_path, 1, 1, tr("the file is empty")}));
        return false;
    }
    header = *first;
    m_headerRecord = 0;
    return true;
}

QStringView CsvImportRun::firstValue(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        const QStringView value = QStringView(field).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

bool CsvImportRun::isTotalRow(const CsvRecord &record)
{
    // The footer of a report ("Totaal;;;12.345,67"): its first value is the word, in Dutch or
    // English. Looked at without copying: every row of a million passes here.
    static const QStringList words = {QStringLiteral("totaal"), QStringLiteral("totalen"), QStringLiteral("eindtotaal"),
                                      QStringLiteral("total"), QStringLiteral("totals"), QStringLiteral("grand total"),
                                      QStringLiteral("totaal generaal"), QStringLiteral("totaal:"), QStringLiteral("total:")};
    const QStringView first = firstValue(record);
    if (first.size() < 5 || first.size() > 15 || !first.at(0).isLetter())
        return false;
    return std::any_of(words.begin(), words.end(), [&](const QString &word) { return first.compare(word, Qt::CaseInsensitive) == 0; });
}

void CsvImportRun::execute()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_report.errors.append({m_path, 0, 0, tr("cannot be read: %1").arg(file.errorString())});
        return;
    }
    CsvReader reader(file, m_path);
    m_reader = &reader;
    if (!reader.start()) {
        m_report.errors.append(*reader.issue());
        return;
    }
    m_report.encoding = reader.encoding();
    m_separator = reader.separator();
    m_report.separator = m_separator;
    CsvRecord header;
    if (!findHeader(header))
        return;
    m_header = header.fields;
    m_numberStyle = m_options.numberStyle.value_or(
        m_options.mapping.numberStyle.value_or(m_separator == u';' ? NumberStyle::Dutch : NumberStyle::English));
    m_dateFormat = m_options.dateFormat.value_or(m_options.mapping.dateFormat.value_or(DateFormat::Auto));

    // A control character (a NUL, say) makes a header match no field, and its column would be
    // dropped without a word: a payments file would lose its allocations.
    for (int i = 0; i < header.fields.size(); ++i) {
        const qsizetype at = FieldLimits::controlCharacter(header.fields.at(i));
        if (at >= 0)
            m_report.errors.append({m_path, header.lineOf(i), i + 1,
                                    tr("column %1: the header name contains a control character (U+%2)")
                                        .arg(i + 1)
                                        .arg(header.fields.at(i).at(at).unicode(), 4, 16, QLatin1Char('0'))});
    }
    const QHash<QString, int> headerIndex = columnsOf(header);
    for (const ImportField &field : ColumnMapping::fields(m_options.kind)) {
        // A field the mapping leaves out is not looked for, not even under its own name.
        const QString wanted = m_options.mapping.headerFor(field.name).trimmed().toLower();
        const auto it = wanted.isEmpty() ? headerIndex.constEnd() : headerIndex.constFind(wanted);
        if (it != headerIndex.constEnd()) {
            m_columns.insert(field.name, *it);
            m_limited.push_back({field.name, *it, FieldLimits::csvField(field.name)});
        } else if (field.required && wanted.isEmpty()) {
            m_report.errors.append({m_path, header.line, 1, tr("the mapping names no column for the required field \"%1\"").arg(field.name)});
        } else if (field.required) {
            m_report.errors.append({m_path, header.line, 1,
                                    tr("missing required column \"%1\"").arg(m_options.mapping.headerFor(field.name))});
        }
    }
    m_headerLine = header.line;
    checkColumns();
    if (!m_report.errors.isEmpty())
        return;
    m_steps = 2 * std::max<qint64>(reader.recordCount() - 1, 0);

    Transaction transaction(m_database, DataChange::Customers | DataChange::Invoices | DataChange::Payments | DataChange::Cases | DataChange::CreditNotes);
    // A large file runs under the dialect's settings for large writes (a bulk load sets its own).
    std::optional<SettingsScope> largeWrite;
    if (reader.recordCount() > largeImportRecords)
        largeWrite.emplace(m_database, m_database.dialect().largeWriteSettings());
    importRows();
    if (m_cancelled) {
        m_report = ImportReport();
        m_report.source = m_path;
        m_report.cancelled = true;
        return; // the transaction rolls everything back
    }
    if (m_readIssue) {
        // A file that is not CSV after all (an unterminated quote near its end): that is the one
        // thing to say, and the transaction rolls back what went in before it was found.
        const ImportIssue issue = *m_readIssue;
        m_report = ImportReport();
        m_report.source = m_path;
        m_report.encoding = reader.encoding();
        m_report.separator = m_separator;
        m_report.errors.append(issue);
        return;
    }
    m_report.rows = m_rows;
    finish(transaction);
}

void CsvImportRun::finish(Transaction &transaction)
{
    for (const auto &[record, issues] : m_errors)
        m_report.errors.append(issues);
    if (!m_report.errors.isEmpty() && !writing()) {
        m_report.created = m_report.updated = m_report.unchanged = m_report.held = 0;
        m_report.notes.clear();
        return; // the transaction rolls everything back
    }
    if (!m_report.errors.isEmpty() && !writeRejects())
        return;
    transaction.commit();
    m_report.committed = true;
}

// The rejected rows, read once more from the source: every row with a problem, and every row of
// an invoice that has one.
bool CsvImportRun::writeRejects()
{
    const QString rejectsPath = CsvImporter::rejectsPathFor(m_path);
    QSaveFile out(rejectsPath);
    if (!out.open(QIODevice::WriteOnly)) {
        m_report.errors.append({rejectsPath, 0, 0, tr("cannot be written: %1").arg(out.errorString())});
        return false;
    }
    // In the source's encoding (and with its "sep=" line), so that it opens as the source did.
    bool first = true;
    auto writeLine = [&](const QString &line) {
        out.write(TextDecoding::encode(line + QStringLiteral("\r\n"), m_report.encoding, first));
        first = false;
    };
    auto writeRow = [&](const QStringList &fields, const QString &reason) {
        writeLine(CsvField::join(QStringList(fields) << reason, m_separator));
    };
    if (m_reader->hasSeparatorLine())
        writeLine(QStringLiteral("sep=") + m_separator);
    writeRow(m_header, QStringLiteral("import_error"));
    qint64 rejected = 0;
    const bool read = forEachRow([&](const Row &row) {
        const auto issues = m_errors.find(row.index);
        if (issues == m_errors.end() && !rejectedWithOthers(row))
            return true;
        ++rejected;
        QStringList reasons;
        if (issues != m_errors.end()) {
            for (const ImportIssue &issue : issues->second)
                reasons << QStringLiteral("%1:%2: %3").arg(issue.line).arg(issue.column).arg(issue.reason);
        }
        if (reasons.isEmpty())
            reasons << tr("another row of the same invoice was rejected");
        writeRow(row.record.fields, reasons.join(QStringLiteral("; ")));
        return true;
    });
    if (!read) {
        m_report.errors.append(m_readIssue.value_or(ImportIssue{m_path, 0, 0, tr("cannot be read")}));
        return false;
    }
    m_report.rejected = rejected;
    if (!out.commit()) {
        m_report.errors.append({rejectsPath, 0, 0, tr("cannot be written: %1").arg(out.errorString())});
        return false;
    }
    m_report.rejectsFile = rejectsPath;
    return true;
}

} // namespace dd
