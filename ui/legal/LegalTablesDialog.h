#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace dd {

class Session;

// Settings page of the legal tables: the statutory interest rates and court fees the program
// uses, i.e. the shipped periods (with their source and "to verify" marks) and those the user
// added, and a form to add an interest period when the government publishes a new rate. Added
// periods are stored in the database (LegalTableRepository) and lie over the shipped ones.
//
// `session` (may be null: nothing can be added) must outlive the dialog.
class LegalTablesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LegalTablesDialog(Session *session, QWidget *parent = nullptr);

    // Added periods go on `stack`, and its Undo/Redo buttons take one back (the tables follow).
    void setUndoStack(QUndoStack *stack);

    // Stores the period in the form; false (with the reason shown) when it is not valid.
    bool addInterestPeriod();
    void reload();

signals:
    // A period was stored: open calculators keep their old tables until reopened.
    void tablesChanged();

private:
    Session *m_session;
    QUndoStack *m_undo = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTableWidget *m_rates;
    QTableWidget *m_fees;
    QLabel *m_source;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QLineEdit *m_rate;
    QLineEdit *m_periodSource;
    QPushButton *m_add;
    QLabel *m_message;
};

} // namespace dd
