#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QSplitter;

namespace dd {

class Database;
class DisputeCaseView;
class DisputeEditor;
class DisputeListView;
class DisputeTableModel;
class ProactiveWarningsView;

// The Disputes area of the main window: the case list with its filters and the proactive
// warnings on the left, the selected case on the right. Follows every change the editor makes.
class DisputesView : public QWidget
{
    Q_OBJECT
public:
    DisputesView(DisputeEditor *editor, QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void setAsOf(const QDate &asOf);
    void refresh();
    void showDispute(qint64 disputeId);

    DisputeTableModel *model() const { return m_model; }
    DisputeListView *listView() const { return m_list; }
    DisputeCaseView *caseView() const { return m_case; }
    ProactiveWarningsView *warningsView() const { return m_warnings; }

signals:
    void loadFailed(const QString &message);

private:
    void updateWarningsTitle();

    DisputeEditor *m_editor;
    DisputeTableModel *m_model;
    DisputeListView *m_list;
    ProactiveWarningsView *m_warnings;
    QLabel *m_warningsTitle;
    DisputeCaseView *m_case;
};

} // namespace dd
