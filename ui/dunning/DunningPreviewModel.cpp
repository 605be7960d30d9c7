#include "DunningPreviewModel.h"

#include "common/UiLocale.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <map>

namespace dd {

DunningPreviewModel::DunningPreviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void DunningPreviewModel::clear()
{
    beginResetModel();
    m_preview = DunningPreview();
    m_nodes.clear();
    m_top.clear();
    m_letterNode.clear();
    m_parts.clear();
    endResetModel();
    emit selectionChanged();
}

void DunningPreviewModel::setPreview(const DunningPreview &preview, const QList<DunningLevel> &levels,
                                     const SelectedPart &selectedPart)
{
    beginResetModel();
    m_preview = preview;
    m_levels = levels;
    m_selectedPart = selectedPart;
    m_nodes.clear();
    m_top.clear();
    m_parts.clear();
    m_letterNode.assign(size_t(m_preview.letters.size()), -1);
    // An unticked letter (a hand-over waits for a human decision) shows its invoices unticked too.
    for (DunningLetterPlan &plan : m_preview.letters) {
        for (DunningInvoiceLine &line : plan.invoices)
            line.selected = line.selected && plan.selected;
        plan.ownText = m_ownTexts.value(ownTextKey(plan));
    }

    auto add = [this](Node node) {
        std::vector<int> &siblings = node.parent < 0 ? m_top : m_nodes[size_t(node.parent)].children;
        node.row = int(siblings.size());
        const int number = int(m_nodes.size());
        siblings.push_back(number);
        m_nodes.push_back(std::move(node));
        return number;
    };
    // Levels in ladder order; within a level the letters keep the preview's order (by customer).
    std::map<int, std::vector<int>> byLevel;
    for (int plan = 0; plan < m_preview.letters.size(); ++plan)
        byLevel[m_preview.letters.at(plan).level.level].push_back(plan);
    for (const auto &[level, plans] : byLevel) {
        const int group = add(Node{Kind::LevelGroup, -1, 0, level, -1, {}});
        for (const int plan : plans) {
            const int letter = add(Node{Kind::Letter, group, 0, plan, -1, {}});
            m_letterNode[size_t(plan)] = letter;
            for (int line = 0; line < m_preview.letters.at(plan).invoices.size(); ++line)
                add(Node{Kind::Invoice, letter, 0, plan, line, {}});
        }
    }
    if (!m_preview.skipped.isEmpty()) {
        const int group = add(Node{Kind::SkippedGroup, -1, 0, 0, -1, {}});
        for (int skip = 0; skip < m_preview.skipped.size(); ++skip)
            add(Node{Kind::Skip, group, 0, skip, -1, {}});
    }
    endResetModel();
    emit selectionChanged();
}

const DunningPreviewModel::Node *DunningPreviewModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

QModelIndex DunningPreviewModel::indexOf(int number, int column) const
{
    if (number < 0 || size_t(number) >= m_nodes.size())
        return QModelIndex();
    return createIndex(m_nodes[size_t(number)].row, column, quintptr(number));
}

DunningPreviewModel::Kind DunningPreviewModel::kind(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n ? n->kind : Kind::LevelGroup;
}

const DunningLetterPlan *DunningPreviewModel::planAt(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n || (n->kind != Kind::Letter && n->kind != Kind::Invoice))
        return nullptr;
    return &m_preview.letters.at(n->item);
}

qint64 DunningPreviewModel::customerIdAt(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return 0;
    if (n->kind == Kind::Skip)
        return m_preview.skipped.at(n->item).customerId;
    const DunningLetterPlan *plan = planAt(index);
    return plan ? plan->customerId : 0;
}

qint64 DunningPreviewModel::invoiceIdAt(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return 0;
    if (n->kind == Kind::Skip)
        return m_preview.skipped.at(n->item).invoiceId;
    if (n->kind == Kind::Invoice)
        return m_preview.letters.at(n->item).invoices.at(n->line).invoiceId;
    return 0;
}

QString DunningPreviewModel::ownTextKey(const DunningLetterPlan &plan)
{
    return QStringLiteral("%1/%2/%3").arg(plan.customerId).arg(plan.currency, plan.level.code);
}

int DunningPreviewModel::planNumberAt(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n && (n->kind == Kind::Letter || n->kind == Kind::Invoice) ? n->item : -1;
}

