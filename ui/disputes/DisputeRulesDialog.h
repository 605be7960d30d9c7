#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QUndoStack;

namespace dd {

class Session;

// Settings ▸ Dispute Rules: the response time promised on a new case and when a product counts as
// repeatedly complained about (DisputeSettings), stored in the database for the whole team.
class DisputeRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DisputeRulesDialog(Session &session, QWidget *parent = nullptr);

    // Saves go on `stack`, and its Undo/Redo buttons take a saved change back (the fields follow).
    void setUndoStack(QUndoStack *stack);

    void accept() override;

private:
    void showRules();

    Session &m_session;
    QUndoStack *m_undo = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QSpinBox *m_responseDays;
    QSpinBox *m_warningCustomers;
    QSpinBox *m_warningDays;
    QLabel *m_error;
};

} // namespace dd
