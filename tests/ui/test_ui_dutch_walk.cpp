// Dutch throughout (issue 19): every text the user reads in the main window and in every dialog of
// tests/ui/EveryDialog.h differs from what the same widget shows in English, unless it is a name
// or a code that reads the same in both languages. A text that stays English in a Dutch interface
// is a tr() that is missing, a translation that is missing, or one filed under the wrong context.
//
// The walk builds the windows twice, in English and in Dutch, on the same demo data, and compares
// the texts widget by widget (the same path from the window down, the same item).

#include "EveryDialog.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/CatalogueTranslator.h"
#include "common/QtCatalogue.h"
#include "common/UiLocale.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QTranslator>
#include <QWizardPage>

#include <map>

using namespace dd;
using dd::test::DemoDatabase;

namespace {

// Where a text is shown (window, path of widgets, what of the widget) → the text.
using Texts = std::map<QString, QString>;

// Names and codes that read the same in Dutch and English: the program's name, formats,
// standards, banking and tax codes, and words Dutch took over as they are.
const QStringList &sameInBothLanguages()
{
    static const QStringList words = {
        // The program, formats and standards, banking and tax codes.
        QStringLiteral("DisputeDesk"), QStringLiteral("IBAN"), QStringLiteral("BIC"), QStringLiteral("PDF"), QStringLiteral("CSV"),
        QStringLiteral("UBL"), QStringLiteral("Peppol"), QStringLiteral("XML"), QStringLiteral("CAMT"), QStringLiteral("MT940"),
        QStringLiteral("SEPA"), QStringLiteral("EndToEndId"), QStringLiteral("OK"), QStringLiteral("ID"), QStringLiteral("EUR"),
        QStringLiteral("GBP"), QStringLiteral("USD"), QStringLiteral("BTW"), QStringLiteral("KvK"), QStringLiteral("BW"),
        QStringLiteral("sqlite"), QStringLiteral("demo"),
        // Names of identifier schemes in the Peppol code list, as their countries write them.
        QStringLiteral("LY-tunnus"), QStringLiteral("Leitweg-ID"), QStringLiteral("partita"), QStringLiteral("IVA"),
        // Words Dutch uses as English does.
        QStringLiteral("e-mail"), QStringLiteral("E-mail"), QStringLiteral("Status"), QStringLiteral("Score"), QStringLiteral("Type"),
        QStringLiteral("Filter"), QStringLiteral("Logo"), QStringLiteral("Details"), QStringLiteral("Info"), QStringLiteral("Code"),
        QStringLiteral("Document"), QStringLiteral("Website"), QStringLiteral("Help"), QStringLiteral("Dashboard"),
        QStringLiteral("Bank"), QStringLiteral("Open"),
        // Each language named in its own language, as a language menu does.
        QStringLiteral("Nederlands"), QStringLiteral("English"),
    };
    return words;
}

// The demo data's own names: customers, contacts, products, assignees, the numbers of invoices
// and cases, the customers' stories (written in Dutch), and the database file.
QStringList namesIn(Database &db)
{
    QStringList names = {db.path(), QStringLiteral("disputedesk")};
    QSqlQuery query = db.run(QStringLiteral(
        "SELECT name FROM customers UNION SELECT name FROM contacts UNION SELECT name FROM products "
        "UNION SELECT code FROM products UNION SELECT number FROM customers UNION SELECT number FROM invoices "
        "UNION SELECT number FROM disputes UNION SELECT email FROM customers UNION SELECT city FROM customers "
        "UNION SELECT street FROM customers UNION SELECT assignee FROM disputes UNION SELECT story FROM disputes "
        "UNION SELECT rationale FROM disputes UNION SELECT arrangement FROM disputes UNION SELECT lesson_what FROM disputes "
        "UNION SELECT lesson_department FROM disputes UNION SELECT lesson_action FROM disputes"));
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!name.isEmpty())
            names << name;
    }
    // Longest first: a name that contains another is taken out whole.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return names;
}

