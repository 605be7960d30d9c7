#include "bank/BankReconciliationView.h"

#include "common/FileDialogs.h"
#include "session/Session.h"

#include "bank/BankMatchTableModel.h"
#include "common/TableViews.h"
#include "common/ViewRefresh.h"
#include "common/UiLocale.h"
#include "importers/undo/IncludeMatchCommand.h"
#include "importers/undo/MatchByHandCommand.h"
#include "storage/DatabaseLocation.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dd {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(BankMatchTableModel::SortRole);
    view->setModel(proxy);
    TableViews::setUpList(view);
    view->setSortingEnabled(true);
    view->sortByColumn(BankMatchTableModel::DateColumn, Qt::AscendingOrder);
    return view;
}

int sourceRow(QTableView *view)
{
    const QModelIndex current = view->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    return static_cast<QSortFilterProxyModel *>(view->model())->mapToSource(current).row();
}

} // namespace

BankReconciliationView::BankReconciliationView(QWidget *parent)
    : QWidget(parent)
    , m_refresh(new ViewRefresh(this, [this] { reload(); }))
    , m_proposals(new BankMatchTableModel(BankMatchTableModel::Kind::Proposals, this))
    , m_unmatched(new BankMatchTableModel(BankMatchTableModel::Kind::Unmatched, this))
    , m_undo(new QUndoStack(this))
    , m_confirmBooking([this](int count) {
        return QMessageBox::question(this, m_book->text().remove(u'&'), BankMatchEdits::bookingQuestion(count),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    })
{
    setObjectName(QStringLiteral("bankView"));
    m_undo->setObjectName(QStringLiteral("bankUndoStack"));
    // A click on a tick box is a step Edit ▸ Undo takes back.
    m_proposals->setTickHandler([this](int row, bool ticked) {
        m_undo->push(new IncludeMatchCommand(*this, m_proposals->match(row), ticked, UiLocale::numberStyle()));
    });
    m_proposals->setObjectName(QStringLiteral("bankProposalModel"));
    m_unmatched->setObjectName(QStringLiteral("bankUnmatchedModel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *bar = new QHBoxLayout;
    m_import = new QPushButton(tr("&Import Statement…"), this);
    m_import->setObjectName(QStringLiteral("bankImport"));
    m_import->setToolTip(tr("Read a CAMT.053 bank statement and match its credits to open invoices"));
    auto *thresholdLabel = new QLabel(tr("&Tick proposals scoring at least:"), this);
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("bankThreshold"));
    m_threshold->setRange(0, 100);
    m_threshold->setValue(defaultThreshold);
    m_threshold->setToolTip(tr("100: the remittance names the invoices and the amount is what they have open; 80: a partial "
                               "payment of named invoices; 75: the amount of the one open invoice of the customer the IBAN "
                               "paid for before; 50: the only open invoice of this amount"));
    thresholdLabel->setBuddy(m_threshold);
    bar->addWidget(m_import);
    bar->addSpacing(16);
    bar->addWidget(thresholdLabel);
    bar->addWidget(m_threshold);
    bar->addStretch();
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("bankSplitter"));
    splitter->setChildrenCollapsible(false);

    auto *proposalBox = new QGroupBox(tr("Proposed matches"), splitter);
    auto *proposalLayout = new QVBoxLayout(proposalBox);
    m_proposalView = makeTable(m_proposals, QStringLiteral("bankProposals"), proposalBox);
    proposalLayout->addWidget(m_proposalView, 1);
    auto *bookRow = new QHBoxLayout;
    m_proposalSummary = new QLabel(proposalBox);
    m_proposalSummary->setObjectName(QStringLiteral("bankProposalSummary"));
    m_reject = new QPushButton(tr("Re&ject Proposal"), proposalBox);
    m_reject->setObjectName(QStringLiteral("bankReject"));
    m_reject->setToolTip(tr("The selected entry does not pay these invoices: move it to the unmatched entries, where its "
                            "invoices can be named by hand (Delete)"));
    m_book = new QPushButton(tr("&Book Ticked"), proposalBox);
    m_book->setObjectName(QStringLiteral("bankBook"));
    m_book->setToolTip(tr("Book the ticked entries as payments on their invoices, all in one go"));
    bookRow->addWidget(m_proposalSummary, 1);
    bookRow->addWidget(m_reject);
    bookRow->addWidget(m_book);
    proposalLayout->addLayout(bookRow);

    auto *unmatchedBox = new QGroupBox(tr("Unmatched entries"), splitter);
    auto *unmatchedLayout = new QVBoxLayout(unmatchedBox);
    m_unmatchedView = makeTable(m_unmatched, QStringLiteral("bankUnmatched"), unmatchedBox);
    unmatchedLayout->addWidget(m_unmatchedView, 1);
    auto *manualRow = new QHBoxLayout;
    auto *manualLabel = new QLabel(tr("Invoices paid by the selected entry:"), unmatchedBox);
    m_manualInvoice = new QLineEdit(unmatchedBox);
    m_manualInvoice->setObjectName(QStringLiteral("bankManualInvoice"));
    m_manualInvoice->setPlaceholderText(tr("invoice numbers, separated by spaces"));
    manualLabel->setBuddy(m_manualInvoice);
    m_match = new QPushButton(tr("&Match"), unmatchedBox);
    m_match->setObjectName(QStringLiteral("bankMatch"));
    manualRow->addWidget(manualLabel);
    manualRow->addWidget(m_manualInvoice, 1);
    manualRow->addWidget(m_match);
    unmatchedLayout->addLayout(manualRow);
    splitter->addWidget(proposalBox);
    splitter->addWidget(unmatchedBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bankMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_import, &QPushButton::clicked, this, &BankReconciliationView::chooseStatement);
    connect(m_book, &QPushButton::clicked, this, &BankReconciliationView::bookTicked);
    connect(m_reject, &QPushButton::clicked, this, &BankReconciliationView::rejectSelected);
    auto *rejectKey = new QAction(m_proposalView);
    rejectKey->setShortcut(QKeySequence::Delete);
    rejectKey->setShortcutContext(Qt::WidgetShortcut);
    m_proposalView->addAction(rejectKey);
    connect(rejectKey, &QAction::triggered, this, &BankReconciliationView::rejectSelected);
    connect(m_threshold, &QSpinBox::valueChanged, m_proposals, &BankMatchTableModel::tickAtLeast);
    connect(m_proposals, &BankMatchTableModel::tickedChanged, this, &BankReconciliationView::updateButtons);
    connect(m_match, &QPushButton::clicked, this, [this] { matchSelected(m_manualInvoice->text()); });
    connect(m_manualInvoice, &QLineEdit::returnPressed, this, [this] { matchSelected(m_manualInvoice->text()); });
    connect(m_manualInvoice, &QLineEdit::textChanged, this, &BankReconciliationView::updateButtons);
    connect(m_unmatchedView->selectionModel(), &QItemSelectionModel::currentChanged, this, &BankReconciliationView::updateButtons);
    connect(m_proposalView->selectionModel(), &QItemSelectionModel::currentChanged, this, &BankReconciliationView::updateButtons);
    updateButtons();
}

void BankReconciliationView::setSession(Session *session)
{
    // The main window hands the same session in again to have everything read afresh.
    if (session != m_session) {
        m_byHand.clear();
        m_undo->clear();
        m_message->clear();
    }
    m_session = session;
    m_refresh->follow(session, DataChange::Bank | DataChange::Invoices | DataChange::Payments | DataChange::CreditNotes
                                   | DataChange::Customers);
    reload();
}

QString BankReconciliationView::message() const
{
    return m_message->text();
}

void BankReconciliationView::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void BankReconciliationView::reload()
{
    QList<BankMatch> proposed;
    QList<BankMatch> unmatched;
    if (m_session) {
        try {
            for (BankMatch &match : m_session->bankReconciler().pending().matches) {
                const auto byHand = m_byHand.constFind(match.entryId);
                if (byHand != m_byHand.constEnd())
                    proposed << *byHand;
                else if (match.state == BankMatch::State::Proposed)
                    proposed << match;
                else
                    unmatched << match;
            }
        } catch (const StorageError &error) {
            emit loadFailed(error.message());
        }
    }
    m_proposals->setMatches(proposed, m_threshold->value());
    m_unmatched->setMatches(unmatched, 0);
    for (QTableView *view : {m_proposalView, m_unmatchedView}) {
        // Size the columns to what they hold, and to their titles when empty; the remittance text
        // and the reason share the rest.
        view->resizeColumnsToContents();
        const int remittance = BankMatchTableModel::RemittanceColumn;
        view->horizontalHeader()->resizeSection(remittance, std::min(view->horizontalHeader()->sectionSize(remittance), 260));
    }
    updateButtons();
}

void BankReconciliationView::updateButtons()
{
    const bool open = m_session != nullptr;
    const qsizetype ticked = m_proposals->ticked().size();
    m_import->setEnabled(open);
    m_book->setEnabled(open && ticked > 0);
    qint64 cents = 0;
    QString currency;
    bool mixed = false;
    for (const BankMatch &match : m_proposals->ticked()) {
        if (!currency.isEmpty() && currency != match.transaction.amount.currency())
            mixed = true;
        currency = match.transaction.amount.currency();
        cents += match.transaction.amount.cents();
    }
    if (m_proposals->rowCount() == 0 && m_unmatched->rowCount() > 0)
        m_proposalSummary->setText(tr("No proposals: name the invoices of the unmatched entries below."));
    else if (m_proposals->rowCount() == 0)
        m_proposalSummary->setText(open ? tr("No proposals: import a statement.") : QString());
    else if (mixed) // amounts of different currencies are never added up
        m_proposalSummary->setText(tr("%1 of %2 ticked.").arg(ticked).arg(m_proposals->rowCount()));
    else
        m_proposalSummary->setText(tr("%1 of %2 ticked, %3.")
                                       .arg(ticked)
                                       .arg(m_proposals->rowCount())
                                       .arg(UiLocale::formatMoney(cents, currency.isEmpty() ? QStringLiteral("EUR") : currency)));
    m_match->setEnabled(open && sourceRow(m_unmatchedView) >= 0 && !m_manualInvoice->text().trimmed().isEmpty());
    m_reject->setEnabled(open && sourceRow(m_proposalView) >= 0);
}

void BankReconciliationView::chooseStatement()
{
    if (!m_session)
        return;
    // The first filter, the one shown, takes every kind the core reads; format names need no translation.
    const QString path = FileDialogs::openFileName(this, tr("Import Bank Statement"), QString(),
                                                      QStringLiteral("CAMT.053, MT940, ZIP (*.xml *.053 *.sta *.940 *.swi *.txt *.zip);;")
                                                          + tr("CAMT.053 statements (*.xml *.053);;All files (*)"));
    if (!path.isEmpty())
        importStatement(path);
}

bool BankReconciliationView::importStatement(const QString &path)
{
    if (!m_session)
        return false;
    ReconcileReport report;
    try {
        report = m_session->bankReconciler().importStatement(path, std::nullopt);
    } catch (const StorageError &error) {
        report.errors << ImportIssue{path, 0, 0, error.message()};
    }
    if (!report.committed) {
        QStringList problems;
        for (const ImportIssue &issue : std::as_const(report.errors))
            problems << issue.toString();
        showMessage(tr("Nothing was imported from %1:\n%2").arg(QFileInfo(path).fileName(), problems.join(u'\n')), true);
        return false;
    }
    qint64 proposed = 0, unmatched = 0, before = 0;
    for (const BankMatch &match : std::as_const(report.matches)) {
        if (match.state == BankMatch::State::Proposed)
            ++proposed;
        else if (match.state == BankMatch::State::AlreadyBooked)
            ++before;
        else
            ++unmatched;
    }
    reload();
    // Two counts of things, two sentences: each takes its own plural form.
    QString message = tr("%1: %n credit(s), of which %2 with a proposal, %3 unmatched, %4 booked before.", nullptr,
                         int(report.matches.size()))
                          .arg(QFileInfo(path).fileName())
                          .arg(proposed)
                          .arg(unmatched)
                          .arg(before)
                      + u' ' + tr("%n debit(s) left out.", nullptr, int(report.debits));
    // A reversal changes what is open without the user's say: each one is named, with what it undid.
    if (!report.reversals.isEmpty()) {
        message += u'\n' + report.reversalSummary();
        for (const BankMatch &reversal : std::as_const(report.reversals))
            message += u'\n' + QStringLiteral("%1 %2 %3: %4").arg(reversal.transaction.entryRef, reversal.transaction.amount.currency(),
                                                              reversal.transaction.amount.toPlain(), reversal.reason);
    }
    if (!report.notes.isEmpty())
        message += u'\n' + report.notes.join(u'\n');
    showMessage(message, report.reversalsUndone() < qint64(report.reversals.size()));
    return true;
}

bool BankReconciliationView::bookTicked()
{
    const QList<BankMatch> ticked = m_proposals->ticked();
    if (!m_session || ticked.isEmpty())
        return false;
    if (!m_confirmBooking(int(ticked.size())))
        return false;
    ReconcileReport report;
    try {
        report = m_session->bankReconciler().book(ticked);
    } catch (const StorageError &error) {
        report.errors << ImportIssue{DatabaseLocation::displayName(m_session->location()), 0, 0, error.message()};
    }
    if (!report.committed) {
        QStringList problems;
        for (const ImportIssue &issue : std::as_const(report.errors))
            problems << issue.reason;
        showMessage(tr("Nothing was booked:\n%1").arg(problems.join(u'\n')), true);
        reload();
        return false;
    }
    for (const BankMatch &match : std::as_const(ticked))
        m_byHand.remove(match.entryId);
    // Booked entries are no longer the user's to tick or match: their steps go.
    m_undo->clear();
    reload();
    showMessage(tr("Booked %n payment(s).", nullptr, int(report.booked)));
    emit booked(report.booked);
    return true;
}

bool BankReconciliationView::matchSelected(const QString &invoiceNumbers)
{
    const int row = sourceRow(m_unmatchedView);
    if (!m_session || row < 0)
        return false;
    QString why;
    const auto match = m_session->bankReconciler().matchTo(m_unmatched->match(row), invoiceNumbers, &why);
    if (!match) {
        showMessage(tr("Not matched: %1").arg(why), true);
        return false;
    }
    m_manualInvoice->clear();
    m_undo->push(new MatchByHandCommand(*this, m_unmatched->match(row), *match, UiLocale::numberStyle()));
    showMessage(tr("The entry of %1 now pays %2; book it with the other ticked proposals.")
                    .arg(UiLocale::formatMoney(match->transaction.amount), numbersOf(*match)));
    return true;
}

bool BankReconciliationView::rejectSelected()
{
    const int row = sourceRow(m_proposalView);
    if (!m_session || row < 0)
        return false;
    const BankMatch match = m_proposals->match(row);
    // A match made by hand is only taken back; a proposal of the reconciler is rejected for good,
    // and the entry gets the next best proposal, or joins the unmatched entries.
    if (m_byHand.contains(match.entryId)) {
        m_undo->push(new MatchByHandCommand(*this, match, std::nullopt, UiLocale::numberStyle()));
    } else {
        try {
            m_session->bankReconciler().reject(match);
        } catch (const StorageError &error) {
            showMessage(tr("Not rejected: %1").arg(error.message()), true);
            return false;
        }
        reload();
    }
    QString now;
    for (int i = 0; i < m_proposals->rowCount() && now.isEmpty(); ++i) {
        if (m_proposals->match(i).entryId == match.entryId)
            now = numbersOf(m_proposals->match(i));
    }
    const QString amount = UiLocale::formatMoney(match.transaction.amount);
    if (!now.isEmpty())
        showMessage(tr("The entry of %1 no longer pays %2; it is proposed for %3 now.").arg(amount, numbersOf(match), now));
    else
        showMessage(tr("The entry of %1 no longer pays %2; name the invoices it pays under the unmatched entries.").arg(amount, numbersOf(match)));
    return true;
}

QString BankReconciliationView::numbersOf(const BankMatch &match)
{
    return BankMatchEdits::invoiceNumbers(match);
}

bool BankReconciliationView::isIncluded(qint64 entryId) const
{
    return m_proposals->isEntryTicked(entryId);
}

void BankReconciliationView::setIncluded(qint64 entryId, bool included)
{
    m_proposals->setEntryTicked(entryId, included);
}

std::optional<BankMatch> BankReconciliationView::byHand(qint64 entryId) const
{
    const auto match = m_byHand.constFind(entryId);
    return match == m_byHand.constEnd() ? std::nullopt : std::optional<BankMatch>(*match);
}

void BankReconciliationView::setByHand(qint64 entryId, const std::optional<BankMatch> &match)
{
    if (match)
        m_byHand.insert(entryId, *match);
    else
        m_byHand.remove(entryId);
    // The entry moves between the proposals and the unmatched entries.
    reload();
}

} // namespace dd
