#include "DunningView.h"

#include "common/Error.h"
#include "common/FileDialogs.h"
#include "session/Session.h"

#include "DunningHistoryDialog.h"
#include "DunningCustomerActions.h"
#include "DunningLetterActions.h"
#include "DunningPreviewModel.h"
#include "disputes/undo/AddContactCommand.h"
#include "DunningRunMessages.h"
#include "common/Clock.h"
#include "common/DateEdits.h"
#include "common/UiLocale.h"
#include "dunning/DunningSettings.h"
#include "storage/DatabaseLocation.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace dd {

namespace {
// Above this many rows the letters stay folded: unfolding thousands of customers makes the tree
// measure every row for nothing.
constexpr int unfoldLimit = 300;
} // namespace

DunningView::DunningView(QWidget *parent)
    : QWidget(parent)
    , m_systemClock(std::make_unique<SystemClock>())
    , m_clock(m_systemClock.get())
    , m_letters(new DunningLetterActions(this))
    , m_customers(new DunningCustomerActions(this))
    , m_confirmWarnings([this](const QStringList &warnings) { return DunningRunMessages::confirmWarnings(this, warnings); })
    , m_confirmRun([this](const QString &question) { return DunningRunMessages::confirmRun(this, question); })
    , m_model(new DunningPreviewModel(this))
    , m_asOf(new QDateEdit(this))
    , m_debounce(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_refresh(new QPushButton(tr("&Preview"), this))
    , m_showLetter(new QPushButton(tr("Show &Letter"), this))
    , m_editLetter(new QPushButton(tr("Ed&it Letter…"), this))
    , m_historyButton(new QPushButton(tr("&History…"), this))
    , m_doNotDun(new QPushButton(tr("Do &Not Dun"), this))
    , m_tickAll(new QPushButton(tr("Tic&k All Letters"), this))
    , m_untickAll(new QPushButton(tr("&Untick All"), this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_eml(new QCheckBox(tr("Also as &e-mail (.eml)"), this))
    , m_commit(new QPushButton(tr("&Write and Record Letters…"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("dunningView"));
    m_model->setObjectName(QStringLiteral("dunningModel"));
    m_asOf->setObjectName(QStringLiteral("dunningAsOf"));
    m_summary->setObjectName(QStringLiteral("dunningSummary"));
    m_tree->setObjectName(QStringLiteral("dunningTree"));
    m_refresh->setObjectName(QStringLiteral("dunningRefresh"));
    m_showLetter->setObjectName(QStringLiteral("dunningShowLetter"));
    m_editLetter->setObjectName(QStringLiteral("dunningEditLetter"));
    m_historyButton->setObjectName(QStringLiteral("dunningHistory"));
    m_doNotDun->setObjectName(QStringLiteral("dunningDoNotDun"));
    m_tickAll->setObjectName(QStringLiteral("dunningTickAll"));
    m_untickAll->setObjectName(QStringLiteral("dunningUntickAll"));
    m_tickAll->setToolTip(tr("Tick every letter; hand-over files stay as they are, each is a decision of its own"));
    m_folder->setObjectName(QStringLiteral("dunningFolder"));
    m_browse->setObjectName(QStringLiteral("dunningBrowse"));
    m_eml->setObjectName(QStringLiteral("dunningEml"));
    m_commit->setObjectName(QStringLiteral("dunningCommit"));
    m_result->setObjectName(QStringLiteral("dunningResult"));

    m_asOf->setCalendarPopup(true);
    DateEdits::limitToAcceptedRange(m_asOf);
    m_asOf->setDisplayFormat(UiLocale::languageCode() == u"nl" ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    m_summary->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setOpenExternalLinks(false);
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Dunning run preview"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    m_folder->setPlaceholderText(tr("Folder for the letters"));
    m_commit->setDefault(true);
    m_showLetter->setToolTip(tr("Open the selected customer's letter as it will be printed"));
    m_editLetter->setToolTip(tr("Change the wording of the selected customer's letter before it is written; the figures stay as computed"));
    m_historyButton->setToolTip(tr("The letters sent before to the selected customer, or listing the selected invoice"));
    m_doNotDun->setToolTip(tr("Send the selected customer no dunning letters (their invoices are skipped) or lift that mark"));
    fitColumns();

    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto *today = new QPushButton(tr("&Today"), this);
    today->setObjectName(QStringLiteral("dunningToday"));
    auto *top = new QHBoxLayout;
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addWidget(today);
    top->addWidget(m_refresh);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);

    auto *selected = new QHBoxLayout;
    selected->addWidget(m_showLetter);
    selected->addWidget(m_editLetter);
    selected->addWidget(m_historyButton);
    selected->addWidget(m_doNotDun);
    selected->addStretch(1);
    selected->addWidget(m_tickAll);
    selected->addWidget(m_untickAll);

    auto *send = new QGroupBox(tr("Send"), this);
    auto *folderLabel = new QLabel(tr("&Folder:"), send);
    folderLabel->setBuddy(m_folder);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(folderLabel);
    sendRow->addWidget(m_folder, 1);
    sendRow->addWidget(m_browse);
    sendRow->addSpacing(12);
    sendRow->addWidget(m_eml);
    sendRow->addSpacing(12);
    sendRow->addWidget(m_commit);
    auto *sendLayout = new QVBoxLayout(send);
    sendLayout->addLayout(sendRow);
    // Said before the user confirms: the next run counts the letters recorded here as sent.
    auto *irreversible = new QLabel(AddContactCommand::letterNotice(), send);
    irreversible->setObjectName(QStringLiteral("dunningIrreversible"));
    irreversible->setWordWrap(true);
    sendLayout->addWidget(irreversible);
    sendLayout->addWidget(m_result);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addLayout(selected);
    layout->addWidget(send);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        m_stale = true;
        m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshPreview();
    });
    connect(today, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_asOf->setDate(m_session->asOf());
    });
    connect(m_refresh, &QPushButton::clicked, this, &DunningView::refreshPreview);
    connect(m_showLetter, &QPushButton::clicked, this, [this] { previewLetter(); });
    connect(m_editLetter, &QPushButton::clicked, this, &DunningView::editLetter);
    connect(m_customers, &DunningCustomerActions::failed, this, &DunningView::showError);
    connect(m_customers, &DunningCustomerActions::doNotDunChanged, this, &DunningView::doNotDunChanged);
    connect(m_letters, &DunningLetterActions::message, this, [this](const QString &html, bool failed) {
        setRichResult(html);
        if (failed)
            emit loadFailed(QTextDocumentFragment::fromHtml(html).toPlainText());
    });
    connect(m_historyButton, &QPushButton::clicked, this, &DunningView::showHistory);
    connect(m_doNotDun, &QPushButton::clicked, this, &DunningView::toggleDoNotDun);
    connect(m_tickAll, &QPushButton::clicked, this, [this] { m_model->setAllLetters(true); });
    connect(m_untickAll, &QPushButton::clicked, this, [this] { m_model->setAllLetters(false); });
    connect(m_browse, &QPushButton::clicked, this, &DunningView::chooseFolder);
    connect(m_commit, &QPushButton::clicked, this, [this] { commit(); });
    connect(m_folder, &QLineEdit::textChanged, this, &DunningView::updateActions);
    connect(m_model, &DunningPreviewModel::selectionChanged, this, [this] {
        updateSummary();
        updateActions();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DunningView::updateActions);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_model->kind(index) == DunningPreviewModel::Kind::Letter)
            previewLetter();
    });
    connect(m_result, &QLabel::linkActivated, this, [this](const QString &link) { m_letters->open(QUrl(link).toLocalFile()); });
    setResult(QString());
    updateSummary();
    updateActions();
}

