#include "ProactiveWarningsView.h"

#include "common/Error.h"
#include "common/FileDialogs.h"
#include "common/UiLocale.h"
#include "disputes/DisputeSettings.h"
#include "disputes/ProactiveWarnings.h"
#include "disputes/ProductWarningContacts.h"
#include "session/Session.h"
#include "storage/StorageError.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {

namespace {
constexpr int ProductIdRole = Qt::UserRole + 1;
constexpr int CustomerIdRole = Qt::UserRole + 2;
}

ProactiveWarningsView::ProactiveWarningsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_export(new QPushButton(tr("Export Customers to Contact…"), this))
    , m_markWarned(new QPushButton(tr("Mark as Warned…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("proactiveWarnings"));
    m_summary->setObjectName(QStringLiteral("proactiveSummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("proactiveTree"));
    m_tree->setAccessibleName(tr("Products with repeated complaints"));
    m_tree->setHeaderLabels({tr("Product / customer to contact"), tr("E-mail"), tr("Last purchase")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_export->setObjectName(QStringLiteral("exportWarningContacts"));
    m_export->setToolTip(tr("The customers to contact of the selected products, or of all products, as a CSV file"));
    m_markWarned->setObjectName(QStringLiteral("markWarned"));
    m_markWarned->setToolTip(tr("Records in each customer's contact log that they were warned"));
    m_status->setObjectName(QStringLiteral("proactiveStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_markWarned);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &ProactiveWarningsView::loadCustomers);
    connect(m_export, &QPushButton::clicked, this, &ProactiveWarningsView::exportChosen);
    connect(m_markWarned, &QPushButton::clicked, this, &ProactiveWarningsView::confirmMarkWarned);
}

void ProactiveWarningsView::setSession(Session *session)
{
    m_session = session;
    if (m_session && !m_asOf.isValid())
        m_asOf = m_session->asOf();
}

void ProactiveWarningsView::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
}

void ProactiveWarningsView::refresh()
{
    m_tree->clear();
    m_count = 0;
    m_warnings.clear();
    if (!m_session) {
        m_summary->clear();
        return;
    }
    std::vector<ProductWarning> warnings;
    try {
        m_rules = m_session->disputeSettings().rules();
        warnings = m_session->proactiveWarnings().compute(IsoDate::fromQDate(m_asOf), m_rules.warningMinimumCustomers,
                                                          m_rules.warningWindowDays);
    } catch (const StorageError &error) {
        emit loadFailed(error.message());
    }
    m_count = int(warnings.size());
    m_warnings = warnings;
    m_export->setEnabled(!warnings.empty());
    m_markWarned->setEnabled(!warnings.empty());
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const ProductWarning &warning : warnings) {
        auto *product = new QTreeWidgetItem(m_tree, {tr("%1 %2 — complaints from %3 customers")
                                                         .arg(warning.productCode, warning.productName,
                                                              UiLocale::formatCount(warning.complainingCustomers))});
        product->setData(0, ProductIdRole, warning.productId);
        product->setFont(0, bold);
        product->setFirstColumnSpanned(true);
        product->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        product->setToolTip(0, tr("Expand to list the other customers who bought it"));
    }
    m_summary->setText(warnings.empty()
                           ? tr("No product drew complaints from %1 or more customers in the last %2 days.")
                                 .arg(m_rules.warningMinimumCustomers)
                                 .arg(m_rules.warningWindowDays)
                           : tr("Several customers disputed these products in the last %1 days. Expand a product to list the other "
                                "customers who bought it, and warn them before they complain.")
                                 .arg(m_rules.warningWindowDays));
    m_tree->resizeColumnToContents(1);
    m_tree->header()->resizeSection(0, std::max(260, m_tree->header()->sectionSize(0)));
}

void ProactiveWarningsView::loadCustomers(QTreeWidgetItem *product)
{
    if (!m_session || product->parent() || product->childCount() > 0)
        return;
    QList<CustomerAtRisk> customers;
    try {
        customers = m_session->proactiveWarnings()
                        .customersToContact(product->data(0, ProductIdRole).toLongLong(), IsoDate::fromQDate(m_asOf),
                                            m_rules.warningWindowDays);
    } catch (const StorageError &error) {
        emit loadFailed(error.message());
        return;
    }
    QList<QTreeWidgetItem *> rows;
    rows.reserve(customers.size());
    for (const CustomerAtRisk &customer : customers) {
        rows << new QTreeWidgetItem({QStringLiteral("%1  %2").arg(customer.number, customer.name), customer.email,
                                     UiLocale::formatDate(customer.lastPurchase)});
        rows.last()->setData(0, CustomerIdRole, customer.customerId);
    }
    product->addChildren(rows);
    product->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    product->setText(0, tr("%1; %2 others bought it").arg(product->text(0), UiLocale::formatCount(customers.size())));
    product->setToolTip(0, QString());
    m_tree->resizeColumnToContents(1);
    // The customers' names whole where the room allows (the product rows span every column and
    // do not count), at most half the list so that the e-mail and the date stay in view.
    int widest = 0;
    for (const QTreeWidgetItem *row : std::as_const(rows))
        widest = std::max(widest, m_tree->fontMetrics().horizontalAdvance(row->text(0)));
    const int wanted = std::min(widest + 2 * m_tree->indentation() + 12, m_tree->viewport()->width() / 2);
    if (wanted > m_tree->header()->sectionSize(0))
        m_tree->header()->resizeSection(0, wanted);
}

std::vector<ProductWarning> ProactiveWarningsView::chosenWarnings() const
{
    // A selected product stands for all its customers; selected customer rows for just those (of
    // that product), so "Mark as Warned" on one customer marks that one.
    QSet<qint64> wholeProducts;
    QHash<qint64, QSet<qint64>> customersOf;
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    for (const QTreeWidgetItem *item : items) {
        const QTreeWidgetItem *product = item->parent() ? item->parent() : item;
        const qint64 productId = product->data(0, ProductIdRole).toLongLong();
        if (item->parent())
            customersOf[productId].insert(item->data(0, CustomerIdRole).toLongLong());
        else
            wholeProducts.insert(productId);
    }
    std::vector<ProductWarning> chosen;
    for (const ProductWarning &warning : m_warnings) {
        if (items.isEmpty() || wholeProducts.contains(warning.productId) || customersOf.contains(warning.productId))
            chosen.push_back(warning);
    }
    if (m_session)
        m_session->proactiveWarnings().addCustomersToContact(chosen, IsoDate::fromQDate(m_asOf), m_rules.warningWindowDays);
    for (ProductWarning &warning : chosen) {
        const auto only = customersOf.constFind(warning.productId);
        if (only == customersOf.constEnd() || wholeProducts.contains(warning.productId))
            continue;
        warning.otherCustomers.removeIf([&only](const CustomerAtRisk &customer) { return !only->contains(customer.customerId); });
    }
    return chosen;
}

bool ProactiveWarningsView::exportTo(const QString &path)
{
    try {
        const qint64 written = ProductWarningContacts::writeCsv(chosenWarnings(), path);
        showStatus(tr("%n customer(s) to contact written to %1.", "", int(written)).arg(path));
        return true;
    } catch (const Error &error) {
        showStatus(error.message());
        return false;
    }
}

int ProactiveWarningsView::markWarned()
{
    try {
        return record(chosenWarnings());
    } catch (const Error &error) {
        showStatus(error.message());
        return 0;
    }
}

int ProactiveWarningsView::record(const std::vector<ProductWarning> &chosen)
{
    if (!m_session)
        return 0;
    const int marked = m_session->proactiveWarnings().markWarned(chosen, IsoDate::fromQDate(m_asOf));
    showStatus(tr("%n customer(s) marked as warned in their contact log.", "", marked));
    return marked;
}

void ProactiveWarningsView::exportChosen()
{
    const QString path = FileDialogs::saveFileName(this, tr("Export Customers to Contact"),
                                                   tr("customers-to-contact") + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ProactiveWarningsView::confirmMarkWarned()
{
    try {
        // Contacts are append-only: say how many before they are written.
        const std::vector<ProductWarning> chosen = chosenWarnings();
        QSet<qint64> customers;
        for (const ProductWarning &warning : chosen) {
            for (const CustomerAtRisk &customer : warning.otherCustomers)
                customers.insert(customer.customerId);
        }
        const QString question = tr("Record in the contact log of %n customer(s) that they were warned about %1? A "
                                    "contact cannot be removed once recorded.",
                                    "", int(customers.size()))
                                     .arg(tr("%n product(s)", "", int(chosen.size())));
        if (QMessageBox::question(this, tr("Mark as Warned"), question) == QMessageBox::Yes)
            record(chosen);
    } catch (const Error &error) {
        showStatus(error.message());
    }
}

void ProactiveWarningsView::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace dd
