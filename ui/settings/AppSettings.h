#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dd {

// The user interface languages. System follows the desktop's locale (Dutch when it is Dutch,
// English otherwise), so that a Dutch office gets Dutch without touching a setting.
enum class UiLanguage { System, Dutch, English };

// Every setting of the desktop program, typed and with its default, in one place. Backed by
// QSettings (organisation/application names set in main); tests run with QStandardPaths test mode,
// so they never see the user's own settings.
class AppSettings
{
public:
    static UiLanguage language();
    static void setLanguage(UiLanguage language);
    // "nl" or "en": System resolved against the desktop locale.
    static QString effectiveLanguageCode();
    static QString languageCode(UiLanguage language);
    static UiLanguage languageFromCode(const QString &code);

    // "Your name": who the audit trail, the contact log and the letters name (the session's
    // acting user); empty when not given, and then the login name stands in (ActingUser).
    static QString displayName();
    static void setDisplayName(const QString &name);

    // The database opened last; empty before the first one.
    static QString lastDatabase();
    static void setLastDatabase(const QString &path);
    // File ▸ Open Recent, newest first (RecentDatabases keeps it free of passwords).
    static QStringList recentDatabases();
    static void setRecentDatabases(const QStringList &locations);
    // The file used when neither --db nor a last database is known.
    static QString defaultDatabasePath();

    static QByteArray mainWindowGeometry();
    static QByteArray mainWindowState();
    static void setMainWindowGeometry(const QByteArray &geometry, const QByteArray &state);
    // The share of the Disputes area's width the case list takes, in thousandths, as the user
    // last dragged it; 0 before the first drag.
    static int disputesListShare();
    static void setDisputesListShare(int perMille);
    // A list's columns as the user left them (QHeaderView::saveState: widths, order, sort), per
    // list name ("invoices"); empty before the first change.
    static QByteArray listHeader(const QString &list);
    static void setListHeader(const QString &list, const QByteArray &state);
};

} // namespace dd