DunningView::~DunningView() = default;

void DunningView::setSession(Session *session)
{
    // The history dialog and the letter editor read through the database they were opened on.
    m_customers->closeHistory();
    m_letters->closeEditor();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (session) {
        setAsOf(session->asOf());
        connect(session, &Session::asOfChanged, this, &DunningView::setAsOf);
        // Who gets which letter depends on open amounts, holds, the history and the settings.
        const DataChanges shown = DataChange::Invoices | DataChange::Payments | DataChange::CreditNotes | DataChange::Cases
                                  | DataChange::Customers | DataChange::Dunning | DataChange::Settings;
        connect(session, &Session::changed, this, [this, shown](DataChanges what) {
            if (what & shown)
                invalidate();
        });
    }
    m_session = session;
    m_model->clear();
    m_model->clearOwnTexts();
    m_lastResult = DunningCommitResult();
    setResult(QString());
    // The letters go next to the data file unless the user chooses otherwise; a team database
    // has no folder (and its URI may hold a password), so its letters go to the user's documents.
    if (session) {
        const QDir base = DatabaseLocation::isServer(session->location())
                              ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              : QFileInfo(session->location()).absoluteDir();
        m_folder->setText(QDir::toNativeSeparators(base.filePath(QStringLiteral("dunning-letters"))));
    }
    invalidate();
}

