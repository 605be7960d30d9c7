#pragma once

// The interface in one language for the length of a test, for the pictures of the main areas in
// English and Dutch (test_ui_fit_shots, test_ui_dutch_shots): our Dutch catalogue installed for
// "nl" and the locale of dates and amounts following; English again afterwards.

#include "common/CatalogueTranslator.h"
#include "common/UiLocale.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QScreen>
#include <QWidget>

namespace dd::test {

class InterfaceLanguage
{
public:
    explicit InterfaceLanguage(const QString &language)
        : m_language(language)
    {
        if (language == QLatin1String("nl")) {
            REQUIRE(m_dutch.load(QStringLiteral(DD_NL_QM)));
            QCoreApplication::installTranslator(&m_dutch);
        }
        UiLocale::setLanguageCode(language);
    }
    ~InterfaceLanguage()
    {
        QCoreApplication::removeTranslator(&m_dutch);
        UiLocale::setLanguageCode(QStringLiteral("en"));
    }
    InterfaceLanguage(const InterfaceLanguage &) = delete;
    InterfaceLanguage &operator=(const InterfaceLanguage &) = delete;

    // How a picture of `window` starts its name: "fit-1366x728-nl-", its screen and this language.
    QString picturePrefix(const QWidget &window) const
    {
        const QSize screen = window.screen()->availableGeometry().size();
        return QStringLiteral("fit-%1x%2-%3-").arg(screen.width()).arg(screen.height()).arg(m_language);
    }

private:
    QString m_language;
    CatalogueTranslator m_dutch;
};

} // namespace dd::test
