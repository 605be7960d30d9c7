#pragma once

#include "disputes/DisputeSettings.h"
#include "disputes/ProactiveWarnings.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dd {

class Session;

// The proactive warning of DESIGN.md §3: products that drew complaints from several customers
// in a short window (DisputeRules), each with the other customers who bought it and may be contacted before
// they complain. Those customers are looked up when a product is expanded: on a large file they
// run into the tens of thousands, and nobody reads all products' lists at once. The customers of
// the selected products (or of all) can be exported for whoever contacts them, and marked as
// warned in their contact log.
class ProactiveWarningsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProactiveWarningsView(QWidget *parent = nullptr);

    // The session's as-of date until setAsOf. Neither reads: the owner calls refresh() when the
    // warnings are to be shown (DisputesView does when its area is on screen).
    void setSession(Session *session);
    void setAsOf(const QDate &asOf);
    void refresh();
    int warningCount() const { return m_count; }
    QTreeWidget *tree() const { return m_tree; }

    // The products selected (a customer row selects its product), or every product when none is,
    // with their customers to contact filled in.
    std::vector<ProductWarning> chosenWarnings() const;
    // Writes the customers to contact of chosenWarnings() to `path` as CSV; false with the reason
    // in the status line when it could not be written.
    bool exportTo(const QString &path);
    // Records in the contact log of each customer to contact of chosenWarnings() that they were
    // warned (as of the view's date), in one transaction; the number of customers.
    int markWarned();

signals:
    void loadFailed(const QString &message);

private:
    void loadCustomers(QTreeWidgetItem *product);
    void exportChosen();
    void confirmMarkWarned();
    int record(const std::vector<ProductWarning> &chosen);
    void showStatus(const QString &text);

    Session *m_session = nullptr;
    QDate m_asOf;
    int m_count = 0;
    DisputeRules m_rules;
    std::vector<ProductWarning> m_warnings;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_export;
    QPushButton *m_markWarned;
    QLabel *m_status;
};

} // namespace dd