void DunningView::setClock(const Clock *clock)
{
    m_clock = clock ? clock : m_systemClock.get();
}

QDate DunningView::asOf() const
{
    return m_asOf->date();
}

void DunningView::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf->date())
        return;
    m_asOf->setDate(asOf);
    m_debounce->stop();
    invalidate();
}

QString DunningView::outputFolder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void DunningView::setOutputFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void DunningView::invalidate()
{
    m_stale = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_stale && isVisible())
                refreshPreview();
        });
}

void DunningView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        QTimer::singleShot(0, this, [this] {
            if (m_stale && isVisible())
                refreshPreview();
        });
}

void DunningView::refreshPreview()
{
    m_debounce->stop();
    m_stale = false;
    if (!m_session) {
        m_model->clear();
        return;
    }
    try {
        const DunningRun run = m_session->dunningRun(m_clock);
        const Date date = IsoDate::fromQDate(asOf());
        const DunningPreview preview = run.preview(date);
        // The model asks for a partly ticked letter as the run will send it; the database may be
        // replaced later, so the function looks it up when called.
        Session *session = m_session;
        const Clock *clock = m_clock;
        m_model->setPreview(preview, m_session->dunningSettings().levels(),
                            [this, session, clock, date](const DunningLetterPlan &plan) -> std::optional<DunningLetterPlan> {
                                if (session != m_session)
                                    return std::nullopt;
                                return session->dunningRun(clock).selectedPart(plan, date);
                            });
    } catch (const StorageError &error) {
        m_model->clear();
        showError(error.message());
        return;
    }
    int rows = 0;
    for (int group = 0; group < m_model->rowCount(); ++group) {
        rows += m_model->rowCount(m_model->index(group, 0));
        // A group's title ("Notice of default / 14-day letter: 12 letters") reads across the columns.
        m_tree->setFirstColumnSpanned(group, QModelIndex(), true);
    }
    if (rows <= unfoldLimit)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(0);
    // The skipped group starts folded: it is there for checking, not for reading every time.
    m_tree->collapse(m_model->skippedIndex());
    updateSummary();
    updateActions();
}

void DunningView::fitColumns()
{
    const QFontMetrics metrics(m_tree->font());
    const QString money = UiLocale::formatMoney(123456789, QStringLiteral("EUR"));
    const int pad = 24;
    m_tree->header()->resizeSection(DunningPreviewModel::Name,
                                    metrics.horizontalAdvance(QStringLiteral("C000000  Accountantskantoor Van der Berg B.V.")) + 3 * pad);
    m_tree->header()->resizeSection(DunningPreviewModel::DueDate, metrics.horizontalAdvance(UiLocale::formatDate(QDate(2026, 12, 31))) + pad);
    m_tree->header()->resizeSection(DunningPreviewModel::DaysOverdue, metrics.horizontalAdvance(tr("Days overdue")) + pad);
    for (const int column : {int(DunningPreviewModel::Open), int(DunningPreviewModel::Interest), int(DunningPreviewModel::Costs)})
        m_tree->header()->resizeSection(column, metrics.horizontalAdvance(money) + pad);
}

