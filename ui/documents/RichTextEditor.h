#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QAction;
class QTextEdit;
class QToolBar;
class QToolButton;

namespace dd {

// A letter's text edited as formatted text, not HTML: bold, italic, underline and lists from a
// small toolbar and the usual shortcuts (Ctrl+B, Ctrl+I, Ctrl+U), and, when fields are given,
// an "Insert Field" menu that puts a {{key}} placeholder at the cursor. The text goes in and out
// as HTML, placeholders as they were typed.
class RichTextEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RichTextEditor(QWidget *parent = nullptr);

    QTextEdit *editor() const { return m_edit; }
    void setHtml(const QString &html); // not counted as an edit, no textChanged()
    QString html() const;
    // True after the user changed the text since the last setHtml().
    bool isModified() const;

    // The placeholders the menu offers: key ("customer.name") and what it is, shown in the menu.
    void setFields(const QList<QPair<QString, QString>> &fields);
    // Puts {{key}} at the cursor, as one piece of text in the surrounding format.
    void insertField(const QString &key);
    QToolButton *fieldButton() const { return m_fieldButton; }

signals:
    // The user changed the text.
    void textChanged();

private:
    QAction *addFormatAction(const QString &text, const QKeySequence &shortcut, const char *objectName);
    void updateFormatActions();
    void toggleList(int style);

    QToolBar *m_toolBar;
    QTextEdit *m_edit;
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_underline;
    QToolButton *m_fieldButton;
};

} // namespace dd
