#pragma once

#include "creditnotes/CreditNote.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputeWorkflow.h"
#include "disputes/undo/DisputeCommandFactory.h"

#include <QGroupBox>
#include <QHash>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dd {

struct CaseAssessmentResult;
class CostBenefitView;

// The form of the move chosen on a dispute case: a note, the verdict, the explanation, the
// instalments, the goodwill reason, the lessons, the outcome, or the reason to step back; or the
// cost-benefit assessment of legal collection. What the move leaves behind that undo cannot take
// back is said here, before the user confirms.
class MoveFormPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit MoveFormPanel(QWidget *parent = nullptr);

    // `earlier`: the goodwill the customer had before, which the goodwill form warns about.
    void openMove(DisputeMove move, const Dispute &dispute, const std::optional<PreviousGoodwill> &earlier);
    void openAssessment(const CaseAssessmentResult &assessment);
    void closeForm();
    // The credit form's preview: the notes DisputeService::credit would issue, and the reason they
    // print for the customer by default (editable). `problem`: why no note can be issued.
    void setCreditPreview(const QList<CreditNote> &notes, const QString &customerReason, const QString &problem = QString());

    // The close form: what is open on the case's invoices today; "Paid" is offered only when
    // nothing is, and the form says why not before the user chooses.
    void setOpenOnInvoices(const Money &open);

    bool isOpen() const { return m_form != Form::None; }
    bool isAssessment() const { return m_form == Form::Assessment; }
    // The move whose form is open; none for the assessment.
    std::optional<DisputeMove> move() const { return m_move; }
    // What the form holds; nullopt with `error` set (and the field focused) when it is not valid.
    std::optional<MoveInput> input(const Dispute &dispute, QString *error) const;
    // The assessment shown, to record.
    qint64 assessmentGainCents() const { return m_assessmentGainCents; }
    const QString &assessmentRecommendation() const { return m_assessmentRecommendation; }
    const QString &assessmentDetails() const { return m_assessmentDetails; }
    // The assessment's table and recovery probability.
    CostBenefitView *costBenefitView() const { return m_costBenefit; }

signals:
    void confirmed();

private:
    enum class Form { None, Note, Credit, Decide, Amicable, Arrangement, Goodwill, Lessons, Close, StepBack, Assessment };

    void addPage(Form form, QLayout *content);
    void createPages();
    void showForm(Form form);
    // Confirm stays disabled while a decision the user must make (verdict, outcome) is not made.
    void updateConfirm();

    Form m_form = Form::None;
    std::optional<DisputeMove> m_move;
    QString m_assessmentDetails;
    qint64 m_assessmentGainCents = 0;
    QString m_assessmentRecommendation;

    // Every form's page, only the current one shown: a QStackedWidget answers heightForWidth with
    // its tallest page's height (hidden pages too), which left an empty band above the buttons.
    QWidget *m_pages;
    QHash<int, QWidget *> m_pageOf; // Form -> page
    QLabel *m_notice;
    QLabel *m_noteInfo = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_creditPreview = nullptr;
    QLineEdit *m_creditReason = nullptr;
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
    QLabel *m_closeWarning = nullptr;
    QLabel *m_stepBackInfo = nullptr;
    QLineEdit *m_stepBackNote = nullptr;
    CostBenefitView *m_costBenefit = nullptr;
    QPushButton *m_confirm;
};

} // namespace dd
