#pragma once

#include "DunningHistoryDialog.h"

#include <QObject>
#include <QPointer>

namespace dd {

class DoNotDunEditor;
class DunningView;

// What the Dunning area does about a customer or invoice rather than its letter: the dunning
// history, and the "do not dun" mark. Split from DunningView, which keeps the preview and the run.
class DunningCustomerActions : public QObject
{
    Q_OBJECT
public:
    explicit DunningCustomerActions(DunningView *view);

    // The history of the current customer, or of the current invoice when an invoice is current.
    void showHistory();
    // The history of any customer or invoice.
    void showHistoryFor(DunningHistoryDialog::Subject subject, qint64 id);
    DunningHistoryDialog *historyDialog() const;
    // The database changes: an open history belongs to the old one.
    void closeHistory();

    // Marks the current customer "do not dun" or lifts the mark, and makes the preview again,
    // keeping the customer in view.
    void toggleDoNotDun();
    // The same for any customer. False (and failed) when it cannot be stored.
    bool setDoNotDun(qint64 customerId, bool doNotDun);
    void setDoNotDunEditor(DoNotDunEditor *editor) { m_doNotDunEditor = editor; }

signals:
    void failed(const QString &message);
    void doNotDunChanged(qint64 customerId, bool doNotDun);

private:
    void selectCustomer(qint64 customerId);

    DunningView *m_view;
    QPointer<DunningHistoryDialog> m_history;
    DoNotDunEditor *m_doNotDunEditor = nullptr;
};

} // namespace dd
