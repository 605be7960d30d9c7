#pragma once

#include <QString>

class QCoreApplication;

namespace dd {

// Qt's own texts (the buttons of standard dialogs, the file dialog, the wizard's < Back / Next >)
// in the interface language. They come from Qt's catalogues (Debian qt6-translations-l10n) in
// QLibraryInfo::TranslationsPath, not from ours: without that package Qt's texts stay English,
// which is logged and otherwise accepted, because the program works the same either way.
class QtCatalogue
{
public:
    // Installs Qt's catalogue of `language` in `app` (the translator is owned by `app`); true when
    // one was found. English needs none and installs nothing.
    static bool install(QCoreApplication &app, const QString &language);
};

} // namespace dd
