#pragma once

#include "importers/BankReconciler.h"
#include "importers/undo/BankMatchEdits.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace dd {

class BankMatchTableModel;
class Session;
class ViewRefresh;

// The Bank area: imports CAMT.053 statements and lists what the core (BankReconciler) makes of
// their credits. Proposals come with a tick box, ticked when they score at least the threshold;
// "Book ticked" books them in one transaction as payments with allocations. Entries nothing was
// found for stay in their own list, from every statement imported so far, until the user names
// the invoice(s) by hand; a wrong proposal can be rejected. What the reconciler finds and what the
// user rejected are read back from the database, so the lists survive closing the program;
// matches made by hand are work in progress and last until booked or the database changes.
//
// The ticks and the matches made by hand are undoable steps on the area's own stack (Edit ▸ Undo
// on the Bank tab); booking is not: it is confirmed first.
class BankReconciliationView : public QWidget, private BankMatchEdits
{
    Q_OBJECT
public:
    static constexpr int defaultThreshold = 75;

    explicit BankReconciliationView(QWidget *parent = nullptr);

    // The view reads through the session until it is given another (nullptr: none), and reads
    // again after a commit that changes what it lists (statements, invoices, payments, credit
    // notes, customers), wherever it was made. Matches made by hand survive that reading until
    // their entry is booked; a new session drops them.
    void setSession(Session *session);
    // Imports the statement and lists its credits with the other unbooked ones; false (and the
    // problem, file:line:column, in the message line) when the file is refused.
    bool importStatement(const QString &path);
    // Asks for a statement file and imports it.
    void chooseStatement();
    // Books the ticked proposals; false (nothing booked) when the core refuses one.
    bool bookTicked();
    // Matches the selected unmatched entry to the invoice numbers typed; it moves to the proposals, ticked.
    bool matchSelected(const QString &invoiceNumbers);
    // The selected proposal is wrong: a match made by hand is taken back; a proposal of the
    // reconciler is rejected for good (BankReconciler::reject) and the entry gets its next best
    // proposal or joins the unmatched entries. Delete in the proposals does the same.
    bool rejectSelected();
    void reload();

    BankMatchTableModel *proposals() const { return m_proposals; }
    BankMatchTableModel *unmatched() const { return m_unmatched; }
    QTableView *proposalView() const { return m_proposalView; }
    QTableView *unmatchedView() const { return m_unmatchedView; }
    QString message() const;
    // The steps before booking: ticks and matches by hand. Emptied when they are booked or
    // another database is opened.
    QUndoStack *undoStack() const { return m_undo; }
    // Asked before booking with the number of ticked entries; true books them. By default a
    // question box that says booking cannot be undone here.
    void setBookingConfirmer(std::function<bool(int count)> confirmer) { m_confirmBooking = std::move(confirmer); }

signals:
    // Payments were booked: invoice lists and totals must be read again.
    void booked(qint64 payments);
    void loadFailed(const QString &message);

private:
    void showMessage(const QString &text, bool problem = false);
    void updateButtons();
    static QString numbersOf(const BankMatch &match);
    bool isIncluded(qint64 entryId) const override;
    void setIncluded(qint64 entryId, bool included) override;
    std::optional<BankMatch> byHand(qint64 entryId) const override;
    void setByHand(qint64 entryId, const std::optional<BankMatch> &match) override;

    Session *m_session = nullptr;
    ViewRefresh *m_refresh;
    BankMatchTableModel *m_proposals;
    BankMatchTableModel *m_unmatched;
    QHash<qint64, BankMatch> m_byHand; // entry id -> the match the user made, until booked
    QSpinBox *m_threshold;
    QPushButton *m_import;
    QPushButton *m_book;
    QPushButton *m_reject;
    QLabel *m_proposalSummary;
    QTableView *m_proposalView;
    QTableView *m_unmatchedView;
    QLineEdit *m_manualInvoice;
    QPushButton *m_match;
    QLabel *m_message;
    QUndoStack *m_undo;
    std::function<bool(int count)> m_confirmBooking;
};

} // namespace dd
