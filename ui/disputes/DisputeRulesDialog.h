#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;

namespace dd {

class Session;

// Settings ▸ Dispute Rules: the response time promised on a new case and when a product counts as
// repeatedly complained about (DisputeSettings), stored in the database for the whole team.
class DisputeRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DisputeRulesDialog(Session &session, QWidget *parent = nullptr);

    void accept() override;

private:
    Session &m_session;
    QSpinBox *m_responseDays;
    QSpinBox *m_warningCustomers;
    QSpinBox *m_warningDays;
    QLabel *m_error;
};

} // namespace dd
