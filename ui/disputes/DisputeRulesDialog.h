#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;

namespace dd {

class Database;

// Settings ▸ Dispute Rules: the response time promised on a new case and when a product counts as
// repeatedly complained about (DisputeSettings), stored in the database for the whole team.
class DisputeRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DisputeRulesDialog(Database &database, QWidget *parent = nullptr);

    void accept() override;

private:
    Database &m_database;
    QSpinBox *m_responseDays;
    QSpinBox *m_warningCustomers;
    QSpinBox *m_warningDays;
    QLabel *m_error;
};

} // namespace dd
