#include "ProactiveWarningsView.h"

#include "common/UiLocale.h"
#include "disputes/ProactiveWarnings.h"
#include "storage/StorageError.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {

ProactiveWarningsView::ProactiveWarningsView(QWidget *parent)
    : QWidget(parent)
    , m_asOf(QDate::currentDate())
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
}

void ProactiveWarningsView::setDatabase(Database *database)
{
    m_database = database;
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
    if (!m_database) {
        m_summary->clear();
        return;
    }
    std::vector<ProductWarning> warnings;
    try {
        warnings = ProactiveWarnings(*m_database).compute(IsoDate::fromQDate(m_asOf));
    } catch (const StorageError &error) {
        emit loadFailed(error.message());
    }
    m_count = int(warnings.size());
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const ProductWarning &warning : warnings) {
        auto *product = new QTreeWidgetItem(m_tree, {tr("%1 %2 — complaints from %3 customers; %4 others bought it")
                                                         .arg(warning.productCode, warning.productName,
                                                              UiLocale::formatCount(warning.complainingCustomers),
                                                              UiLocale::formatCount(warning.otherCustomers.size()))});
        product->setFont(0, bold);
        product->setFirstColumnSpanned(true);
        for (const CustomerAtRisk &customer : warning.otherCustomers)
            new QTreeWidgetItem(product, {QStringLiteral("%1  %2").arg(customer.number, customer.name), customer.email,
                                          UiLocale::formatDate(customer.lastPurchase)});
    }
    m_summary->setText(warnings.empty()
                           ? tr("No product drew complaints from three or more customers in the last 90 days.")
                           : tr("Warn these customers before they complain: they bought a product that several others disputed in the last 90 days."));
    m_tree->resizeColumnToContents(1);
    m_tree->header()->resizeSection(0, std::max(260, m_tree->header()->sectionSize(0)));
}

} // namespace dd
