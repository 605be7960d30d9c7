#include "DunningLetterEditDialog.h"

#include "common/ErrorLabel.h"
#include "common/ScreenFit.h"
#include "documents/RichTextEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {

DunningLetterEditDialog::DunningLetterEditDialog(Letter letter, QWidget *parent)
    : QDialog(parent)
    , m_letter(std::move(letter))
    , m_standard(!m_letter.own)
    , m_editor(new RichTextEditor(this))
    , m_preview(new QTextBrowser(this))
    , m_revert(new QPushButton(tr("&Revert to Standard Text"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("dunningLetterEdit"));
    setWindowTitle(tr("Edit Letter — %1").arg(m_letter.title));
    m_editor->setObjectName(QStringLiteral("dunningLetterEditor"));
    m_preview->setObjectName(QStringLiteral("dunningLetterEditPreview"));
    m_preview->setOpenLinks(false);
    m_revert->setObjectName(QStringLiteral("dunningLetterRevert"));
    m_error->setObjectName(QStringLiteral("dunningLetterEditError"));
    ErrorLabel::setUp(m_error);

    auto *note = new QLabel(tr("You change the wording of this letter, not its figures. The invoice table, the amounts, the "
                               "interest and costs and the date to pay by stand in the text as fields such as "
                               "{{dunning.total}} and {{dunning.invoices}}; the dunning run fills them in as it computed them "
                               "(the preview on the right shows the result). The edited text is written and recorded for this "
                               "customer only."),
                            this);
    note->setObjectName(QStringLiteral("dunningLetterEditNote"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("dunningLetterEditOk"));
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_editor->setHtml(m_letter.text);
    m_revert->setEnabled(!m_standard);
    // The preview renders the whole letter: after a pause in typing, not on every key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(debounce, &QTimer::timeout, this, &DunningLetterEditDialog::updatePreview);
    connect(m_editor, &RichTextEditor::textChanged, this, [this, debounce] {
        if (m_editor->isModified()) {
            m_standard = false;
            m_revert->setEnabled(true);
        }
        debounce->start();
    });
    connect(m_revert, &QPushButton::clicked, this, &DunningLetterEditDialog::revert);
    connect(buttons, &QDialogButtonBox::accepted, this, &DunningLetterEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
    ScreenFit::resize(this, QSize(1100, 700));
}

QString DunningLetterEditDialog::ownText() const
{
    return m_standard ? QString() : m_editor->html();
}

void DunningLetterEditDialog::revert()
{
    m_editor->setHtml(m_letter.standardText());
    m_standard = true;
    m_revert->setEnabled(false);
    ErrorLabel::show(m_error, QString());
    updatePreview();
}

void DunningLetterEditDialog::updatePreview()
{
    if (m_letter.preview)
        m_preview->setHtml(m_letter.preview(m_editor->html()));
}

void DunningLetterEditDialog::accept()
{
    if (!m_standard && m_letter.missingFigures) {
        const QStringList missing = m_letter.missingFigures(m_editor->html());
        if (!missing.isEmpty()) {
            ErrorLabel::show(m_error, tr("The text lost figures the letter must state: %1. Put them back (or revert to the "
                                         "standard text); the run fills them in.")
                                          .arg(missing.join(QStringLiteral(", "))));
            return;
        }
    }
    QDialog::accept();
}

} // namespace dd
