#include "DunningHistoryDialog.h"

#include "session/Session.h"

#include "common/ScreenFit.h"
#include "common/UiLocale.h"
#include "customers/CustomerContactRepository.h"
#include "customers/CustomerRepository.h"
#include "dunning/DunningHistory.h"
#include "dunning/DunningSettings.h"
#include "invoices/InvoiceRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {

namespace {
QTableWidget *makeTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setCell(QTableWidget *table, int row, int column, const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

QString optionalMoney(const std::optional<Money> &money)
{
    return money ? UiLocale::formatMoney(*money) : QString();
}
} // namespace

DunningHistoryDialog::DunningHistoryDialog(Session &session, Subject subject, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("dunningHistoryDialog"));
    m_title->setObjectName(QStringLiteral("dunningHistoryTitle"));
    m_title->setWordWrap(true);
    for (const DunningLevel &level : m_session.dunningSettings().levels())
        m_levelNames.append({level.code, level.name});
    const DunningHistory &history = m_session.dunningHistory();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);

    if (subject == Subject::Customer) {
        const auto customer = m_session.customerRepository().findById(id);
        const QString name = customer ? customer->number + QStringLiteral(" ") + customer->name : QString::number(id);
        setWindowTitle(tr("Dunning History: %1").arg(name));
        const QList<DunningLetterRecord> letters = history.forCustomer(id);
        QString title = tr("%n letter(s) and hand-over file(s) sent to %1, newest first.", nullptr, int(letters.size())).arg(name);
        if (customer && m_session.dunningSettings().doNotDun(id))
            title += QLatin1Char(' ') + tr("The customer is marked \"do not dun\".");
        m_title->setText(title);
        m_table = makeTable({tr("Date"), tr("Level"), tr("Invoices"), tr("Total"), tr("Interest"), tr("Costs"),
                             tr("Costs from"), tr("File")},
                            QStringLiteral("dunningHistoryTable"), this);
        m_table->setRowCount(int(letters.size()));
        for (int row = 0; row < letters.size(); ++row) {
            const DunningLetterRecord &letter = letters.at(row);
            setCell(m_table, row, 0, UiLocale::formatDate(letter.letterDate));
            m_table->item(row, 0)->setData(Qt::UserRole, letter.id);
            setCell(m_table, row, 1, levelName(letter.levelCode));
            setCell(m_table, row, 2, QString::number(letter.invoices), true);
            setCell(m_table, row, 3, UiLocale::formatMoney(letter.total), true);
            setCell(m_table, row, 4, letter.interest ? UiLocale::formatMoney(*letter.interest) : letter.interestNote.isEmpty() ? QString() : tr("not available"), true);
            setCell(m_table, row, 5, letter.costs ? UiLocale::formatMoney(*letter.costs + letter.costsVat.value_or(Money::zero(letter.costs->currency()))) : QString(), true);
            setCell(m_table, row, 6, letter.costsChargeableFrom ? UiLocale::formatDate(*letter.costsChargeableFrom) : QString());
            setCell(m_table, row, 7, letter.fileName);
        }
        m_invoices = makeTable({tr("Invoice"), tr("Level after"), tr("Moved up"), tr("Open"), tr("Days overdue"), tr("Interest")},
                               QStringLiteral("dunningHistoryInvoices"), this);
        // The level's name takes the room; the amounts stay by their numbers.
        m_invoices->horizontalHeader()->setStretchLastSection(false);
        m_invoices->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        // The contact log outside dispute cases: a case's own contacts stay on the case, since
        // its invoices are on hold and its letters are not dunning.
        const QList<CustomerContact> contacts = m_session.customerContactRepository().forCustomer(id);
        auto *contactPane = new QWidget(this);
        auto *contactLayout = new QVBoxLayout(contactPane);
        contactLayout->setContentsMargins(0, 0, 0, 0);
        auto *contactTitle = new QLabel(tr("Contacts (%n):", nullptr, int(contacts.size())), contactPane);
        contactTitle->setObjectName(QStringLiteral("dunningHistoryContactsTitle"));
        m_contacts = makeTable({tr("Date"), tr("Channel"), tr("Direction"), tr("Summary")},
                               QStringLiteral("dunningHistoryContacts"), contactPane);
        contactTitle->setBuddy(m_contacts);
        m_contacts->setRowCount(int(contacts.size()));
        for (int row = 0; row < contacts.size(); ++row) {
            const CustomerContact &contact = contacts.at(row);
            setCell(m_contacts, row, 0, UiLocale::formatDate(contact.date));
            m_contacts->item(row, 0)->setData(Qt::UserRole, contact.id);
            setCell(m_contacts, row, 1, DisputeCodes::channelName(contact.channel));
            setCell(m_contacts, row, 2, contact.direction == ContactDirection::Inbound ? tr("From the customer") : tr("To the customer"));
            setCell(m_contacts, row, 3, contact.summary);
        }
        m_contacts->resizeColumnsToContents();
        contactLayout->addWidget(contactTitle);
        contactLayout->addWidget(m_contacts);
        auto *splitter = new QSplitter(Qt::Vertical, this);
        splitter->addWidget(m_table);
        splitter->addWidget(m_invoices);
        splitter->addWidget(contactPane);
        layout->addWidget(splitter, 1);
        connect(m_table, &QTableWidget::currentCellChanged, this, &DunningHistoryDialog::showLetterInvoices);
        if (!letters.isEmpty())
            m_table->setCurrentCell(0, 0);
    } else {
        const auto invoice = m_session.invoiceRepository().findById(id);
        const QString number = invoice ? invoice->number : QString::number(id);
        setWindowTitle(tr("Dunning History: %1").arg(number));
        const QList<DunningInvoiceRecord> records = history.forInvoice(id);
        // The level an invoice reached is the highest level it moved up to.
        int reached = 0;
        for (const DunningInvoiceRecord &record : records)
            reached = std::max(reached, record.level);
        const QList<DunningLevel> levels = m_session.dunningSettings().levels();
        const QString reachedName = reached > 0 && reached <= levels.size() ? levels.at(reached - 1).name : tr("none");
        m_title->setText(records.isEmpty()
                             ? tr("Invoice %1 has not been in a dunning letter.").arg(number)
                             : tr("Invoice %1 was in %n letter(s); the level it reached: %2.", nullptr, int(records.size()))
                                   .arg(number, reachedName));
        m_table = makeTable({tr("Date"), tr("Letter"), tr("Invoice level after"), tr("Moved up"), tr("Open"), tr("Days overdue"),
                             tr("Interest"), tr("File")},
                            QStringLiteral("dunningHistoryTable"), this);
        m_table->setRowCount(int(records.size()));
        for (int row = 0; row < records.size(); ++row) {
            const DunningInvoiceRecord &record = records.at(row);
            setCell(m_table, row, 0, UiLocale::formatDate(record.letterDate));
            setCell(m_table, row, 1, levelName(record.levelCode));
            setCell(m_table, row, 2, record.level > 0 && record.level <= levels.size() ? levels.at(record.level - 1).name : tr("none"));
            setCell(m_table, row, 3, record.movedUp ? tr("yes") : tr("no, listed"));
            setCell(m_table, row, 4, UiLocale::formatMoney(record.open), true);
            setCell(m_table, row, 5, QString::number(record.daysOverdue), true);
            setCell(m_table, row, 6, optionalMoney(record.interest), true);
            setCell(m_table, row, 7, record.fileName);
        }
        layout->addWidget(m_table, 1);
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dunningHistoryButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(860, subject == Subject::Customer ? 640 : 360));
}

QString DunningHistoryDialog::levelName(const QString &code) const
{
    for (const auto &[levelCode, name] : m_levelNames) {
        if (levelCode == code)
            return name;
    }
    return code;
}

void DunningHistoryDialog::showLetterInvoices()
{
    m_invoices->setRowCount(0);
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    const qint64 letterId = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QList<DunningInvoiceRecord> records = m_session.dunningHistory().invoicesOf(letterId);
    const QList<DunningLevel> levels = m_session.dunningSettings().levels();
    m_invoices->setRowCount(int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        const DunningInvoiceRecord &record = records.at(i);
        setCell(m_invoices, i, 0, record.invoiceNumber);
        setCell(m_invoices, i, 1, record.level > 0 && record.level <= levels.size() ? levels.at(record.level - 1).name : tr("none"));
        setCell(m_invoices, i, 2, record.movedUp ? tr("yes") : tr("no, listed"));
        setCell(m_invoices, i, 3, UiLocale::formatMoney(record.open), true);
        setCell(m_invoices, i, 4, QString::number(record.daysOverdue), true);
        setCell(m_invoices, i, 5, optionalMoney(record.interest), true);
    }
    m_invoices->resizeColumnsToContents();
}

} // namespace dd
