// Dutch throughout (issue 19): Qt's own texts in Dutch next to ours, no label that shows a
// mnemonic's "&" to the user, and no developer references where the user reads.

#include "UiTestSupport.h"

#include "common/QtCatalogue.h"
#include "common/UiLocale.h"
#include "creditnotes/IssueCreditNoteDialog.h"
#include "disputes/DisputeRulesDialog.h"
#include "documents/CompanySettingsDialog.h"
#include "exchangerates/ExchangeRatesDialog.h"
#include "importers/ColumnMapping.h"
#include "importers/ImportWizard.h"
#include "legal/LegalCalculatorWindow.h"
#include "legal/LegalTablesDialog.h"
#include "reports/ReportDialog.h"
#include "session/Session.h"
#include "settings/SettingsDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTableWidget>
#include <QTranslator>
#include <QWizard>

using namespace dd;
using dd::test::DemoDatabase;
using dd::test::child;

namespace {

// What a label shows of its text: a label without a buddy has no mnemonic, so Qt paints its "&"
// as it is ("&&" is an escaped ampersand either way). Rich text is HTML, where & starts an entity.
bool showsMnemonicMarker(const QLabel &label)
{
    if (label.buddy() || label.textFormat() == Qt::RichText || Qt::mightBeRichText(label.text()))
        return false;
    QString text = label.text();
    text.remove(QStringLiteral("&&"));
    return text.contains(u'&');
}

// Every label below `root` that shows a literal "&", named for the failure message.
QStringList labelsShowingAmpersand(QWidget &root)
{
    QStringList found;
    for (const QLabel *label : root.findChildren<QLabel *>()) {
        if (showsMnemonicMarker(*label))
            found << root.objectName() + QStringLiteral(": ") + label->objectName() + QStringLiteral(" \"") + label->text()
                         + u'"';
    }
    return found;
}

} // namespace

