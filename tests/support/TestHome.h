#pragma once

#include <QByteArray>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

namespace dd::test {

// A home folder of the test process's own, made before its application object. CTest runs the
// test cases of one program as processes side by side (-j2), and QSettings, even in
// QStandardPaths' test mode, lives under $HOME: two processes saving a setting at once saw each
// other's value. Removed again when the process ends; the user's own settings are never touched.
class TestHome
{
public:
    TestHome()
    {
        // Font caches stay where they were, so that no process builds its own.
        if (!qEnvironmentVariableIsSet("XDG_CACHE_HOME"))
            qputenv("XDG_CACHE_HOME", qgetenv("HOME") + QByteArray("/.cache"));
        if (m_home.isValid())
            qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
    }

private:
    QTemporaryDir m_home;
};

} // namespace dd::test
