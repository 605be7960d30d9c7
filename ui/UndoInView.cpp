#include "UndoInView.h"

#include "bank/BankReconciliationView.h"
#include "disputes/DisputeEditor.h"
#include "customers/DoNotDunEditor.h"

#include <QAction>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace dd {

UndoInView::UndoInView(QUndoGroup *group, QTabWidget *tabs, const Areas &areas, DisputeEditor *disputeEditor,
                       DoNotDunEditor *doNotDunEditor, QObject *parent)
    : QObject(parent)
    , m_group(group)
    , m_tabs(tabs)
    , m_areas(areas)
    , m_disputeEditor(disputeEditor)
    , m_doNotDunEditor(doNotDunEditor)
{
    m_disputeEditor->setUndoGroup(m_group);
    m_doNotDunEditor->setUndoGroup(m_group);
    m_group->addStack(m_areas.bank->undoStack());
}

void UndoInView::setActions(QAction *undo, QAction *redo)
{
    m_undo = undo;
    m_redo = redo;
    // The group sets the actions' texts when the active stack or its top changes; these say what
    // the step will do, connected after the group's own (made with the actions) so they have the
    // last word.
    for (auto signal : {&QUndoGroup::undoTextChanged, &QUndoGroup::redoTextChanged})
        connect(m_group, signal, this, &UndoInView::updateTexts);
    connect(m_group, &QUndoGroup::activeStackChanged, this, [this](QUndoStack *stack) {
        // A case reloaded while another area is in view may make its stack active; Ctrl+Z
        // must still act only on what is in view.
        if (stack && stack != stackInView())
            m_group->setActiveStack(stackInView());
        updateTexts();
    });
    connect(m_group, &QUndoGroup::indexChanged, this, &UndoInView::updateTexts);
    connect(m_tabs, &QTabWidget::currentChanged, this, &UndoInView::follow);
    follow();
}

QUndoStack *UndoInView::stackInView() const
{
    QWidget *shown = m_tabs->currentWidget();
    if (shown == m_areas.disputes)
        return m_disputeEditor->currentStack();
    if (shown == m_areas.customers || shown == m_areas.dunning)
        return m_doNotDunEditor->undoStack();
    if (shown == m_areas.bank)
        return m_areas.bank->undoStack();
    return nullptr;
}

void UndoInView::follow()
{
    m_group->setActiveStack(stackInView());
    updateTexts();
}

void UndoInView::updateTexts()
{
    // A case move's undo is a recorded move back; the editor words it ("reopen DSP-…").
    const bool cases = m_group->activeStack() && m_group->activeStack() == m_disputeEditor->currentStack();
    const QString undo = cases ? m_disputeEditor->undoDescription() : m_group->undoText();
    const QString redo = cases ? m_disputeEditor->redoDescription() : m_group->redoText();
    // A name such as "Dekker & Zn" must not lose its "&" to a mnemonic.
    const auto literal = [](QString text) { return text.replace(u'&', QStringLiteral("&&")); };
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(literal(undo)));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(literal(redo)));
}

} // namespace dd
