#pragma once

#include <QString>
#include <QStringList>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QWidget;

namespace dd {

struct GuardResult;

// The small widgets the parts of a dispute case share, made alike everywhere in the case view.
class CaseWidgets
{
public:
    // A selectable, wrapping label that shows a value.
    static QLabel *valueLabel(QWidget *parent, const char *name);
    static QFormLayout *compactForm();
    static QPlainTextEdit *textEdit(QWidget *parent, const char *name, int lines = 3);
    static QLineEdit *lineEdit(QWidget *parent, const char *name);
    // A flat list with columns (findings, contacts, audit trail).
    static QTreeWidget *listTree(QWidget *parent, const char *name, const QStringList &headers);
    // Every column but the last (which stretches) as wide as its contents.
    static void fitColumns(QTreeWidget *tree);
    // Enables `button` when the workflow allows its edit; otherwise its tooltip says why not.
    static void allow(QPushButton *button, const GuardResult &guard);
    // "12.3 KB" in the user's locale.
    static QString sizeText(qint64 bytes);
};

} // namespace dd
