#include "SavedChangeButtons.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QUndoStack>

namespace dd {

SavedChangeButtons::SavedChangeButtons(QDialogButtonBox *box, QUndoStack *stack)
    : QObject(box)
    , m_stack(stack)
    , m_undo(box->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_redo(box->addButton(QString(), QDialogButtonBox::ActionRole))
{
    m_undo->setObjectName(QStringLiteral("savedChangeUndo"));
    m_redo->setObjectName(QStringLiteral("savedChangeRedo"));
    // Neither may take Enter from OK: a saved change is taken back only on purpose.
    m_undo->setAutoDefault(false);
    m_redo->setAutoDefault(false);
    connect(m_undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &SavedChangeButtons::update);
    connect(stack, &QUndoStack::cleanChanged, this, &SavedChangeButtons::update);
    update();
}

void SavedChangeButtons::update()
{
    m_undo->setText(m_stack->canUndo() ? tr("Undo: %1").arg(m_stack->undoText()) : tr("Undo"));
    m_redo->setText(m_stack->canRedo() ? tr("Redo: %1").arg(m_stack->redoText()) : tr("Redo"));
    m_undo->setEnabled(m_stack->canUndo());
    m_redo->setEnabled(m_stack->canRedo());
    m_redo->setVisible(m_stack->canRedo());
}

} // namespace dd
