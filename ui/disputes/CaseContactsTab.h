#pragma once

#include "disputes/ContactLogEntry.h"
#include "disputes/Dispute.h"
#include "disputes/DisputeWorkflow.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDate;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace dd {

class DisputeEditor;

// The contact log of a dispute case and the row that logs a new contact through the editor. A
// letter we sent cannot be unsent: the row says so while such a contact is being logged.
class CaseContactsTab : public QWidget
{
    Q_OBJECT
public:
    CaseContactsTab(DisputeEditor *editor, QWidget *parent = nullptr);

    // `allowed`: whether the workflow lets a contact be logged now, and if not, why.
    void showDispute(const Dispute &dispute, const QList<ContactLogEntry> &contacts, const GuardResult &allowed);
    void clear();
    // The date a new contact gets unless changed.
    void setDate(const QDate &date);
    void focusSummary();

signals:
    // Why an edit was refused; empty when it was made.
    void message(const QString &error);

private:
    ContactLogEntry entry() const;
    void updateLetter();
    void saveContact();

    DisputeEditor *m_editor;
    std::optional<Dispute> m_dispute;

    QTreeWidget *m_contacts;
    QDateEdit *m_date;
    QComboBox *m_channel;
    QComboBox *m_direction;
    QLineEdit *m_summary;
    QCheckBox *m_fourteenDay;
    QPushButton *m_add;
    QLabel *m_notice;
};

} // namespace dd
