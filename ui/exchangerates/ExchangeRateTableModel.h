#pragma once

#include "exchangerates/ExchangeRate.h"

#include <QAbstractTableModel>
#include <QList>

namespace dd {

// The euro reference rates as a list: currency, date, units per euro, source. The rates are held
// in memory (the ECB's whole history since 1999 is some 200,000 small rows); the dialog reads them.
class ExchangeRateTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Currency, RateDate, PerEur, Source, ColumnCount };

    explicit ExchangeRateTableModel(QObject *parent = nullptr);

    void setRates(QList<ExchangeRate> rates);
    const ExchangeRate &rateAt(int row) const { return m_rates.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ExchangeRate> m_rates;
};

} // namespace dd
