#pragma once

#include "exporters/ListCsvExport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QPrinter;
class QProgressDialog;
class QTableView;
class QTimer;

namespace dd {

class Session;

// "Export List…" and "Print List…" of one list (issue 19): the list as the user has it, filter
// and sort applied, every row and not only the pages the view has read. The CSV is written by
// core (ListCsvExport) through a session of its own on a worker thread, so a million rows leave
// the window responsive, with a progress dialog that can cancel. Printing draws the view's
// columns (ListPrinter). The main window's File menu reaches the list in front through
// QObject::findChild<ListOutput *>() on the current tab.
class ListOutput : public QObject
{
    Q_OBJECT
public:
    // Writes the list with `exporter` through `session`. Runs on the worker thread, so it may
    // hold copies only (the filter and the sort), never the view or its model.
    using Writer = std::function<qint64(Session &session, ListCsvExport &exporter)>;

    // A Writer for a paged list: opens the list's query with `open` (Session::invoiceList…),
    // gives it the filter and sort `shape` holds copies of, and writes it.
    template<typename Query, typename Shape>
    static Writer queryWriter(std::unique_ptr<Query> (Session::*open)(), Shape shape)
    {
        return [open, shape](Session &session, ListCsvExport &exporter) {
            const std::unique_ptr<Query> query = (session.*open)();
            shape(*query);
            return exporter.write(*query);
        };
    }

    // `session` says which database the list shows (nullptr: none open). `writer` is asked on
    // the GUI thread, at each export, for the list's current filter and sort.
    ListOutput(QTableView *view, const QString &title, std::function<Session *()> session, std::function<Writer()> writer,
               QWidget *parent);
    ~ListOutput() override;

    // A database is open: there is a list to export or print.
    bool isAvailable() const { return m_session() != nullptr; }
    QString title() const { return m_title; }
    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    // Adds both actions to a list's context menu.
    void addActionsTo(QMenu *menu) const;

    // Starts writing the list to `path`; false when no database is open or an export runs.
    bool exportTo(const QString &path);
    bool isExporting() const { return m_watcher.isRunning(); }
    // Prints the list on `printer`; the number of pages (0: the printer would not start).
    int printTo(QPrinter &printer) const;

    // Asks for a file and exports to it; asks for a printer and prints.
    void chooseAndExport();
    void chooseAndPrint();

signals:
    // The file is written completely with `rows` data rows.
    void exported(qint64 rows, const QString &path);
    void failed(const QString &message);

private:
    struct Progress
    {
        std::atomic<qint64> written{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };
    struct Result
    {
        qint64 rows = 0;
        bool cancelled = false;
        QString error;
    };
    void finished();
    void showProgress();
    void report(const QString &message, bool failure);

    QTableView *m_view;
    QString m_title;
    std::function<Session *()> m_session;
    std::function<Writer()> m_writer;
    QAction *m_export;
    QAction *m_print;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<Progress> m_progress;
    QString m_path;
    QTimer *m_poll;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace dd
