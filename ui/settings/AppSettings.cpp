#include "AppSettings.h"

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace dd {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString lastDatabaseKey = QStringLiteral("database/last");
const QString recentDatabasesKey = QStringLiteral("database/recent");
const QString displayNameKey = QStringLiteral("user/displayName");
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString disputesListShareKey = QStringLiteral("mainWindow/disputesListShare");
} // namespace

QString AppSettings::languageCode(UiLanguage language)
{
    switch (language) {
    case UiLanguage::Dutch:
        return QStringLiteral("nl");
    case UiLanguage::English:
        return QStringLiteral("en");
    case UiLanguage::System:
        break;
    }
    return QStringLiteral("system");
}

UiLanguage AppSettings::languageFromCode(const QString &code)
{
    if (code == u"nl")
        return UiLanguage::Dutch;
    if (code == u"en")
        return UiLanguage::English;
    return UiLanguage::System;
}

UiLanguage AppSettings::language()
{
    return languageFromCode(QSettings().value(languageKey).toString());
}

void AppSettings::setLanguage(UiLanguage language)
{
    QSettings().setValue(languageKey, languageCode(language));
}

QString AppSettings::effectiveLanguageCode()
{
    const UiLanguage chosen = language();
    if (chosen != UiLanguage::System)
        return languageCode(chosen);
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

QString AppSettings::displayName()
{
    return QSettings().value(displayNameKey).toString();
}

void AppSettings::setDisplayName(const QString &name)
{
    QSettings().setValue(displayNameKey, name.trimmed());
}

QString AppSettings::lastDatabase()
{
    return QSettings().value(lastDatabaseKey).toString();
}

void AppSettings::setLastDatabase(const QString &path)
{
    QSettings().setValue(lastDatabaseKey, path);
}

QStringList AppSettings::recentDatabases()
{
    return QSettings().value(recentDatabasesKey).toStringList();
}

void AppSettings::setRecentDatabases(const QStringList &locations)
{
    QSettings().setValue(recentDatabasesKey, locations);
}

QString AppSettings::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("disputedesk.sqlite"));
}

QByteArray AppSettings::mainWindowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray AppSettings::mainWindowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
}

int AppSettings::disputesListShare()
{
    return QSettings().value(disputesListShareKey, 0).toInt();
}

void AppSettings::setDisputesListShare(int perMille)
{
    QSettings().setValue(disputesListShareKey, perMille);
}

QByteArray AppSettings::listHeader(const QString &list)
{
    return QSettings().value(QStringLiteral("lists/%1/header").arg(list)).toByteArray();
}

void AppSettings::setListHeader(const QString &list, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("lists/%1/header").arg(list), state);
}

} // namespace dd
