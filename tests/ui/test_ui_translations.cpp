// The Dutch translation is complete: every message in the .ts has a finished, non-empty
// translation, the .ts knows every tr() text of the GUI sources (so lupdate was run), and the .qm
// the program embeds translates.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "importers/CsvImporter.h"
#include "storage/Database.h"

#include <QAction>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

std::vector<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<TsMessage> messages;
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            message = TsMessage{context, {}, {}, {}};
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            // Plural messages hold <numerusform> children; plain ones the text itself.
            QString text;
            QStringList forms;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms << xml.readElementText();
            }
            message.translations = forms.isEmpty() ? QStringList{text} : forms;
            messages.push_back(message);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

const QString sourceDir = QStringLiteral(DD_SOURCE_DIR);

} // namespace

TEST_CASE("Every Dutch translation is finished and not empty", "[ui][translations]")
{
    const auto messages = readTs(sourceDir + QStringLiteral("/translations/disputedesk_nl.ts"));
    CHECK(messages.size() >= 150);
    int problems = 0;
    for (const TsMessage &message : messages) {
        const bool empty = std::any_of(message.translations.begin(), message.translations.end(),
                                       [](const QString &text) { return text.trimmed().isEmpty(); });
        if (!message.type.isEmpty() || empty) {
            ++problems;
            UNSCOPED_INFO(message.context.toStdString() << ": \"" << message.source.toStdString() << "\" "
                                                        << (message.type.isEmpty() ? "empty" : message.type.toStdString()));
        }
    }
    CHECK(problems == 0);
}

TEST_CASE("The .ts files know every tr() text of the GUI", "[ui][translations]")
{
    // A text added in code but not yet taken up by `update_translations` would show in English.
    QSet<QString> known;
    for (const TsMessage &message : readTs(sourceDir + QStringLiteral("/translations/disputedesk_nl.ts")))
        known.insert(message.source);
    // tr( followed by one or more adjacent string literals, which C++ joins into one text.
    const QRegularExpression call(QStringLiteral(R"re(\btr\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    const QRegularExpression piece(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    QDirIterator files(sourceDir + QStringLiteral("/ui"), {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    int found = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString code = QString::fromUtf8(file.readAll());
        for (auto it = call.globalMatch(code); it.hasNext();) {
            QString text;
            for (auto pieces = piece.globalMatch(it.next().captured(1)); pieces.hasNext();)
                text += pieces.next().captured(1);
            if (text.contains(u'\\'))
                continue; // escapes: the exact text is lupdate's business
            ++found;
            INFO(path.toStdString() << ": \"" << text.toStdString() << "\"");
            CHECK(known.contains(text));
        }
    }
    CHECK(found > 100);
}

TEST_CASE("A file's own tr() asks for the context lupdate files its texts under", "[ui][translations]")
{
    // lupdate files the texts of X.cpp under the class the calls sit in, dd::X; a local helper
    // that asks for another context finds no translation, and the user reads English (the
    // dunning run's messages and the letter folder's did, after they moved to files of their own).
    const QRegularExpression helper(QStringLiteral(R"re(QString tr\(const char \*text[^)]*\)\s*\{\s*return QCoreApplication::translate\("([^"]+)")re"));
    int helpers = 0;
    for (const QString &folder : {QStringLiteral("/core"), QStringLiteral("/ui"), QStringLiteral("/cli")}) {
        QDirIterator files(sourceDir + folder, {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QRegularExpressionMatch match = helper.match(QString::fromUtf8(file.readAll()));
            if (!match.hasMatch())
                continue;
            ++helpers;
            INFO(path.toStdString());
            CHECK(match.captured(1) == QStringLiteral("dd::") + QFileInfo(path).completeBaseName());
        }
    }
    CHECK(helpers > 20);
}

TEST_CASE("The embedded Dutch catalogue translates the main window", "[ui][translations]")
{
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(DD_NL_QM)));
    CHECK(dutch.translate("dd::MainWindow", "&Invoices") == QStringLiteral("&Facturen"));
    CHECK(dutch.translate("dd::InvoiceTableModel", "Due date") == QStringLiteral("Vervaldatum"));
    CHECK_FALSE(dutch.translate("dd::SqliteDialect", "%1 does not exist.").isEmpty());

    QCoreApplication::installTranslator(&dutch);
    {
        dd::MainWindow window;
        dd::test::ModelTesters::attach(window);
        auto *open = window.findChild<QAction *>(QStringLiteral("openAction"));
        REQUIRE(open);
        CHECK(open->text() == QStringLiteral("Database &openen…"));
    }
    QCoreApplication::removeTranslator(&dutch);
}

TEST_CASE("Core messages are looked up under the context lupdate files them in", "[ui][translations]")
{
    // The CSV importer's checks run in a helper class; a tr() there once went to a context of its
    // own in the .ts file, so the Dutch text was there but never found.
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(DD_NL_QM)));
    QCoreApplication::installTranslator(&dutch);
    dd::test::TempDir dir;
    const QString csv = dir.filePath(QStringLiteral("empty.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    auto database = dd::Database::open(dir.filePath(QStringLiteral("t.sqlite")));
    dd::CsvImportOptions options;
    options.kind = dd::ImportKind::Invoices;
    const dd::ImportReport report = dd::CsvImporter(*database).importFile(csv, options);
    QCoreApplication::removeTranslator(&dutch);
    REQUIRE_FALSE(report.errors.isEmpty());
    CHECK(report.errors.constFirst().reason == QStringLiteral("het bestand is leeg"));
}
