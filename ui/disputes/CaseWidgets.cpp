#include "CaseWidgets.h"

#include "DisputeCaseView.h"
#include "common/UiLocale.h"
#include "disputes/DisputeWorkflow.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace dd {

QLabel *CaseWidgets::valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QFormLayout *CaseWidgets::compactForm()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);
    return form;
}

QPlainTextEdit *CaseWidgets::textEdit(QWidget *parent, const char *name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QLineEdit *CaseWidgets::lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

QTreeWidget *CaseWidgets::listTree(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QString::fromLatin1(name));
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(true);
    return tree;
}

void CaseWidgets::fitColumns(QTreeWidget *tree)
{
    for (int column = 0; column + 1 < tree->columnCount(); ++column)
        tree->resizeColumnToContents(column);
}

void CaseWidgets::allow(QPushButton *button, const GuardResult &guard)
{
    button->setEnabled(guard.allowed);
    button->setToolTip(guard.allowed ? QString() : guard.reason);
}

QString CaseWidgets::sizeText(qint64 bytes)
{
    const QLocale locale = UiLocale::locale();
    if (bytes < 1024)
        return DisputeCaseView::tr("%1 bytes").arg(locale.toString(bytes));
    if (bytes < 1024 * 1024)
        return DisputeCaseView::tr("%1 KB").arg(locale.toString(double(bytes) / 1024.0, 'f', 1));
    return DisputeCaseView::tr("%1 MB").arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

} // namespace dd