QModelIndex DunningView::currentLetterIndex() const
{
    return currentIndex();
}

QModelIndex DunningView::currentIndex() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0) : current;
}

void DunningView::updateSummary()
{
    if (!m_session || m_model->isEmpty()) {
        m_summary->setText(m_session && !m_stale ? tr("Nothing to send on this date: no invoice has reached its next level.") : QString());
        return;
    }
    const DunningPreview &preview = m_model->preview();
    int handOvers = 0;
    for (const DunningLetterPlan &plan : preview.letters)
        handOvers += plan.level.isHandOver() ? 1 : 0;
    const int letters = int(preview.letters.size()) - handOvers;
    QString text = tr("%n letter(s)", nullptr, letters);
    if (handOvers > 0)
        text += QStringLiteral(", ") + tr("%n hand-over(s)", nullptr, handOvers);
    text += QStringLiteral(", ") + tr("%n invoice(s) skipped", nullptr, int(preview.skipped.size()));
    text += QStringLiteral(" · ") + tr("%n overdue invoice(s) in all", nullptr, preview.overdueInvoices);
    text += QStringLiteral(" · ") + tr("ticked: %n letter(s)", nullptr, m_model->lettersToSend()) + QStringLiteral(", ")
        + tr("%n hand-over(s)", nullptr, m_model->handOversToSend());
    // The warnings stand in the summary, in bold, as long as the preview has them.
    m_summary->setTextFormat(preview.warnings.isEmpty() ? Qt::PlainText : Qt::RichText);
    if (!preview.warnings.isEmpty()) {
        text = text.toHtmlEscaped();
        for (const QString &warning : preview.warnings)
            text += QStringLiteral("<br><b>") + tr("Warning:").toHtmlEscaped() + QStringLiteral("</b> ") + warning.toHtmlEscaped();
    }
    m_summary->setText(text);
}

void DunningView::updateActions()
{
    const QModelIndex current = currentIndex();
    const qint64 customer = m_model->customerIdAt(current);
    const DunningPreviewModel::Kind kind = m_model->kind(current);
    const DunningLetterPlan *plan = m_model->planAt(current);
    m_showLetter->setEnabled(m_session && plan != nullptr);
    m_editLetter->setEnabled(m_session && plan != nullptr && !plan->level.isHandOver());
    m_historyButton->setEnabled(m_session && customer != 0);
    m_doNotDun->setEnabled(m_session && customer != 0);
    if (m_session && customer != 0) {
        bool marked = false;
        try {
            marked = m_session->dunningSettings().doNotDun(customer);
        } catch (const Error &) {
        }
        m_doNotDun->setText(marked ? tr("Dun &Again") : tr("Do &Not Dun"));
    }
    m_historyButton->setText(kind == DunningPreviewModel::Kind::Invoice || kind == DunningPreviewModel::Kind::Skip
                                 ? tr("Invoice &History…")
                                 : tr("Customer &History…"));
    const int sending = m_model->lettersToSend() + m_model->handOversToSend();
    m_commit->setEnabled(m_session && sending > 0 && !outputFolder().isEmpty());
    m_browse->setEnabled(m_session != nullptr);
    m_tickAll->setEnabled(!m_model->preview().letters.isEmpty());
    m_untickAll->setEnabled(!m_model->preview().letters.isEmpty());
}

void DunningView::chooseFolder()
{
    const QString folder = FileDialogs::existingDirectory(this, tr("Folder for the Letters"), outputFolder());
    if (!folder.isEmpty())
        setOutputFolder(folder);
}

