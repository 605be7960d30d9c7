#pragma once

#include "dunning/DunningPreview.h"

#include <QAbstractItemModel>
#include <QHash>

#include <functional>
#include <optional>
#include <vector>

namespace dd {

// The preview of a dunning run as a tree: one group per level (in ladder order) with its letters
// (one per customer and currency) and their invoices, then a "Skipped" group with every skipped
// invoice and its reason. Letters and invoices are checkable: unticking a letter unticks its
// invoices, unticking every invoice unticks the letter; preview() hands the choice to the commit.
//
// A partly ticked letter is sent with other figures (level, total, costs); the model shows what
// `selectedPart` (DunningRun::selectedPart) makes of it, so the tree never shows amounts that
// would not be printed.
class DunningPreviewModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, DueDate, DaysOverdue, Open, Interest, Costs, Note, ColumnCount };
    enum class Kind { LevelGroup, Letter, Invoice, SkippedGroup, Skip };
    enum Role { KindRole = Qt::UserRole + 1, CustomerIdRole, InvoiceIdRole };

    using SelectedPart = std::function<std::optional<DunningLetterPlan>(const DunningLetterPlan &)>;

    explicit DunningPreviewModel(QObject *parent = nullptr);

    // `levels`: the ladder, for the names of the levels invoices move up to.
    void setPreview(const DunningPreview &preview, const QList<DunningLevel> &levels, const SelectedPart &selectedPart);
    void clear();
    // The preview with the user's ticks.
    const DunningPreview &preview() const { return m_preview; }
    bool isEmpty() const { return m_preview.letters.isEmpty() && m_preview.skipped.isEmpty(); }

    Kind kind(const QModelIndex &index) const;
    // The letter an index belongs to (its own row or one of its invoices), or nullptr.
    const DunningLetterPlan *planAt(const QModelIndex &index) const;
    qint64 customerIdAt(const QModelIndex &index) const;
    qint64 invoiceIdAt(const QModelIndex &index) const;
    // The letter as it will be sent, or empty when nothing of it will be.
    std::optional<DunningLetterPlan> sentPart(int plan) const;
    // The number of the letter an index belongs to (preview().letters), or -1.
    int planNumberAt(const QModelIndex &index) const;

    // The letter's own text as the user edited it (DunningLetterPlan::ownText); empty goes back to
    // the level's template. Kept when the preview is made again, for the same customer, currency
    // and level, until clearOwnTexts() (after the run that sent them).
    void setOwnText(const DunningLetterPlan &plan, const QString &html);
    void clearOwnTexts();

    // Rows to find in tests and from the GUI: the letter of a customer (first currency), an
    // invoice (in a letter or skipped), the group of a level and the skipped group.
    QModelIndex letterIndex(const QString &customerNumber) const;
    QModelIndex invoiceIndex(const QString &invoiceNumber) const;
    QModelIndex levelIndex(int level) const;
    QModelIndex skippedIndex() const;

    // Ticks every letter (hand-overs stay as they are: a human decision each) or unticks everything.
    void setAllLetters(bool selected);

    // Letters and hand-over files that a commit now writes.
    int lettersToSend() const;
    int handOversToSend() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A tick changed what a commit would send.
    void selectionChanged();

private:
    struct Node
    {
        Kind kind = Kind::LevelGroup;
        int parent = -1; // node number, -1: top level
        int row = 0;
        int item = 0;    // level number, plan, or skip index
        int line = -1;   // invoice of the plan
        std::vector<int> children;
    };

    const Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(int node, int column = 0) const;
    QVariant display(const Node &node, int column) const;
    Qt::CheckState checkState(const Node &node) const;
    void setPlanSelected(int plan, bool selected);
    void setLineSelected(int plan, int line, bool selected);
    void planChanged(int plan);
    QString levelName(int level) const;

    DunningPreview m_preview;
    QList<DunningLevel> m_levels;
    SelectedPart m_selectedPart;
    std::vector<Node> m_nodes;
    std::vector<int> m_top;
    std::vector<int> m_letterNode; // per plan: its node
    QHash<int, std::optional<DunningLetterPlan>> m_parts; // partly ticked plans as they will be sent
    QHash<QString, QString> m_ownTexts; // ownTextKey() -> the edited text
    static QString ownTextKey(const DunningLetterPlan &plan);
};

} // namespace dd
