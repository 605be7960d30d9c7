#include "TextCatalogue.h"

#include <QCoreApplication>
#include <QMutex>
#include <QTranslator>

#include <map>

namespace dd {

TextCatalogue::TextCatalogue(std::unique_ptr<QTranslator> translator)
    : m_translator(std::move(translator))
{
}

TextCatalogue::~TextCatalogue() = default;

const TextCatalogue &TextCatalogue::installed()
{
    static const TextCatalogue catalogue(nullptr);
    return catalogue;
}

const TextCatalogue &TextCatalogue::language(const QString &code)
{
    // Reports may be rendered on a worker thread as well; each catalogue is loaded once and only read after.
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<TextCatalogue>> loaded;
    const QMutexLocker lock(&mutex);
    std::unique_ptr<TextCatalogue> &catalogue = loaded[code];
    if (!catalogue) {
        // A language without a catalogue keeps the translator empty: it gives the source texts.
        auto translator = std::make_unique<QTranslator>();
        (void)translator->load(QStringLiteral(":/i18n/disputedesk_") + code + QStringLiteral(".qm"));
        catalogue.reset(new TextCatalogue(std::move(translator)));
    }
    return *catalogue;
}

QString TextCatalogue::text(const char *context, const char *source) const
{
    if (!m_translator)
        return QCoreApplication::translate(context, source);
    const QString found = m_translator->translate(context, source);
    return found.isEmpty() ? QString::fromUtf8(source) : found;
}

bool TextCatalogue::translates(const char *context, const char *source) const
{
    return m_translator && !m_translator->translate(context, source).isEmpty();
}

} // namespace dd
