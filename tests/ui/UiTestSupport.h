#pragma once

// Shared helpers of the GUI tests: a small demo database on a temporary file with fixed seed and
// dates, so every run sees the same invoices, and finding, clicking and typing into widgets by
// their object names as a user would reach them.

#include "MainWindow.h"
#include "ModelTesters.h"
#include "TempDir.h"
#include "calendar/IsoDate.h"
#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QDate>
#include <QLineEdit>
#include <QString>
#include <QTest>
#include <QWidget>

#include <memory>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace dd::test {

// The demo data ends on `until`; the lists are looked at a little later, so that some
// invoices are overdue in every bucket.
inline QDate demoUntil() { return QDate(2025, 6, 30); }
inline QDate demoAsOf() { return QDate(2025, 7, 15); }

class DemoDatabase
{
public:
    explicit DemoDatabase(int customers = 60, int invoices = 900)
        : m_path(m_dir.filePath(QStringLiteral("demo.sqlite")))
        , m_database(Database::open(m_path))
    {
        DemoOptions options;
        options.customers = customers;
        options.invoices = invoices;
        options.seed = 7;
        options.until = IsoDate::fromQDate(demoUntil());
        DemoDataGenerator(*m_database).generate(options);
    }

    const QString &path() const { return m_path; }
    // A connection of the test's own, next to the one the window opens.
    Database &database() { return *m_database; }

private:
    TempDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

// The object called `name` below `parent`; the test stops when there is none.
template<typename T>
T *child(QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(found);
    return found;
}

template<typename T>
T *child(QObject &parent, const char *name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

// A mouse click on the button `name`, which must be visible and enabled, as for a user.
inline void click(QWidget &parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    INFO("button " << name);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Types `text` into the field `name` (a line edit is emptied first).
inline void type(QWidget &parent, const char *name, const QString &text)
{
    QWidget *field = child<QWidget>(parent, name);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->clear();
    field->setFocus();
    QTest::keyClicks(field, text);
}

// Shows the window and waits until it is on screen and active, so keys reach it.
inline void showAndActivate(QWidget &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// The demo database opened in the main window as of the demo's date, shown and active.
inline void openDemo(MainWindow &window, const DemoDatabase &demo)
{
    window.setAsOf(demoAsOf());
    REQUIRE(window.openDatabase(demo.path()));
    showAndActivate(window);
}

} // namespace dd::test