TEST_CASE("Qt's own buttons read Dutch in a Dutch interface", "[ui][dutch]")
{
    const QString directory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFileInfo::exists(directory + QStringLiteral("/qtbase_nl.qm"))) {
        WARN("Skipped: Qt's Dutch catalogue qtbase_nl.qm is not in " << directory.toStdString()
                                                                     << " (Debian package qt6-translations-l10n)");
        return;
    }
    QDialogButtonBox english(QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    CHECK(english.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Cancel"));

    // English installs nothing: Qt's texts are English already.
    CHECK_FALSE(QtCatalogue::install(*QCoreApplication::instance(), QStringLiteral("en")));
    REQUIRE(QtCatalogue::install(*QCoreApplication::instance(), QStringLiteral("nl")));
    QDialogButtonBox dutch(QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    CHECK(dutch.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Annuleren"));
    CHECK(dutch.button(QDialogButtonBox::RestoreDefaults)->text() != QStringLiteral("Restore Defaults"));
    // The import wizard's < Back / Next > are Qt's as well.
    QWizard wizard;
    INFO("Next: " << wizard.buttonText(QWizard::NextButton).toStdString());
    CHECK_FALSE(wizard.buttonText(QWizard::NextButton).contains(QStringLiteral("Next")));
    CHECK_FALSE(wizard.buttonText(QWizard::BackButton).contains(QStringLiteral("Back")));

    // The translator belongs to the application; take it out again for the other tests.
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QDialogButtonBox again(QDialogButtonBox::Cancel);
    CHECK(again.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Cancel"));
}

TEST_CASE("A language Qt has no catalogue for keeps Qt's texts English and goes on", "[ui][dutch]")
{
    CHECK_FALSE(QtCatalogue::install(*QCoreApplication::instance(), QStringLiteral("xx")));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Cancel"));
}

TEST_CASE("No label shows a literal & of a mnemonic without a buddy", "[ui][dutch]")
{
    // In both languages: a translation may add a mnemonic the source text has not.
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(DD_NL_QM)));
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("nl"));
    INFO("language " << language.toStdString());
    if (language == QLatin1String("nl"))
        QCoreApplication::installTranslator(&dutch);
    UiLocale::setLanguageCode(language);
    DemoDatabase demo(5, 20);
    QStringList found;
    {
        MainWindow window;
        dd::test::ModelTesters::attach(window);
        window.setAsOf(dd::test::demoAsOf());
        REQUIRE(window.openDatabase(demo.path()));
        Session &session = *window.session();

        found << labelsShowingAmpersand(window);
        CompanySettingsDialog company(session);
        found << labelsShowingAmpersand(company);
        ImportWizard wizard(session);
        found << labelsShowingAmpersand(wizard);
        ExchangeRatesDialog rates(session);
        found << labelsShowingAmpersand(rates);
        LegalCalculatorWindow calculator(&session);
        found << labelsShowingAmpersand(calculator);
        LegalTablesDialog tables(&session);
        found << labelsShowingAmpersand(tables);
        ReportDialog disputes(session, ReportDialog::Kind::Disputes);
        found << labelsShowingAmpersand(disputes);
        ReportDialog receivables(session, ReportDialog::Kind::Receivables);
        found << labelsShowingAmpersand(receivables);
        IssueCreditNoteDialog creditNote(session);
        found << labelsShowingAmpersand(creditNote);
        DisputeRulesDialog rules(session);
        found << labelsShowingAmpersand(rules);
        SettingsDialog settings;
        found << labelsShowingAmpersand(settings);
    }
    QCoreApplication::removeTranslator(&dutch);
    UiLocale::setLanguageCode(QStringLiteral("en"));

    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("The interest tables name the law, not the developers' notes", "[ui][dutch]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(5, 20);
    const auto session = Session::open(demo.path());
    LegalTablesDialog dialog(session.get());
    const QString source = child<QLabel>(dialog, "tableSource")->text();
    CHECK_FALSE(source.contains(QStringLiteral("DOMAIN")));
    CHECK_FALSE(source.contains(QStringLiteral(".md")));
    CHECK(source.contains(QStringLiteral("6:119 BW")));
    CHECK(source.contains(QStringLiteral("6:119a BW")));
    // The shipped periods' own sources (the Source column) too.
    for (const char *name : {"interestPeriodTable", "courtFeePeriodTable"}) {
        auto *table = child<QTableWidget>(dialog, name);
        REQUIRE(table->rowCount() > 0);
        const int column = table->columnCount() - 1;
        for (int row = 0; row < table->rowCount(); ++row) {
            INFO(name << " row " << row << ": " << table->item(row, column)->text().toStdString());
            CHECK_FALSE(table->item(row, column)->text().contains(QStringLiteral("DOMAIN")));
        }
    }
    CHECK(child<QTableWidget>(dialog, "interestPeriodTable")->item(0, 5)->text().contains(QStringLiteral("6:119")));
}

TEST_CASE("Every import field has a name of its own, not its key", "[ui][dutch]")
{
    for (const ImportKind kind : ColumnMapping::allKinds()) {
        for (const ImportField &field : ColumnMapping::fields(kind)) {
            INFO(ColumnMapping::kindName(kind).toStdString() << ": " << field.name.toStdString());
            CHECK(field.label != field.name);
            CHECK_FALSE(field.label.contains(u'_'));
        }
    }
    CHECK(ColumnMapping::fieldLabel(QStringLiteral("issue_date")) == QStringLiteral("Issue date"));
}

TEST_CASE("Import field names in Dutch", "[ui][dutch]")
{
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(DD_NL_QM)));
    QCoreApplication::installTranslator(&dutch);
    const QString issueDate = ColumnMapping::fieldLabel(QStringLiteral("issue_date"));
    const QString totalIncl = ColumnMapping::fieldLabel(QStringLiteral("total_incl"));
    QCoreApplication::removeTranslator(&dutch);
    CHECK(issueDate == QStringLiteral("Factuurdatum"));
    CHECK(totalIncl == QStringLiteral("Totaal incl. btw"));
}
