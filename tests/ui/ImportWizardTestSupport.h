#pragma once

// What the import wizard's tests share: a file written for the test, the wizard walked page by
// page as a user clicks through it, the file dialogs answered, the mappings compared.

#include "UiTestSupport.h"

#include "importers/ColumnMapping.h"
#include "importers/ImportWizard.h"
#include "importers/SavedMappings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QWizard>

namespace dd::test {

inline QString writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    return path;
}

inline void next(ImportWizard &wizard)
{
    auto *button = wizard.button(QWizard::NextButton);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

inline void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// Walks the wizard through a semicolon file with Dutch headers, mapping the columns by hand.
inline void runWizard(ImportWizard &wizard, const QString &path, bool validRowsOnly = false)
{
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto *file = child<QLineEdit>(wizard, QStringLiteral("importFile"));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // no file yet
    QTest::keyClicks(file, path);
    choose(child<QComboBox>(wizard, QStringLiteral("importKind")), QStringLiteral("Invoices"));
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_number")), QStringLiteral("Factuurnr"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_customer")), QStringLiteral("Debiteur"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_issue_date")), QStringLiteral("Datum"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_total_incl")), QStringLiteral("Bedrag"));
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ConfirmPage);
    child<QCheckBox>(wizard, QStringLiteral("importValidRowsOnly"))->setChecked(validRowsOnly);
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
}

// Past the file page of a fresh wizard on `path` (invoices), on the mapping page.
inline void openMappingPage(ImportWizard &wizard, const QString &path)
{
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("importFile")), path);
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
}

inline void mapDutchColumns(ImportWizard &wizard)
{
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_number")), QStringLiteral("Factuurnr"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_customer")), QStringLiteral("Debiteur"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_issue_date")), QStringLiteral("Datum"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_total_incl")), QStringLiteral("Bedrag"));
    choose(child<QComboBox>(wizard, QStringLiteral("importDateFormat")), QStringLiteral("DD-MM-YYYY"));
}

// The file name a user would pick in the file dialog, and what the wizard asked for.
struct ChosenFile
{
    QString path;
    int asked = 0;
    bool save = false;
    QString suggested;
};

inline void answerFileDialogs(ImportWizard &wizard, ChosenFile &chosen)
{
    wizard.setMappingFileChooser([&chosen](bool save, const QString &suggested) {
        ++chosen.asked;
        chosen.save = save;
        chosen.suggested = suggested;
        return chosen.path;
    });
}

inline void clearSavedMappings()
{
    for (const QString &name : SavedMappings::names(ImportKind::Invoices))
        SavedMappings::remove(ImportKind::Invoices, name);
}

inline QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

// The same mapping: every field of the kind, the kind itself, dates and decimal mark.
inline void checkSameMapping(const ColumnMapping &read, const ColumnMapping &shown)
{
    CHECK(read.kind == shown.kind);
    CHECK(read.dateFormat == shown.dateFormat);
    CHECK(read.numberStyle == shown.numberStyle);
    for (const ImportField &field : ColumnMapping::fields(ImportKind::Invoices)) {
        INFO("field " << field.name.toStdString());
        CHECK(read.headerFor(field.name) == shown.headerFor(field.name));
    }
}

} // namespace dd::test
