#pragma once

#include "storage/DataChange.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace dd {

class Session;

// Reads a view again after the Session announced a change it shows, cheaply: once per committed
// transaction whatever kinds of data it touched, at once while the view is on screen (so what
// the user sees is never stale), and for a view that is not on screen only when it is shown.
class ViewRefresh : public QObject
{
    Q_OBJECT
public:
    ViewRefresh(QWidget *view, std::function<void()> reload);

    // Follows `session`'s commits that change any of `what` (nullptr: none; the previous session
    // is let go).
    void follow(Session *session, DataChanges what);
    // The data behind the view changed.
    void request();
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_reload;
    QPointer<Session> m_session;
    bool m_pending = false;
};

} // namespace dd
