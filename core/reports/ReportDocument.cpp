#include "ReportDocument.h"

namespace dd {

void ReportTable::column(const QString &header, const QString &csvHeader, bool right)
{
    headers << header;
    csvHeaders << csvHeader;
    rightAligned << right;
}

void ReportTable::row(const QList<std::pair<QString, QString>> &cells)
{
    QStringList printed;
    QStringList plain;
    for (const auto &[shown, value] : cells) {
        printed << shown;
        plain << value;
    }
    rows << printed;
    csvRows << plain;
}

} // namespace dd
