#include "CreditNoteListView.h"

#include "common/ViewRefresh.h"
#include "session/Session.h"

#include "CreditNoteFileSaver.h"
#include "CreditNoteTableModel.h"
#include "common/ListColumnFit.h"
#include "common/ListOutput.h"
#include "common/TableViews.h"
#include "exporters/ListCsvExport.h"
#include "common/UiLocale.h"
#include "creditnotes/CreditNoteDocument.h"
#include "creditnotes/CreditNoteService.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dd {

CreditNoteListView::CreditNoteListView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CreditNoteTableModel(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_count(new QLabel(this))
    , m_issue(new QPushButton(tr("&Issue Credit Note…"), this))
    , m_savePdf(new QPushButton(tr("Save &PDF…"), this))
    , m_saveUbl(new QPushButton(tr("Save &UBL…"), this))
    , m_saver(new CreditNoteFileSaver(this))
{
    setObjectName(QStringLiteral("creditNoteListView"));
    m_refresh = new ViewRefresh(this, [this] { refresh(); });
    m_model->setObjectName(QStringLiteral("creditNoteModel"));
    m_table->setObjectName(QStringLiteral("creditNoteTable"));
    m_detail->setObjectName(QStringLiteral("creditNoteDetail"));
    m_count->setObjectName(QStringLiteral("creditNoteCount"));
    m_issue->setObjectName(QStringLiteral("creditNoteIssue"));
    m_savePdf->setObjectName(QStringLiteral("creditNoteSavePdf"));
    m_saveUbl->setObjectName(QStringLiteral("creditNoteSaveUbl"));
    m_table->setModel(m_model);
    TableViews::setUpList(m_table);
    TableViews::fitColumns(m_table, {{QStringLiteral("CN-2026-000000")},
                                     {UiLocale::formatDate(QDate(2026, 12, 31))},
                                     {QStringLiteral("Bouwbedrijf Van der Berg B.V.")},
                                     {QStringLiteral("INV-2026-000000")},
                                     {QStringLiteral("DSP-2026-000000")},
                                     {QStringLiteral("Price agreed in the quotation")},
                                     {UiLocale::formatMoney(-12345678, QStringLiteral("EUR"))},
                                     {UiLocale::formatMoney(-1234567, QStringLiteral("EUR"))},
                                     {UiLocale::formatMoney(-12345678, QStringLiteral("EUR"))}});
    // The customer's name takes the room that is left, not the total at the end.
    ListColumnFit::fitAndRemember(m_table, CreditNoteTableModel::Customer, QStringLiteral("creditNotes"));
    m_output = new ListOutput(
        m_table, tr("Credit notes"), [this] { return m_session; },
        []() -> ListOutput::Writer {
            return [](Session &session, ListCsvExport &exporter) {
                return exporter.writeCreditNotes(session.creditNoteRepository(), session.customerRepository());
            };
        },
        this);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        auto *menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("creditNoteListContextMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        m_output->addActionsTo(menu);
        menu->popup(m_table->viewport()->mapToGlobal(position));
    });
    m_detail->setOpenLinks(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_count, 1);
    top->addWidget(m_savePdf);
    top->addWidget(m_saveUbl);
    top->addWidget(m_issue);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_issue, &QPushButton::clicked, this, &CreditNoteListView::issueRequested);
    connect(m_savePdf, &QPushButton::clicked, this, [this] { chooseAndSave(false); });
    connect(m_saveUbl, &QPushButton::clicked, this, [this] { chooseAndSave(true); });
    connect(m_model, &CreditNoteTableModel::loadFailed, this, &CreditNoteListView::loadFailed);
    connect(m_saver, &CreditNoteFileSaver::failed, this, &CreditNoteListView::loadFailed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CreditNoteListView::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CreditNoteListView::updateDetail);
    updateDetail();
}

void CreditNoteListView::setSession(Session *session)
{
    m_session = session;
    m_model->setSession(session);
    // A note issued from a case, the invoice list or an import shows here.
    m_refresh->follow(session, DataChange::CreditNotes);
}

void CreditNoteListView::refresh()
{
    const qint64 current = currentCreditNoteId();
    m_model->refresh();
    if (current != 0)
        showCreditNote(current);
}

void CreditNoteListView::showCreditNote(qint64 creditNoteId)
{
    const int row = m_model->rowOf(creditNoteId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

qint64 CreditNoteListView::currentCreditNoteId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->creditNoteIdAt(current.row()) : 0;
}

void CreditNoteListView::updateDetail()
{
    m_count->setText(tr("%n credit note(s)", nullptr, m_model->rowCount()));
    const qint64 id = currentCreditNoteId();
    m_savePdf->setEnabled(id != 0);
    m_saveUbl->setEnabled(id != 0);
    m_issue->setEnabled(m_session != nullptr);
    m_detail->clear();
    if (id == 0 || !m_session)
        return;
    try {
        CreditNoteService &service = m_session->creditNoteService();
        if (const auto note = service.repository().find(id))
            m_detail->setHtml(service.html(*note));
    } catch (const StorageError &error) {
        emit loadFailed(error.message());
    }
}

std::optional<CreditNote> CreditNoteListView::noteOf(qint64 creditNoteId)
{
    if (!m_session)
        return std::nullopt;
    try {
        return m_session->creditNoteRepository().find(creditNoteId);
    } catch (const StorageError &error) {
        emit loadFailed(error.message());
    }
    return std::nullopt;
}

bool CreditNoteListView::savePdf(qint64 creditNoteId, const QString &path)
{
    const auto note = noteOf(creditNoteId);
    return note && m_saver->savePdf(m_session->creditNoteService(), *note, path);
}

bool CreditNoteListView::saveUbl(qint64 creditNoteId, const QString &path)
{
    const auto note = noteOf(creditNoteId);
    return note && m_saver->saveUbl(m_session->creditNoteService(), *note, path);
}

void CreditNoteListView::chooseAndSave(bool ubl)
{
    const auto note = noteOf(currentCreditNoteId());
    if (!note)
        return;
    if (ubl)
        m_saver->chooseAndSaveUbl(m_session->creditNoteService(), *note);
    else
        m_saver->chooseAndSavePdf(m_session->creditNoteService(), *note);
}

} // namespace dd
