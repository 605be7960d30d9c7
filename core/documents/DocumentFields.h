#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace dd {

// The values of a template's placeholders. Text values come from users and customers and are
// always escaped when put into the HTML (a customer called "<b>Evil</b> & Co" prints literally);
// HTML values are fragments the engine built itself (tables), with their own cells escaped.
class DocumentFields
{
public:
    void setText(const QString &key, const QString &value) { m_text.insert(key, value); }
    void setHtml(const QString &key, const QString &html) { m_html.insert(key, html); }
    bool contains(const QString &key) const { return m_text.contains(key) || m_html.contains(key); }
    void remove(const QString &key)
    {
        m_text.remove(key);
        m_html.remove(key);
    }
    QStringList keys() const;

    // `{{key}}` replaced by the escaped text (line breaks kept) or by the HTML fragment. An
    // unknown placeholder is left visible, so that a typo in a user's template shows; `unknown`
    // collects them for the template editor.
    QString render(const QString &templateHtml, QStringList *unknown = nullptr) const;

    // Escapes user text for HTML: & < > " and line breaks as <br/>.
    static QString escape(const QString &text);

private:
    QHash<QString, QString> m_text;
    QHash<QString, QString> m_html;
};

} // namespace dd
