#include "DunningLetterActions.h"

#include "DunningLetterEditDialog.h"
#include "DunningPreviewModel.h"
#include "DunningView.h"
#include "common/Error.h"
#include "session/Session.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>

namespace dd {

DunningLetterActions::DunningLetterActions(DunningView *view)
    : QObject(view)
    , m_view(view)
    , m_opener([](const QString &path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
{
}

DunningLetterActions::~DunningLetterActions() = default;

bool DunningLetterActions::open(const QString &path)
{
    if (m_opener(path))
        return true;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath()).toHtmlEscaped();
    if (info.isDir()) {
        emit message(tr("No program on this computer opens folders from here. The files are in %1").arg(shown), false);
        return false;
    }
    // No viewer registered for the type (often PDF on a fresh desktop): the file is there all the
    // same, and the folder usually opens in the file manager.
    const QString folder = QUrl::fromLocalFile(info.absolutePath()).toString().toHtmlEscaped();
    emit message(tr("No program is set up on this computer to open %1 files, so the letter could not be shown. "
                    "It was written to %2 — <a href=\"%3\">open the folder</a>.")
                     .arg(info.suffix().toUpper().toHtmlEscaped(), shown, folder),
                 false);
    return false;
}

QString DunningLetterActions::showLetter()
{
    DunningPreviewModel *model = m_view->model();
    Session *session = m_view->session();
    const DunningLetterPlan *plan = model->planAt(m_view->currentLetterIndex());
    if (!session || !plan)
        return QString();
    try {
        const DunningRun run = session->dunningRun(m_view->clock());
        // Unticked, the letter is shown whole; ticked, as it will be sent.
        DunningLetterPlan shown = *plan;
        if (!shown.selected) {
            for (DunningInvoiceLine &line : shown.invoices)
                line.selected = true;
        }
        const Date date = IsoDate::fromQDate(m_view->asOf());
        const std::optional<DunningLetterPlan> part = run.selectedPart(shown, date);
        if (!part) {
            emit message(tr("Nothing of this letter will be sent: tick an invoice that moves up a level."), false);
            return QString();
        }
        const QByteArray content = run.render(*part, date);
        if (!m_previewDir || !m_previewDir->isValid())
            m_previewDir = std::make_unique<QTemporaryDir>();
        const QString path = m_previewDir->filePath(part->fileName);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
            emit message(tr("The letter cannot be written to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()).toHtmlEscaped(),
                         true);
            return QString();
        }
        open(path);
        return path;
    } catch (const Error &error) {
        emit message(error.message().toHtmlEscaped(), true);
    }
    return QString();
}

bool DunningLetterActions::editLetter()
{
    DunningPreviewModel *model = m_view->model();
    Session *session = m_view->session();
    const int number = model->planNumberAt(m_view->currentLetterIndex());
    if (!session || number < 0)
        return false;
    const DunningLetterPlan &plan = model->preview().letters.at(number);
    if (plan.level.isHandOver())
        return false;
    // The letter as it would be sent now; an unticked one whole.
    const DunningLetterPlan letter = model->sentPart(number).value_or(plan);
    const Date date = IsoDate::fromQDate(m_view->asOf());
    const Clock *clock = m_view->clock();
    DunningLetterEditDialog::Letter edited;
    edited.title = QStringLiteral("%1  %2 · %3").arg(plan.customerNumber, plan.customerName, letter.level.name);
    edited.own = !letter.ownText.isEmpty();
    try {
        edited.text = session->dunningRun(clock).editableText(letter, date, false);
    } catch (const Error &error) {
        emit message(error.message().toHtmlEscaped(), true);
        return false;
    }
    // The dialog is closed when the database changes (closeEditor), so the session outlives it.
    edited.standardText = [session, clock, letter, date] { return session->dunningRun(clock).editableText(letter, date, true); };
    edited.missingFigures = [session, clock, letter](const QString &text) {
        return session->dunningRun(clock).missingFigures(letter, text);
    };
    edited.preview = [session, clock, letter, date](const QString &text) {
        DunningLetterPlan withText = letter;
        withText.ownText = text;
        try {
            return session->dunningRun(clock).letterHtml(withText, date);
        } catch (const Error &error) {
            return error.message().toHtmlEscaped();
        }
    };
    closeEditor();
    auto *dialog = new DunningLetterEditDialog(std::move(edited), m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, plan] {
        m_view->model()->setOwnText(plan, dialog->ownText());
        emit message(dialog->ownText().isEmpty() ? tr("The letter to %1 goes out with the standard text.").arg(plan.customerName.toHtmlEscaped())
                                                 : tr("The letter to %1 goes out with your text.").arg(plan.customerName.toHtmlEscaped()),
                     false);
    });
    dialog->open();
    return true;
}

DunningLetterEditDialog *DunningLetterActions::editDialog() const
{
    return m_editDialog.data();
}

void DunningLetterActions::closeEditor()
{
    if (m_editDialog)
        delete m_editDialog.data();
}

} // namespace dd