// A text that may read the same in both languages: once the names are taken out, every word left
// of two or more letters is one of the words above, a code of letters and digits (a VAT number) or
// a country code (FI). Capitals alone are not enough: a date format's YYYY is JJJJ in Dutch.
bool sameByRight(QString text, const QStringList &names)
{
    for (const QString &name : names)
        text.replace(name, QStringLiteral(" "));
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*"));
    static const QRegularExpression code(QStringLiteral("\\p{N}|^\\p{Lu}{2}$"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured();
        const bool letters = std::count_if(found.begin(), found.end(), [](QChar c) { return c.isLetter(); }) >= 2;
        if (letters && !found.contains(code) && !sameInBothLanguages().contains(found))
            return false;
    }
    return true;
}

QString shown(QString text)
{
    // The mnemonic's marker is not part of the text the user reads.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

// Every text of `root` the user reads, keyed by where it is shown.
void collect(QWidget &root, const QString &what, Texts &texts)
{
    std::map<QString, int> seen;
    const auto put = [&](const QString &where, const QString &text) {
        const QString plain = shown(text);
        if (plain.isEmpty())
            return;
        QString key = what + QStringLiteral(": ") + where;
        const int n = seen[key]++;
        if (n > 0)
            key += QStringLiteral(" #%1").arg(n);
        texts[key] = plain;
    };
    const auto pathOf = [&root](const QObject *object) {
        QStringList parts;
        for (; object && object != &root; object = object->parent())
            parts.prepend(object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                                         : object->objectName());
        return parts.join(u'/');
    };
    const auto actions = [&](const QString &where, const QList<QAction *> &list) {
        for (const QAction *action : list)
            if (!action->isSeparator()) {
                put(where + QStringLiteral(" action"), action->text());
                if (action->toolTip() != shown(action->text()))
                    put(where + QStringLiteral(" action tooltip"), action->toolTip());
                put(where + QStringLiteral(" action status tip"), action->statusTip());
            }
    };

    put(QStringLiteral("window title"), root.windowTitle());
    for (QWidget *widget : root.findChildren<QWidget *>()) {
        const QString where = pathOf(widget);
        put(where + QStringLiteral(" tooltip"), widget->toolTip());
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            put(where + QStringLiteral(" text"), label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            put(where + QStringLiteral(" text"), button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            put(where + QStringLiteral(" title"), group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                put(where + QStringLiteral(" tab"), tabs->tabText(i));
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                put(where + QStringLiteral(" item"), combo->itemText(i));
            if (combo->lineEdit())
                put(where + QStringLiteral(" placeholder"), combo->lineEdit()->placeholderText());
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            put(where + QStringLiteral(" placeholder"), line->placeholderText());
        } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
            put(where + QStringLiteral(" placeholder"), text->placeholderText());
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            put(where + QStringLiteral(" placeholder"), plain->placeholderText());
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (header->orientation() == Qt::Horizontal && header->model()) {
                for (int i = 0; i < header->count(); ++i)
                    if (!header->isSectionHidden(i))
                        put(where + QStringLiteral(" column"), header->model()->headerData(i, Qt::Horizontal).toString());
            }
        } else if (auto *page = qobject_cast<QWizardPage *>(widget)) {
            put(where + QStringLiteral(" title"), page->title());
            put(where + QStringLiteral(" subtitle"), page->subTitle());
        } else if (auto *menu = qobject_cast<QMenu *>(widget)) {
            put(where + QStringLiteral(" title"), menu->title());
            actions(where, menu->actions());
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            actions(where, bar->actions());
        }
    }
}

// The main window with the demo data and every dialog, in the language installed now.
Texts walk(DemoDatabase &demo)
{
    Texts texts;
    MainWindow window;
    dd::test::openDemo(window, demo);
    // Every area once in view: some fill their widgets when first shown.
    auto *tabs = dd::test::child<QTabWidget>(window, "mainTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(20);
    }
    // A case of each step open next to the list: the case view shows what each step asks.
    QSqlQuery steps = demo.database().run(QStringLiteral("SELECT step, MIN(id) FROM disputes GROUP BY step ORDER BY step"));
    while (steps.next()) {
        window.showDispute(steps.value(1).toLongLong());
        QTest::qWait(20);
        collect(window, QStringLiteral("main window, a case at step ") + steps.value(0).toString(), texts);
    }
    dd::test::forEveryDialog(window, demo.database(), [&texts](QWidget &dialog, const char *what, dd::test::Opened) {
        dialog.show();
        QTest::qWait(10);
        collect(dialog, QString::fromUtf8(what), texts);
    });
    return texts;
}

// Takes out the translators this test installed, Qt's and ours, for the tests after it.
void removeTranslators()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

TEST_CASE("Every text of every window and dialog reads Dutch in a Dutch interface", "[ui][dutch]")
{
    DemoDatabase demo;
    const QStringList names = namesIn(demo.database());
    REQUIRE(names.size() > 100);

    UiLocale::setLanguageCode(QStringLiteral("en"));
    const Texts english = walk(demo);
    REQUIRE(english.size() > 500);

    auto *ours = new CatalogueTranslator(QCoreApplication::instance());
    REQUIRE(ours->load(QStringLiteral(DD_NL_QM)));
    QCoreApplication::installTranslator(ours);
    QtCatalogue::install(*QCoreApplication::instance(), QStringLiteral("nl"));
    UiLocale::setLanguageCode(QStringLiteral("nl"));
    const Texts dutch = walk(demo);
    removeTranslators();
    UiLocale::setLanguageCode(QStringLiteral("en"));

    int compared = 0;
    QStringList stillEnglish;
    for (const auto &[where, text] : dutch) {
        const auto same = english.find(where);
        if (same == english.end())
            continue;
        ++compared;
        if (same->second == text && !sameByRight(text, names))
            stillEnglish << where + QStringLiteral(": \"") + text + u'"';
    }
    INFO("compared " << compared << " of " << dutch.size() << " texts");
    CHECK(compared > 500);
    INFO("still English:\n" << stillEnglish.join(u'\n').toStdString());
    CHECK(stillEnglish.isEmpty());
}

// The test's own measure: a text of names and codes passes, a sentence with one English word not.
TEST_CASE("The walk lets names and codes through and nothing else", "[ui][dutch]")
{
    const QStringList names = {QStringLiteral("Bakkerij de Vries B.V."), QStringLiteral("F-2025-00012")};
    CHECK(sameByRight(QStringLiteral("Bakkerij de Vries B.V."), names));
    CHECK(sameByRight(QStringLiteral("F-2025-00012 — € 1.234,56"), names));
    CHECK(sameByRight(QStringLiteral("IBAN / BIC"), names));
    CHECK(sameByRight(QStringLiteral("DisputeDesk — demo.sqlite"), names));
    CHECK(sameByRight(QStringLiteral("NL123456789B01"), names));
    CHECK_FALSE(sameByRight(QStringLiteral("DD-MM-YYYY"), names));
    CHECK_FALSE(sameByRight(QStringLiteral("Open Dispute…"), names));
    CHECK_FALSE(sameByRight(QStringLiteral("Bakkerij de Vries B.V. (customer)"), names));
    CHECK_FALSE(sameByRight(QStringLiteral("Cancel"), names));
    CHECK(shown(QStringLiteral("&Save && close")) == QStringLiteral("Save & close"));
}
