#include "StoredLineVat.h"

#include "documents/DocumentFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <utility>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::StoredLineVat", text);
}
} // namespace

qsizetype StoredLineVat::apply(QList<InvoiceLine> &lines, const std::vector<std::optional<Money>> &given, QString *why)
{
    struct Group
    {
        qint64 computed = 0;
        qint64 stated = 0;
        qint64 lines = 0;
        qsizetype firstStated = -1;
        qint64 largestMove = 0; // the most one stated line differs from its own VAT
    };
    std::map<std::pair<QString, int>, Group> groups;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const InvoiceLine &line = lines.at(i);
        Group &group = groups[{line.vatTreatment.categoryFor(line.vatRateBasisPoints), line.vatRateBasisPoints}];
        const bool stated = size_t(i) < given.size() && given[size_t(i)];
        group.computed += line.vat.cents();
        group.stated += stated ? given[size_t(i)]->cents() : line.vat.cents();
        ++group.lines;
        if (stated && group.firstStated < 0)
            group.firstStated = i;
        if (stated)
            group.largestMove = std::max(group.largestMove, std::abs(given[size_t(i)]->cents() - line.vat.cents()));
    }
    for (const auto &[key, group] : groups) {
        // Each line's VAT is rounded on its own, so the group's sum and the VAT of its total are
        // less than a cent a line apart; the import puts that difference on one line.
        if (group.firstStated >= 0 && (std::abs(group.stated - group.computed) > group.lines || group.largestMove > group.lines)) {
            if (why) {
                const QString &currency = lines.at(group.firstStated).unitPrice.currency();
                *why = tr("line_vat: the lines of VAT category %1 at %2 state VAT %3 where their rate gives %4; they may "
                          "differ by the rounding of their category, at most a cent a line")
                           .arg(key.first, DocumentFormat::rate(key.second, Language::English),
                                Money(group.stated, currency).toPlain(), Money(group.computed, currency).toPlain());
            }
            return group.firstStated;
        }
    }
    for (qsizetype i = 0; i < lines.size() && size_t(i) < given.size(); ++i) {
        if (given[size_t(i)])
            lines[i].vat = *given[size_t(i)];
    }
    return -1;
}

} // namespace dd
