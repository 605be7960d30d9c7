#pragma once

#include <QWidget>

class QDate;
class QLabel;

namespace dd {

struct Dispute;

// The top of a dispute case: its number and step, and what the customer disputes, when it came
// in and when an answer was promised (marked when that is overdue).
class CaseHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CaseHeader(QWidget *parent = nullptr);

    // `asOf` decides whether the promised answer is late.
    void showDispute(const Dispute &dispute, const QDate &asOf);
    void clear();

private:
    QLabel *m_title;
    QLabel *m_step;
    QLabel *m_customer;
    QLabel *m_invoices;
    QLabel *m_reason;
    QLabel *m_channel;
    QLabel *m_received;
    QLabel *m_promised;
    QLabel *m_disputed;
    QLabel *m_assignee;
};

} // namespace dd
