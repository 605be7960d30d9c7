#include "ProactiveWarningsView.h"

#include "common/UiLocale.h"
#include "disputes/DisputeSettings.h"
#include "disputes/ProactiveWarnings.h"
#include "session/Session.h"
#include "storage/StorageError.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {

namespace {
constexpr int ProductIdRole = Qt::UserRole + 1;
}

ProactiveWarningsView::ProactiveWarningsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("proactiveWarnings"));
    m_summary->setObjectName(QStringLiteral("proactiveSummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("proactiveTree"));
    m_tree->setAccessibleName(tr("Products with repeated complaints"));
    m_tree->setHeaderLabels({tr("Product / customer to contact"), tr("E-mail"), tr("Last purchase")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &ProactiveWarningsView::loadCustomers);
}

void ProactiveWarningsView::setSession(Session *session)
{
    m_session = session;
    if (m_session && !m_asOf.isValid())
        m_asOf = m_session->asOf();
    refresh();
}

void ProactiveWarningsView::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    refresh();
}

void ProactiveWarningsView::refresh()
{
    m_tree->clear();
    m_count = 0;
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
    for (const CustomerAtRisk &customer : customers)
        rows << new QTreeWidgetItem({QStringLiteral("%1  %2").arg(customer.number, customer.name), customer.email,
                                     UiLocale::formatDate(customer.lastPurchase)});
    product->addChildren(rows);
    product->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    product->setText(0, tr("%1; %2 others bought it").arg(product->text(0), UiLocale::formatCount(customers.size())));
    product->setToolTip(0, QString());
    m_tree->resizeColumnToContents(1);
}

} // namespace dd
