#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace dd {

class Database;

// The proactive warning of DESIGN.md §3: products that drew complaints from several customers
// in the last 90 days, each with the other customers who bought it and may be contacted before
// they complain.
class ProactiveWarningsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProactiveWarningsView(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void setAsOf(const QDate &asOf);
    void refresh();
    int warningCount() const { return m_count; }

signals:
    void loadFailed(const QString &message);

private:
    Database *m_database = nullptr;
    QDate m_asOf;
    int m_count = 0;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace dd
