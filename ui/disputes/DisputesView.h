#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;

namespace dd {

class DisputeCaseView;
class DisputeEditor;
class DisputeListView;
class DisputeTableModel;
class ProactiveWarningsView;
class Session;
class ViewRefresh;

// The Disputes area of the main window: the case list with its filters and the proactive
// warnings on the left, the selected case on the right. Follows every change the session
// announces, whoever made it.
class DisputesView : public QWidget
{
    Q_OBJECT
public:
    DisputesView(DisputeEditor *editor, QWidget *parent = nullptr);

    // The list, the warnings and the case follow what the session says changed.
    void setSession(Session *session);
    void setAsOf(const QDate &asOf);
    void refresh();
    void showDispute(qint64 disputeId);

    DisputeTableModel *model() const { return m_model; }
    DisputeListView *listView() const { return m_list; }
    DisputeCaseView *caseView() const { return m_case; }
    ProactiveWarningsView *warningsView() const { return m_warnings; }

signals:
    void loadFailed(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateWarningsTitle();
    // Gives the case list its share of the splitter's width.
    void applyListShare();

    DisputeEditor *m_editor;
    Session *m_session = nullptr;
    DisputeTableModel *m_model;
    DisputeListView *m_list;
    ProactiveWarningsView *m_warnings;
    QLabel *m_warningsTitle;
    DisputeCaseView *m_case;
    ViewRefresh *m_warningsRefresh;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_leftTabs = nullptr;
    // The case list's share of the width, in thousandths; chosen: dragged by the user.
    int m_listShare = 550;
    bool m_shareChosen = false;
};

} // namespace dd
