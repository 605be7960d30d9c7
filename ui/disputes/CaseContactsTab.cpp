#include "CaseContactsTab.h"

#include "CaseWidgets.h"
#include "DisputeCaseView.h"
#include "DisputeEditor.h"
#include "common/DateEdits.h"
#include "common/UiLocale.h"
#include "disputes/undo/DisputeCommandFactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {

CaseContactsTab::CaseContactsTab(DisputeEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("contactsTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_contacts = CaseWidgets::listTree(this, "contactsList",
                                       {DisputeCaseView::tr("Date"), DisputeCaseView::tr("Channel"), DisputeCaseView::tr("Direction"),
                                        DisputeCaseView::tr("Summary")});
    layout->addWidget(m_contacts, 1);
    auto *row = new QHBoxLayout;
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("contactDate"));
    m_date->setCalendarPopup(true);
    DateEdits::limitToAcceptedRange(m_date);
    m_date->setDisplayFormat(UiLocale::languageCode() == u"nl" ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("contactChannel"));
    for (Channel channel : {Channel::Phone, Channel::Email, Channel::Letter, Channel::Portal, Channel::Visit, Channel::SocialMedia})
        m_channel->addItem(DisputeCodes::channelName(channel), int(channel));
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("contactDirection"));
    m_direction->addItem(DisputeCaseView::tr("From the customer"), int(ContactDirection::Inbound));
    m_direction->addItem(DisputeCaseView::tr("To the customer"), int(ContactDirection::Outbound));
    m_summary = CaseWidgets::lineEdit(this, "contactSummary");
    m_summary->setPlaceholderText(DisputeCaseView::tr("What was said"));
    m_summary->setMinimumWidth(180);
    // A consumer case may go the legal way only after the statutory 14-day letter (art. 6:96 lid 6
    // BW); sent by post outside DisputeDesk, it is recorded here as that letter.
    m_fourteenDay = new QCheckBox(DisputeCaseView::tr("14-day letter"), this);
    m_fourteenDay->setObjectName(QStringLiteral("contactFourteenDay"));
    m_fourteenDay->setToolTip(DisputeCaseView::tr("This letter to the customer was the statutory 14-day letter (art. 6:96 lid 6 BW)"));
    m_add = new QPushButton(DisputeCaseView::tr("Log contact"), this);
    m_add->setObjectName(QStringLiteral("addContactButton"));
    row->addWidget(m_date);
    row->addWidget(m_channel);
    row->addWidget(m_direction);
    row->addWidget(m_summary, 1);
    row->addWidget(m_fourteenDay);
    row->addWidget(m_add);
    layout->addLayout(row);
    m_notice = CaseWidgets::valueLabel(this, "contactNotice");
    m_notice->setStyleSheet(QStringLiteral("color: #7a4b00;"));
    layout->addWidget(m_notice);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CaseContactsTab::updateLetter);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &CaseContactsTab::updateLetter);
    updateLetter();
    connect(m_add, &QPushButton::clicked, this, &CaseContactsTab::saveContact);
    connect(m_summary, &QLineEdit::returnPressed, this, &CaseContactsTab::saveContact);
}

void CaseContactsTab::showDispute(const Dispute &dispute, const QList<ContactLogEntry> &contacts, const GuardResult &allowed)
{
    m_dispute = dispute;
    m_contacts->clear();
    for (const ContactLogEntry &contact : contacts) {
        m_contacts->addTopLevelItem(new QTreeWidgetItem(
            {UiLocale::formatDate(contact.date), DisputeCodes::channelName(contact.channel),
             contact.direction == ContactDirection::Inbound ? DisputeCaseView::tr("From the customer") : DisputeCaseView::tr("To the customer"),
             contact.letterKind == u"fourteen-day" ? DisputeCaseView::tr("14-day letter: %1").arg(contact.summary) : contact.summary}));
    }
    CaseWidgets::fitColumns(m_contacts);
    CaseWidgets::allow(m_add, allowed);
}

void CaseContactsTab::clear()
{
    m_dispute.reset();
    m_contacts->clear();
    m_add->setEnabled(false);
}

void CaseContactsTab::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void CaseContactsTab::focusSummary()
{
    m_summary->setFocus();
}

ContactLogEntry CaseContactsTab::entry() const
{
    ContactLogEntry entry;
    entry.date = IsoDate::fromQDate(m_date->date());
    entry.channel = Channel(m_channel->currentData().toInt());
    entry.direction = ContactDirection(m_direction->currentData().toInt());
    entry.summary = m_summary->text().trimmed();
    if (m_fourteenDay->isChecked())
        entry.letterKind = QStringLiteral("fourteen-day");
    return entry;
}

void CaseContactsTab::updateLetter()
{
    const ContactLogEntry contact = entry();
    const bool letterOut = contact.channel == Channel::Letter && contact.direction == ContactDirection::Outbound;
    m_fourteenDay->setEnabled(letterOut);
    if (!letterOut)
        m_fourteenDay->setChecked(false);
    // Said before the contact is logged: a sent letter stays sent, whatever is undone.
    const QString notice = DisputeCommandFactory::notice(contact);
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void CaseContactsTab::saveContact()
{
    if (!m_dispute)
        return;
    QString failure;
    const auto make = [&](const DisputeCommandFactory &factory) { return factory.addContact(*m_dispute, entry()); };
    if (!m_editor->perform(make, &failure)) {
        emit message(failure);
        return;
    }
    emit message(QString());
    m_summary->clear();
    m_fourteenDay->setChecked(false);
}

} // namespace dd
