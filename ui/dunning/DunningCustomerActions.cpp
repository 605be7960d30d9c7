#include "DunningCustomerActions.h"

#include "DunningPreviewModel.h"
#include "DunningView.h"
#include "common/Error.h"
#include "customers/DoNotDunEditor.h"
#include "dunning/DunningSettings.h"
#include "session/Session.h"
#include "storage/StorageError.h"

#include <QTreeView>

namespace dd {

DunningCustomerActions::DunningCustomerActions(DunningView *view)
    : QObject(view)
    , m_view(view)
{
}

void DunningCustomerActions::closeHistory()
{
    // The history dialog reads through the database it was opened on.
    if (m_history)
        delete m_history.data();
}

DunningHistoryDialog *DunningCustomerActions::historyDialog() const
{
    return m_history.data();
}

void DunningCustomerActions::showHistory()
{
    const QModelIndex current = m_view->currentLetterIndex();
    const qint64 invoice = m_view->model()->invoiceIdAt(current);
    const qint64 customer = m_view->model()->customerIdAt(current);
    if (invoice != 0)
        showHistoryFor(DunningHistoryDialog::Subject::Invoice, invoice);
    else if (customer != 0)
        showHistoryFor(DunningHistoryDialog::Subject::Customer, customer);
}

void DunningCustomerActions::showHistoryFor(DunningHistoryDialog::Subject subject, qint64 id)
{
    Session *session = m_view->session();
    if (!session || id == 0)
        return;
    try {
        auto *dialog = new DunningHistoryDialog(*session, subject, id, m_view);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_history)
            m_history->close();
        m_history = dialog;
        dialog->show();
    } catch (const StorageError &error) {
        emit failed(error.message());
    }
}

bool DunningCustomerActions::setDoNotDun(qint64 customerId, bool doNotDun)
{
    Session *session = m_view->session();
    if (!session || customerId == 0)
        return false;
    try {
        if (m_doNotDunEditor)
            m_doNotDunEditor->setDoNotDun(customerId, doNotDun);
        else
            session->dunningSettings().setDoNotDun(customerId, doNotDun);
    } catch (const Error &error) {
        emit failed(error.message());
        return false;
    }
    emit doNotDunChanged(customerId, doNotDun);
    m_view->invalidate();
    return true;
}

void DunningCustomerActions::toggleDoNotDun()
{
    Session *session = m_view->session();
    const qint64 customer = m_view->model()->customerIdAt(m_view->currentLetterIndex());
    if (!session || customer == 0)
        return;
    bool marked = false;
    try {
        marked = session->dunningSettings().doNotDun(customer);
    } catch (const Error &error) {
        emit failed(error.message());
        return;
    }
    if (!setDoNotDun(customer, !marked))
        return;
    m_view->refreshPreview();
    // The customer moves between a level and the skipped group: keep it in view.
    selectCustomer(customer);
}

void DunningCustomerActions::selectCustomer(qint64 customerId)
{
    DunningPreviewModel *model = m_view->model();
    QTreeView *tree = m_view->tree();
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (model->customerIdAt(index) == customerId) {
                tree->expand(parent);
                tree->setCurrentIndex(index);
                tree->scrollTo(index);
                return;
            }
        }
    }
}

} // namespace dd
