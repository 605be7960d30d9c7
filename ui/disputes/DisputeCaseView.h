#pragma once

#include "disputes/Dispute.h"
#include "disputes/DisputeWorkflow.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace dd {

class Database;
class DecisionTreeWidget;
class DisputeEditor;

// One dispute case: what the customer said, where the case is in the decision tree (drawn), the
// moves the workflow allows now as buttons, a form for the chosen move, and the findings with
// their evidence, the contact log and the audit trail. Every change goes through the
// DisputeEditor, so it is one transaction, checked by the workflow, and on the undo stack.
class DisputeCaseView : public QWidget
{
    Q_OBJECT
public:
    explicit DisputeCaseView(DisputeEditor *editor, QWidget *parent = nullptr);

    void setDatabase(Database *database);
    // The date that decides whether the promised answer is late.
    void setAsOf(const QDate &asOf);
    // 0: no case.
    void showDispute(qint64 disputeId);
    qint64 disputeId() const { return m_disputeId; }
    const std::optional<Dispute> &dispute() const { return m_dispute; }
    // Reads the case again.
    void reload();

    // Opens the form of `move`; the buttons do this for the allowed moves. A move the workflow
    // refuses can still be asked for here: confirming it shows the guard's reason.
    void openMoveForm(DisputeMove move);
    // Opens the cost-benefit assessment of legal collection.
    void openAssessmentForm();
    // Files to attach to the next finding (the Add… button and drops onto the findings end here).
    void addEvidenceFiles(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Form { None, Note, Decide, Amicable, Arrangement, Goodwill, Lessons, Close, StepBack, Assessment };

    QWidget *createHeader();
    QWidget *createMoveForm();
    QWidget *createDetailsTab();
    QWidget *createFindingsTab();
    QWidget *createContactsTab();
    QWidget *createAuditTab();
    void clearView();
    void updateMoves();
    void updateDetails();
    void closeForm();
    void confirmForm();
    void saveFinding();
    void saveContact();
    void showError(const QString &message);
    void chooseEvidenceFiles();

    static QString moveLabel(DisputeMove move);
    static QString actionName(const QString &code);

    DisputeEditor *m_editor;
    Database *m_database = nullptr;
    QDate m_asOf;
    qint64 m_disputeId = 0;
    std::optional<Dispute> m_dispute;
    WorkflowFacts m_facts;
    Form m_form = Form::None;
    std::optional<DisputeMove> m_formMove;
    QString m_assessmentDetails;
    qint64 m_assessmentGainCents = 0;
    QString m_assessmentRecommendation;
    QStringList m_evidencePaths;

    QLabel *m_title = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_invoices = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_received = nullptr;
    QLabel *m_promised = nullptr;
    QLabel *m_disputed = nullptr;
    QLabel *m_assignee = nullptr;
    DecisionTreeWidget *m_tree = nullptr;
    QLabel *m_blocked = nullptr;
    QWidget *m_movesBar = nullptr;
    QHBoxLayout *m_moves = nullptr;
    QLabel *m_error = nullptr;

    QGroupBox *m_formBox = nullptr;
    QStackedWidget *m_formPages = nullptr;
    QHash<int, QWidget *> m_pages; // Form -> page
    QLabel *m_noteInfo = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_verdict = nullptr;
    QLineEdit *m_justified = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    QPlainTextEdit *m_arrangement = nullptr;
    QLabel *m_goodwillWarning = nullptr;
    QLabel *m_goodwillInfo = nullptr;
    QPlainTextEdit *m_goodwillReason = nullptr;
    QLineEdit *m_lessonWhat = nullptr;
    QLineEdit *m_lessonDepartment = nullptr;
    QLineEdit *m_lessonAction = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_closeNote = nullptr;
    QLabel *m_stepBackInfo = nullptr;
    QLineEdit *m_stepBackNote = nullptr;
    QLabel *m_assessment = nullptr;
    QPushButton *m_confirm = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_story = nullptr;
    QLabel *m_verdictText = nullptr;
    QLabel *m_resolution = nullptr;
    QLabel *m_lessons = nullptr;
    QLabel *m_outcomeText = nullptr;

    QWidget *m_findingsPage = nullptr;
    QTreeWidget *m_findings = nullptr;
    QPushButton *m_addFinding = nullptr;
    QGroupBox *m_findingForm = nullptr;
    QLineEdit *m_findingSource = nullptr;
    QComboBox *m_findingDirection = nullptr;
    QPlainTextEdit *m_findingText = nullptr;
    QListWidget *m_evidence = nullptr;

    QTreeWidget *m_contacts = nullptr;
    QDateEdit *m_contactDate = nullptr;
    QComboBox *m_contactChannel = nullptr;
    QComboBox *m_contactDirection = nullptr;
    QLineEdit *m_contactSummary = nullptr;
    QCheckBox *m_contactFourteenDay = nullptr;
    QPushButton *m_addContact = nullptr;

    QTreeWidget *m_audit = nullptr;
};

} // namespace dd
