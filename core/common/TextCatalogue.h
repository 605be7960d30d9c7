#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace dd {

// Where translated texts come from. The interface follows the translators the program installed
// (what tr() asks); a printed report has a language of its own, which need not be the interface's,
// and looks its texts up in that language's catalogue: the .qm files built from translations/*.ts
// and embedded in core's resources (:/i18n/disputedesk_<code>.qm), so the GUI and the CLI read the
// same ones. Texts are marked for lupdate where they are written (QT_TRANSLATE_NOOP).
class TextCatalogue
{
public:
    // The translators installed in the application.
    static const TextCatalogue &installed();
    // The catalogue of the language `code` ("nl", "en"), loaded once; without one, the source texts.
    static const TextCatalogue &language(const QString &code);

    ~TextCatalogue();
    TextCatalogue(const TextCatalogue &) = delete;
    TextCatalogue &operator=(const TextCatalogue &) = delete;

    // `source` in this catalogue's language; the source text itself where it has no translation.
    QString text(const char *context, const char *source) const;
    // Whether the catalogue has its own text for `source` (false for the installed translators).
    bool translates(const char *context, const char *source) const;

private:
    explicit TextCatalogue(std::unique_ptr<QTranslator> translator);

    std::unique_ptr<QTranslator> m_translator; // null: the installed translators
};

} // namespace dd
