#include "RichTextEditor.h"

#include <QAction>
#include <QFont>
#include <QMenu>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace dd {

RichTextEditor::RichTextEditor(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_edit(new QTextEdit(this))
{
    m_toolBar->setObjectName(QStringLiteral("richTextToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_edit->setObjectName(QStringLiteral("richTextEdit"));
    m_edit->setAcceptRichText(true);
    m_edit->setTabChangesFocus(true);

    m_bold = addFormatAction(tr("Bold"), QKeySequence::Bold, "richTextBold");
    m_italic = addFormatAction(tr("Italic"), QKeySequence::Italic, "richTextItalic");
    m_underline = addFormatAction(tr("Underline"), QKeySequence::Underline, "richTextUnderline");
    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(m_underline, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontUnderline(on);
        m_edit->mergeCurrentCharFormat(format);
    });
    m_toolBar->addSeparator();
    QAction *bullets = m_toolBar->addAction(tr("• List"));
    bullets->setObjectName(QStringLiteral("richTextBullets"));
    bullets->setToolTip(tr("Bulleted list (Ctrl+Shift+L)"));
    bullets->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    bullets->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(bullets, &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDisc); });
    QAction *numbers = m_toolBar->addAction(tr("1. List"));
    numbers->setObjectName(QStringLiteral("richTextNumbers"));
    numbers->setToolTip(tr("Numbered list"));
    connect(numbers, &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDecimal); });

    m_fieldButton = new QToolButton(this);
    m_fieldButton->setObjectName(QStringLiteral("richTextInsertField"));
    m_fieldButton->setText(tr("Insert Field"));
    m_fieldButton->setToolTip(tr("Put a field at the cursor; it is filled in when the letter is made"));
    m_fieldButton->setPopupMode(QToolButton::InstantPopup);
    m_fieldButton->setMenu(new QMenu(m_fieldButton));
    m_fieldButton->menu()->setObjectName(QStringLiteral("richTextFieldMenu"));
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_fieldButton)->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit, 1);

    connect(m_edit, &QTextEdit::textChanged, this, &RichTextEditor::textChanged);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &RichTextEditor::updateFormatActions);
}

QAction *RichTextEditor::addFormatAction(const QString &text, const QKeySequence &shortcut, const char *objectName)
{
    QAction *action = m_toolBar->addAction(text);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setCheckable(true);
    action->setShortcut(shortcut);
    // The editor's own window may hold other editors: the keys act on the one that has the focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

void RichTextEditor::updateFormatActions()
{
    const QTextCharFormat format = m_edit->currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::Bold);
    m_italic->setChecked(format.fontItalic());
    m_underline->setChecked(format.fontUnderline());
}

void RichTextEditor::toggleList(int style)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list && list->format().style() == QTextListFormat::Style(style)) {
        // Out of the list: the paragraph becomes an ordinary one again.
        list->remove(cursor.block());
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(0);
        cursor.setBlockFormat(block);
    } else {
        QTextListFormat format;
        format.setStyle(QTextListFormat::Style(style));
        cursor.createList(format);
    }
    cursor.endEditBlock();
    m_edit->setFocus();
}

void RichTextEditor::setHtml(const QString &html)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setHtml(html);
    m_edit->document()->setModified(false);
}

QString RichTextEditor::html() const
{
    // Qt writes the editor's own font onto <body>; the letter takes the document engine's
    // (PdfRenderer), as the built-in templates do.
    static const QRegularExpression bodyStyle(QStringLiteral(R"(<body\s+style="[^"]*">)"));
    QString html = m_edit->toHtml();
    html.replace(bodyStyle, QStringLiteral("<body>"));
    return html;
}

bool RichTextEditor::isModified() const
{
    return m_edit->document()->isModified();
}

void RichTextEditor::setFields(const QList<QPair<QString, QString>> &fields)
{
    QMenu *menu = m_fieldButton->menu();
    menu->clear();
    for (const auto &[key, label] : fields) {
        QAction *action = menu->addAction(QStringLiteral("%1  —  {{%2}}").arg(label, key));
        action->setData(key);
        connect(action, &QAction::triggered, this, [this, key = key] { insertField(key); });
    }
    for (QAction *action : m_toolBar->actions()) {
        if (m_toolBar->widgetForAction(action) == m_fieldButton)
            action->setVisible(!fields.isEmpty());
    }
}

void RichTextEditor::insertField(const QString &key)
{
    m_edit->textCursor().insertText(QStringLiteral("{{%1}}").arg(key));
    m_edit->setFocus();
}

} // namespace dd
