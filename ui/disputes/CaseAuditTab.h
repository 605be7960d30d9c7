#pragma once

#include "disputes/AuditEvent.h"

#include <QWidget>

class QTreeWidget;

namespace dd {

// The audit trail of a dispute case: every move, who made it, when, and its note, oldest first.
class CaseAuditTab : public QWidget
{
    Q_OBJECT
public:
    explicit CaseAuditTab(QWidget *parent = nullptr);

    void showEvents(const QList<AuditEvent> &events);
    void clear();
    QTreeWidget *list() const { return m_audit; }

private:
    QTreeWidget *m_audit;
};

} // namespace dd