void DunningView::setResult(const QString &text)
{
    m_result->setTextFormat(Qt::AutoText);
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

void DunningView::setRichResult(const QString &html)
{
    m_result->setTextFormat(Qt::RichText);
    m_result->setText(html);
    m_result->setVisible(!html.isEmpty());
}

void DunningView::showError(const QString &message)
{
    setResult(message);
    emit loadFailed(message);
}

QString DunningView::previewLetter()
{
    return m_letters->showLetter();
}

void DunningView::setFileOpener(std::function<bool(const QString &path)> opener)
{
    m_letters->setFileOpener(std::move(opener));
}

bool DunningView::editLetter()
{
    return m_letters->editLetter();
}

DunningLetterEditDialog *DunningView::letterEditDialog() const
{
    return m_letters->editDialog();
}

bool DunningView::commit()
{
    if (!m_session)
        return false;
    const int total = m_model->lettersToSend() + m_model->handOversToSend();
    if (total == 0) {
        setResult(tr("Nothing is ticked."));
        return false;
    }
    const QString folder = outputFolder();
    if (folder.isEmpty()) {
        setResult(tr("Choose the folder for the letters."));
        return false;
    }
    if (!m_model->preview().warnings.isEmpty() && !m_confirmWarnings(m_model->preview().warnings)) {
        setResult(tr("Nothing was sent."));
        return false;
    }
    if (!m_confirmRun(DunningRunMessages::confirmation(DunningRunSummary::of(*m_model)))) {
        setResult(tr("Nothing was sent."));
        return false;
    }
    QProgressDialog progress(tr("Writing the letters…"), tr("Cancel"), 0, total, this);
    progress.setObjectName(QStringLiteral("dunningProgress"));
    progress.setWindowTitle(tr("Dunning Run"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    m_progress = &progress;
    progress.show();

    DunningCommitOptions options;
    options.eml = m_eml->isChecked();
    options.progress = [this, &progress](int done, int count) {
        progress.setMaximum(count);
        progress.setValue(done);
        progress.setLabelText(done < count ? tr("Writing letter %1 of %2…").arg(done + 1).arg(count) : tr("Recording the run…"));
        emit commitProgress(done, count);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    bool recorded = false;
    try {
        DunningRun run = m_session->dunningRun(m_clock);
        m_lastResult = run.commit(m_model->preview(), folder, options);
        recorded = m_lastResult.runId != 0;
    } catch (const Error &error) {
        m_lastResult = DunningCommitResult();
        showError(error.message());
    }
    m_progress = nullptr;
    progress.close();

    if (m_lastResult.cancelled) {
        setResult(tr("Cancelled: nothing was recorded and no letter was left in the folder."));
    } else if (recorded) {
        setResult(DunningRunMessages::recorded(m_lastResult, folder));
        // The edited texts went out with this run.
        m_model->clearOwnTexts();
        emit committed(m_lastResult.runId);
        // What was sent now has its level: the next preview shows what is left.
        refreshPreview();
    }
    return recorded;
}

QProgressDialog *DunningView::progressDialog() const
{
    return m_progress.data();
}

DunningHistoryDialog *DunningView::historyDialog() const
{
    return m_customers->historyDialog();
}

void DunningView::showHistory()
{
    m_customers->showHistory();
}

void DunningView::showHistoryFor(DunningHistoryDialog::Subject subject, qint64 id)
{
    m_customers->showHistoryFor(subject, id);
}

bool DunningView::setDoNotDun(qint64 customerId, bool doNotDun)
{
    return m_customers->setDoNotDun(customerId, doNotDun);
}

void DunningView::toggleDoNotDun()
{
    m_customers->toggleDoNotDun();
}

void DunningView::setDoNotDunEditor(DoNotDunEditor *editor)
{
    m_customers->setDoNotDunEditor(editor);
}

} // namespace dd
