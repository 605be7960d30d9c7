#include "ExchangeRateTableModel.h"

#include "common/UiLocale.h"

namespace dd {

ExchangeRateTableModel::ExchangeRateTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExchangeRateTableModel::setRates(QList<ExchangeRate> rates)
{
    beginResetModel();
    m_rates = std::move(rates);
    endResetModel();
}

int ExchangeRateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rates.size());
}

int ExchangeRateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeRateTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rates.size())
        return {};
    const ExchangeRate &rate = m_rates.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == PerEur ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Currency: return rate.currency;
    case RateDate: return UiLocale::formatDate(rate.date);
    case PerEur: return rate.rateText(UiLocale::numberStyle());
    case Source: return rate.source == ExchangeRate::enteredSource() ? tr("entered") : rate.source;
    }
    return {};
}

QVariant ExchangeRateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Currency: return tr("Currency");
    case RateDate: return tr("Date");
    case PerEur: return tr("Units per euro");
    case Source: return tr("Source");
    }
    return {};
}

} // namespace dd
