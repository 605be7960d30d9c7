#pragma once

#include "disputes/DisputeSettings.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace dd {

class Session;

// The proactive warning of DESIGN.md §3: products that drew complaints from several customers
// in a short window (DisputeRules), each with the other customers who bought it and may be contacted before
// they complain. Those customers are looked up when a product is expanded: on a large file they
// run into the tens of thousands, and nobody reads all products' lists at once.
class ProactiveWarningsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProactiveWarningsView(QWidget *parent = nullptr);

    // The session's as-of date until setAsOf.
    void setSession(Session *session);
    void setAsOf(const QDate &asOf);
    void refresh();
    int warningCount() const { return m_count; }
    QTreeWidget *tree() const { return m_tree; }

signals:
    void loadFailed(const QString &message);

private:
    void loadCustomers(QTreeWidgetItem *product);

    Session *m_session = nullptr;
    QDate m_asOf;
    int m_count = 0;
    DisputeRules m_rules;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace dd
