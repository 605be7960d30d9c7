#pragma once

#include <QTranslator>

namespace dd {

// Our translation catalogue, with one correction for how lupdate files texts: a tr() in a free
// function of namespace dd (the core's file-local tr helpers) is filed under context "dd", while
// the helper looks it up under its class, e.g. "dd::Database". When the class context has no
// translation, the namespace context is asked too, so those messages are translated as well.
class CatalogueTranslator : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace dd
