#include "ViewRefresh.h"

#include "session/Session.h"

#include <QEvent>
#include <QWidget>

namespace dd {

ViewRefresh::ViewRefresh(QWidget *view, std::function<void()> reload)
    : QObject(view)
    , m_view(view)
    , m_reload(std::move(reload))
{
    view->installEventFilter(this);
}

void ViewRefresh::follow(Session *session, DataChanges what)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_pending = false;
    if (session) {
        connect(session, &Session::changed, this, [this, what](DataChanges changed) {
            if (changed & what)
                request();
        });
    }
}

void ViewRefresh::request()
{
    if (!m_view->isVisible()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_reload();
}

bool ViewRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_pending)
        request();
    return QObject::eventFilter(watched, event);
}

} // namespace dd
