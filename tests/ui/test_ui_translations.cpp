// The Dutch translation is complete: every message in the .ts has a finished, non-empty
// translation, the .ts knows every tr() text of the GUI sources (so lupdate was run), and the .qm
// the program embeds translates.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "importers/BankReconciler.h"
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

#include <map>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;     // a %n text with plural forms
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
            message = TsMessage{context, {}, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
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

TEST_CASE("The Dutch translation has one term per concept", "[ui][translations]")
{
    // Issue 19: "Debiteur" next to "Klant", "Zaak" next to "Dossier", and "Creditnota uitreiken",
    // which is not Dutch usage. The terms: Klant (customer), Dossier (case, also the list of cases),
    // Geschil (dispute, what a case is about), Creditnota maken, and Herinnering / Tweede
    // herinnering / Ingebrekestelling for the dunning levels.
    struct Banned
    {
        QRegularExpression pattern;
        const char *instead;
    };
    const auto word = [](const char *pattern) {
        return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
    };
    const std::vector<Banned> banned = {
        // The plural "debiteuren" is the ledger (Ouderdomsanalyse debiteuren, Debiteurenbeheer), not a person.
        {word(R"(\bdebiteur\b)"), "Klant"},
        {word(R"(uitreik)"), "Creditnota maken"},
        // "Wet griffierechten burgerlijke zaken" is the name of a law.
        {word(R"(\bzaak\b|(?<!burgerlijke )\bzaken\b)"), "Dossier"},
        {word(R"(geschildossier)"), "Dossier"},
        // A count takes its form from the number (tr("%n …", "", n)), not "brief/brieven".
        {word(R"(\w\((en|s|n)\)|\bbrief/brieven\b|\bfactuur/facturen\b|factu\(u\)r)"), "%n with plural forms"},
        // The main tab lists the cases, as the menu Dossier acts on the one selected.
        {word(R"(^geschillen$)"), "Dossiers for the list of cases"},
    };
    // The dunning levels, wherever they are named.
    const std::map<QString, QString> levels = {{QStringLiteral("Reminder"), QStringLiteral("Herinnering")},
                                               {QStringLiteral("Second reminder"), QStringLiteral("Tweede herinnering")},
                                               {QStringLiteral("Notice of default / 14-day letter"),
                                                QStringLiteral("Ingebrekestelling / veertiendagenbrief")}};
    int levelsSeen = 0;
    const QRegularExpression caseWord(QStringLiteral(R"(\bcases?\b)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression disputeWord(QStringLiteral(R"(\bdisputes?\b)"), QRegularExpression::CaseInsensitiveOption);
    int problems = 0;
    int cases = 0;
    for (const TsMessage &message : readTs(sourceDir + QStringLiteral("/translations/disputedesk_nl.ts"))) {
        if (!message.type.isEmpty())
            continue;
        QString source = message.source;
        source.remove(u'&');
        for (QString text : message.translations) {
            text.remove(u'&');
            for (const Banned &term : banned) {
                if (!text.contains(term.pattern))
                    continue;
                ++problems;
                UNSCOPED_INFO(message.context.toStdString() << ": \"" << text.toStdString() << "\": say " << term.instead);
            }
            if (const auto level = levels.find(source); level != levels.end()) {
                ++levelsSeen;
                if (text != level->second) {
                    ++problems;
                    UNSCOPED_INFO(message.context.toStdString() << ": \"" << text.toStdString() << "\": say " << level->second.toStdString());
                }
            }
            // A case is a Dossier wherever the English says case and not dispute.
            if (source.contains(caseWord) && !source.contains(disputeWord)) {
                ++cases;
                if (!text.contains(QStringLiteral("dossier"), Qt::CaseInsensitive)) {
                    ++problems;
                    UNSCOPED_INFO(message.context.toStdString() << ": \"" << source.toStdString() << "\" → \""
                                                                << text.toStdString() << "\": a case is a Dossier");
                }
            }
        }
    }
    CHECK(problems == 0); // first: the messages above go with the next assertion
    CHECK(cases > 20);
    CHECK(levelsSeen >= 3);
}

TEST_CASE("Every English plural text has its singular and plural form", "[ui][translations]")
{
    // The English catalogue holds only the %n texts: the others are their own source. Without
    // forms the user reads "1 letter(s)".
    int plurals = 0;
    int problems = 0;
    for (const TsMessage &message : readTs(sourceDir + QStringLiteral("/translations/disputedesk_en.ts"))) {
        if (!message.numerus)
            continue;
        ++plurals;
        const bool filled = message.translations.size() == 2
            && std::none_of(message.translations.begin(), message.translations.end(), [](const QString &form) {
                   return form.trimmed().isEmpty() || form.contains(QStringLiteral("(s)"));
               });
        if (!message.type.isEmpty() || !filled) {
            ++problems;
            UNSCOPED_INFO(message.context.toStdString() << ": \"" << message.source.toStdString() << "\"");
        }
    }
    CHECK(problems == 0);
    CHECK(plurals > 40);
}

TEST_CASE("Every text with a count is asked for in its plural forms", "[ui][translations]")
{
    // A %n text that lupdate filed as a plain message was called without its count as tr()'s third
    // argument (a file's own tr(text, n) reads n as a comment): its count never picks a form, and the
    // print header read "6000 row(s)" in a Dutch interface.
    int problems = 0;
    for (const TsMessage &message : readTs(sourceDir + QStringLiteral("/translations/disputedesk_nl.ts"))) {
        if (message.numerus || !message.source.contains(QStringLiteral("%n")) || message.type == u"vanished"
            || message.type == u"obsolete")
            continue;
        ++problems;
        UNSCOPED_INFO(message.context.toStdString() << ": \"" << message.source.toStdString() << "\"");
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

TEST_CASE("The bank tab counts in plural forms, in English and in Dutch", "[ui][translations]")
{
    // It said "1 credit(s)", "1 reversal(s)" and "%1 ontvangst(en)"; each count now has its own
    // sentence with the form for its number.
    const auto imported = [](int credits) {
        return QCoreApplication::translate("dd::BankReconciliationView",
                                           "%1: %n credit(s), of which %2 with a proposal, %3 unmatched, %4 booked before.", nullptr,
                                           credits);
    };
    const auto leftOut = [](int debits) {
        return QCoreApplication::translate("dd::BankReconciliationView", "%n debit(s) left out.", nullptr, debits);
    };
    dd::ReconcileReport report;
    dd::BankMatch reversal;
    reversal.state = dd::BankMatch::State::Reversed;
    report.reversals << reversal;

    QTranslator english;
    REQUIRE(english.load(QStringLiteral(DD_EN_QM)));
    QCoreApplication::installTranslator(&english);
    CHECK(imported(1) == QStringLiteral("%1: 1 credit, of which %2 with a proposal, %3 unmatched, %4 booked before."));
    CHECK(imported(2) == QStringLiteral("%1: 2 credits, of which %2 with a proposal, %3 unmatched, %4 booked before."));
    CHECK(leftOut(1) == QStringLiteral("1 debit left out."));
    CHECK(leftOut(0) == QStringLiteral("0 debits left out."));
    CHECK(report.reversalSummary() == QStringLiteral("1 reversal by the bank: 1 undone, 0 to check by hand"));
    QCoreApplication::removeTranslator(&english);

    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(DD_NL_QM)));
    QCoreApplication::installTranslator(&dutch);
    CHECK(imported(1) == QStringLiteral("%1: 1 bijschrijving, waarvan %2 met een voorstel, %3 niet gekoppeld, %4 al eerder geboekt."));
    CHECK(imported(3) == QStringLiteral("%1: 3 bijschrijvingen, waarvan %2 met een voorstel, %3 niet gekoppeld, %4 al eerder geboekt."));
    CHECK(leftOut(1) == QStringLiteral("1 afschrijving overgeslagen."));
    CHECK(leftOut(2) == QStringLiteral("2 afschrijvingen overgeslagen."));
    report.reversals << reversal;
    CHECK(report.reversalSummary() == QStringLiteral("2 terugboekingen door de bank: 2 ongedaan gemaakt, 0 met de hand te controleren"));
    QCoreApplication::removeTranslator(&dutch);
}

TEST_CASE("The dunning summary and the recorded run count in plural forms", "[ui][translations]")
{
    // The Dutch read "aangevinkt: 23 brief/brieven, 0 overdracht(en)" and "2 brief/brieven en
    // 0 overdrachtsbestand(en)".
    const auto ticked = [](int letters) { return QCoreApplication::translate("dd::DunningView", "ticked: %n letter(s)", nullptr, letters); };
    const auto run = [](int letters) {
        return QCoreApplication::translate("dd::DunningRunMessages", "Run %1: %n letter(s) written to <a href=\"%2\">%3</a> and recorded.",
                                           nullptr, letters);
    };
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(DD_NL_QM)));
    QCoreApplication::installTranslator(&dutch);
    CHECK(ticked(1) == QStringLiteral("aangevinkt: 1 brief"));
    CHECK(ticked(23) == QStringLiteral("aangevinkt: 23 brieven"));
    CHECK(run(2) == QStringLiteral("Ronde %1: 2 brieven geschreven naar <a href=\"%2\">%3</a> en vastgelegd."));
    QCoreApplication::removeTranslator(&dutch);

    QTranslator english;
    REQUIRE(english.load(QStringLiteral(DD_EN_QM)));
    QCoreApplication::installTranslator(&english);
    CHECK(ticked(1) == QStringLiteral("ticked: 1 letter"));
    CHECK(run(1) == QStringLiteral("Run %1: 1 letter written to <a href=\"%2\">%3</a> and recorded."));
    QCoreApplication::removeTranslator(&english);
}
