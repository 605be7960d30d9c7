#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace dd {

class RichTextEditor;

// One customer's dunning letter edited before it is written: its text as formatted text, the
// figures the run computed (invoice table, amounts, costs, the date to pay by) standing in it as
// {{dunning.…}} fields that the run fills in, so the user changes the wording, never the figures;
// the dialog says so, and refuses a text that lost one of them. "Revert to Standard Text" brings
// back the level's template.
class DunningLetterEditDialog : public QDialog
{
    Q_OBJECT
public:
    struct Letter
    {
        QString title;        // "C-200  Bouwbedrijf Visser B.V. · Reminder"
        QString text;         // the text to edit (the own text, or the standard one)
        bool own = false;     // `text` is an own text already
        std::function<QString()> standardText;
        std::function<QStringList(const QString &)> missingFigures;
        std::function<QString(const QString &)> preview; // the letter as printed with this text
    };

    explicit DunningLetterEditDialog(Letter letter, QWidget *parent = nullptr);

    // The edited text; empty when the letter goes out with the standard text.
    QString ownText() const;
    RichTextEditor *editor() const { return m_editor; }

    void accept() override;

private:
    void revert();
    void updatePreview();

    Letter m_letter;
    bool m_standard;
    RichTextEditor *m_editor;
    QTextBrowser *m_preview;
    QPushButton *m_revert;
    QLabel *m_error;
};

} // namespace dd