void DunningPreviewModel::setOwnText(const DunningLetterPlan &plan, const QString &html)
{
    // Found by its key: the preview may have been made again while the user was editing.
    const QString key = ownTextKey(plan);
    if (html.isEmpty())
        m_ownTexts.remove(key);
    else
        m_ownTexts.insert(key, html);
    for (int number = 0; number < m_preview.letters.size(); ++number) {
        DunningLetterPlan &letter = m_preview.letters[number];
        if (ownTextKey(letter) == key && !letter.level.isHandOver()) {
            letter.ownText = html;
            planChanged(number);
        }
    }
}

void DunningPreviewModel::clearOwnTexts()
{
    m_ownTexts.clear();
    for (int number = 0; number < m_preview.letters.size(); ++number) {
        if (!m_preview.letters.at(number).ownText.isEmpty()) {
            m_preview.letters[number].ownText.clear();
            planChanged(number);
        }
    }
}

std::optional<DunningLetterPlan> DunningPreviewModel::sentPart(int plan) const
{
    const DunningLetterPlan &letter = m_preview.letters.at(plan);
    if (!letter.selected)
        return std::nullopt;
    const auto part = m_parts.constFind(plan);
    return part == m_parts.cend() ? std::optional<DunningLetterPlan>(letter) : *part;
}

QModelIndex DunningPreviewModel::letterIndex(const QString &customerNumber) const
{
    for (int plan = 0; plan < m_preview.letters.size(); ++plan) {
        if (m_preview.letters.at(plan).customerNumber == customerNumber)
            return indexOf(m_letterNode[size_t(plan)]);
    }
    return QModelIndex();
}

QModelIndex DunningPreviewModel::invoiceIndex(const QString &invoiceNumber) const
{
    for (size_t number = 0; number < m_nodes.size(); ++number) {
        const Node &n = m_nodes[number];
        if ((n.kind == Kind::Invoice && m_preview.letters.at(n.item).invoices.at(n.line).number == invoiceNumber)
            || (n.kind == Kind::Skip && m_preview.skipped.at(n.item).invoiceNumber == invoiceNumber))
            return indexOf(int(number));
    }
    return QModelIndex();
}

QModelIndex DunningPreviewModel::levelIndex(int level) const
{
    for (const int number : m_top) {
        if (m_nodes[size_t(number)].kind == Kind::LevelGroup && m_nodes[size_t(number)].item == level)
            return indexOf(number);
    }
    return QModelIndex();
}

QModelIndex DunningPreviewModel::skippedIndex() const
{
    for (const int number : m_top) {
        if (m_nodes[size_t(number)].kind == Kind::SkippedGroup)
            return indexOf(number);
    }
    return QModelIndex();
}

int DunningPreviewModel::lettersToSend() const
{
    int count = 0;
    for (int plan = 0; plan < m_preview.letters.size(); ++plan) {
        const auto part = sentPart(plan);
        count += part && !part->level.isHandOver() ? 1 : 0;
    }
    return count;
}

int DunningPreviewModel::handOversToSend() const
{
    int count = 0;
    for (int plan = 0; plan < m_preview.letters.size(); ++plan) {
        const auto part = sentPart(plan);
        count += part && part->level.isHandOver() ? 1 : 0;
    }
    return count;
}

QModelIndex DunningPreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid())
        return row < int(m_top.size()) ? createIndex(row, column, quintptr(m_top[size_t(row)])) : QModelIndex();
    const Node *n = node(parent);
    if (!n || parent.column() != 0 || row >= int(n->children.size()))
        return QModelIndex();
    return createIndex(row, column, quintptr(n->children[size_t(row)]));
}

QModelIndex DunningPreviewModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    return n ? indexOf(n->parent) : QModelIndex();
}

int DunningPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    const Node *n = node(parent);
    return n && parent.column() == 0 ? int(n->children.size()) : 0;
}

int DunningPreviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::CheckState DunningPreviewModel::checkState(const Node &n) const
{
    const DunningLetterPlan &plan = m_preview.letters.at(n.item);
    if (n.kind == Kind::Invoice)
        return plan.invoices.at(n.line).selected ? Qt::Checked : Qt::Unchecked;
    if (!plan.selected)
        return Qt::Unchecked;
    const bool all = std::all_of(plan.invoices.begin(), plan.invoices.end(), [](const DunningInvoiceLine &line) { return line.selected; });
    return all ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant DunningPreviewModel::display(const Node &n, int column) const
{
    switch (n.kind) {
    case Kind::LevelGroup: {
        if (column != Name)
            return QVariant();
        const auto &plans = n.children;
        const DunningLetterPlan &first = m_preview.letters.at(m_nodes[size_t(plans.front())].item);
        return first.level.isHandOver() ? tr("%1: %n hand-over file(s)", nullptr, int(plans.size())).arg(first.level.name)
                                        : tr("%1: %n letter(s)", nullptr, int(plans.size())).arg(first.level.name);
    }
    case Kind::SkippedGroup:
        return column == Name ? tr("Skipped: %n invoice(s)", nullptr, int(m_preview.skipped.size())) : QVariant();
    case Kind::Skip: {
        const DunningSkip &skip = m_preview.skipped.at(n.item);
        switch (column) {
        case Name:
            return QStringLiteral("%1  ·  %2 %3").arg(skip.invoiceNumber, skip.customerNumber, skip.customerName);
        case Open:
            return UiLocale::formatMoney(skip.open);
        case Note:
            return skip.reasonText();
        default:
            return QVariant();
        }
    }
    case Kind::Letter: {
        const DunningLetterPlan &plan = m_preview.letters.at(n.item);
        const std::optional<DunningLetterPlan> part = sentPart(n.item);
        const DunningLetterPlan &shown = part ? *part : plan;
        switch (column) {
        case Name:
            return QStringLiteral("%1  %2").arg(plan.customerNumber, plan.customerName);
        case DaysOverdue: {
            int most = 0;
            for (const DunningInvoiceLine &line : shown.invoices)
                most = std::max(most, line.daysOverdue);
            return most;
        }
        case Open:
            return UiLocale::formatMoney(shown.total);
        case Interest:
            if (!shown.showsInterest)
                return QVariant();
            return shown.interest ? UiLocale::formatMoney(*shown.interest) : tr("not available");
        case Costs:
            return shown.showsCosts ? UiLocale::formatMoney(shown.costs + shown.costsVat) : QVariant();
        case Note: {
            if (!plan.selected)
                return shown.level.isHandOver() ? tr("not handed over (tick to hand over)") : tr("not sent");
            if (!part)
                return tr("not sent: no ticked invoice moves up a level, or the total is below the minimum");
            QStringList notes;
            if (part->level.level != plan.level.level)
                notes << tr("sent as %1").arg(part->level.name);
            if (part->isFourteenDayLetter() && part->costsChargeableFrom)
                notes << tr("14-day letter, costs from %1").arg(UiLocale::formatDate(*part->costsChargeableFrom));
            if (!part->ownText.isEmpty())
                notes << tr("own text");
            notes << part->fileName;
            return notes.join(QStringLiteral("  ·  "));
        }
        default:
            return QVariant();
        }
    }
    case Kind::Invoice: {
        const DunningLetterPlan &plan = m_preview.letters.at(n.item);
        const DunningInvoiceLine &line = plan.invoices.at(n.line);
        switch (column) {
        case Name:
            return line.number;
        case DueDate:
            return UiLocale::formatDate(line.dueDate);
        case DaysOverdue:
            return line.daysOverdue;
        case Open:
            return UiLocale::formatMoney(line.open);
        case Interest:
            if (!plan.showsInterest)
                return QVariant();
            return line.interest ? UiLocale::formatMoney(*line.interest) : tr("not available");
        case Note:
            return line.movesUp ? tr("moves up to %1").arg(levelName(line.level)) : tr("listed, its level stays");
        default:
            return QVariant();
        }
    }
    }
    return QVariant();
}

QVariant DunningPreviewModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return display(*n, index.column());
    case Qt::CheckStateRole:
        if (index.column() == Name && (n->kind == Kind::Letter || n->kind == Kind::Invoice))
            return checkState(*n);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == DaysOverdue || index.column() == Open || index.column() == Interest || index.column() == Costs)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::FontRole:
        if (n->kind == Kind::LevelGroup || n->kind == Kind::SkippedGroup) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole: {
        // What will not be sent reads grey.
        const bool unsent = n->kind == Kind::Skip || ((n->kind == Kind::Letter || n->kind == Kind::Invoice) && checkState(*n) == Qt::Unchecked)
            || (n->kind == Kind::Letter && !sentPart(n->item));
        return unsent ? QVariant(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    }
    case Qt::ToolTipRole:
        if (index.column() == Note)
            return display(*n, Note);
        return QVariant();
    case KindRole:
        return int(n->kind);
    case CustomerIdRole:
        return customerIdAt(index);
    case InvoiceIdRole:
        return invoiceIdAt(index);
    default:
        return QVariant();
    }
}

