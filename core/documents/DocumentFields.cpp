#include "DocumentFields.h"

#include <QRegularExpression>

#include <algorithm>

namespace dd {

QStringList DocumentFields::keys() const
{
    QStringList result = m_text.keys() + m_html.keys();
    std::sort(result.begin(), result.end());
    return result;
}

QString DocumentFields::escape(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(u'\n', QStringLiteral("<br/>"));
    return escaped;
}

QString DocumentFields::render(const QString &templateHtml, QStringList *unknown) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*\\}\\}"));
    QString result;
    result.reserve(templateHtml.size() * 2);
    qsizetype from = 0;
    auto it = placeholder.globalMatch(templateHtml);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(templateHtml).mid(from, match.capturedStart() - from);
        const QString key = match.captured(1);
        if (const auto text = m_text.constFind(key); text != m_text.constEnd()) {
            result += escape(*text);
        } else if (const auto html = m_html.constFind(key); html != m_html.constEnd()) {
            result += *html;
        } else {
            result += match.captured(0).toHtmlEscaped();
            if (unknown && !unknown->contains(key))
                unknown->append(key);
        }
        from = match.capturedEnd();
    }
    result += QStringView(templateHtml).mid(from);
    return result;
}

} // namespace dd
