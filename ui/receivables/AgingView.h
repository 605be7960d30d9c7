#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTableView;

namespace dd {

class AgingTableModel;
class ViewRefresh;
class Session;

// The aged receivables tab: as of a chosen date (today by default), the open amounts by bucket
// per currency (the totals) and per customer. The report is computed only when the tab is shown
// and something changed, so opening a large database does not wait for it.
class AgingView : public QWidget
{
    Q_OBJECT
public:
    explicit AgingView(QWidget *parent = nullptr);

    // Marks the report stale; it is computed again when the tab is next visible.
    void setSession(Session *session);
    void setAsOf(const QDate &asOf);
    QDate asOf() const;
    // Computes the report now if it is stale.
    void refreshIfStale();
    void refresh();

    AgingTableModel *currencyModel() const { return m_byCurrency; }
    AgingTableModel *customerModel() const { return m_byCustomer; }

signals:
    void loadFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitColumns(QTableView *view) const;

    Session *m_session = nullptr;
    ViewRefresh *m_refresh;
    bool m_stale = true;
    QDateEdit *m_asOf;
    QLabel *m_summary;
    AgingTableModel *m_byCurrency;
    AgingTableModel *m_byCustomer;
    QTableView *m_currencyTable;
    QTableView *m_customerTable;
};

} // namespace dd