bool DunningPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *n = node(index);
    if (!n || role != Qt::CheckStateRole || index.column() != Name || (n->kind != Kind::Letter && n->kind != Kind::Invoice))
        return false;
    const bool ticked = Qt::CheckState(value.toInt()) != Qt::Unchecked;
    if (n->kind == Kind::Letter)
        setPlanSelected(n->item, ticked);
    else
        setLineSelected(n->item, n->line, ticked);
    return true;
}

void DunningPreviewModel::setPlanSelected(int plan, bool selected)
{
    DunningLetterPlan &letter = m_preview.letters[plan];
    letter.selected = selected;
    for (DunningInvoiceLine &line : letter.invoices)
        line.selected = selected;
    planChanged(plan);
}

void DunningPreviewModel::setLineSelected(int plan, int line, bool selected)
{
    DunningLetterPlan &letter = m_preview.letters[plan];
    letter.invoices[line].selected = selected;
    letter.selected = std::any_of(letter.invoices.begin(), letter.invoices.end(), [](const DunningInvoiceLine &l) { return l.selected; });
    planChanged(plan);
}

void DunningPreviewModel::setAllLetters(bool selected)
{
    for (DunningLetterPlan &plan : m_preview.letters) {
        if (selected && plan.level.isHandOver())
            continue;
        plan.selected = selected;
        for (DunningInvoiceLine &line : plan.invoices)
            line.selected = selected;
    }
    m_parts.clear();
    for (const int group : m_top) {
        const Node &g = m_nodes[size_t(group)];
        if (g.kind != Kind::LevelGroup || g.children.empty())
            continue;
        emit dataChanged(indexOf(g.children.front(), 0), indexOf(g.children.back(), ColumnCount - 1));
        for (const int letter : g.children) {
            const Node &l = m_nodes[size_t(letter)];
            if (!l.children.empty())
                emit dataChanged(indexOf(l.children.front(), 0), indexOf(l.children.back(), ColumnCount - 1));
        }
    }
    emit selectionChanged();
}

void DunningPreviewModel::planChanged(int plan)
{
    const DunningLetterPlan &letter = m_preview.letters.at(plan);
    const bool all = std::all_of(letter.invoices.begin(), letter.invoices.end(), [](const DunningInvoiceLine &l) { return l.selected; });
    if (!letter.selected || all || !m_selectedPart)
        m_parts.remove(plan);
    else
        m_parts.insert(plan, m_selectedPart(letter));
    const int number = m_letterNode[size_t(plan)];
    emit dataChanged(indexOf(number, 0), indexOf(number, ColumnCount - 1));
    const Node &n = m_nodes[size_t(number)];
    if (!n.children.empty())
        emit dataChanged(indexOf(n.children.front(), 0), indexOf(n.children.back(), ColumnCount - 1));
    emit selectionChanged();
}

QString DunningPreviewModel::levelName(int level) const
{
    return level > 0 && level <= m_levels.size() ? m_levels.at(level - 1).name : QString::number(level);
}

Qt::ItemFlags DunningPreviewModel::flags(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name && (n->kind == Kind::Letter || n->kind == Kind::Invoice))
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant DunningPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole && (section == DaysOverdue || section == Open || section == Interest || section == Costs))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Level, customer, invoice");
    case DueDate:
        return tr("Due date");
    case DaysOverdue:
        return tr("Days overdue");
    case Open:
        return tr("Open");
    case Interest:
        return tr("Interest");
    case Costs:
        return tr("Costs");
    case Note:
        return tr("Note");
    default:
        return QVariant();
    }
}

} // namespace dd
