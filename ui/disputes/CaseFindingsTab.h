#pragma once

#include "disputes/Dispute.h"
#include "disputes/DisputeWorkflow.h"
#include "disputes/Finding.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace dd {

class DisputeEditor;

// The findings of a dispute case with their evidence, and the form of a new finding: files are
// attached with Add file… or dropped onto the tab. A finding is recorded through the editor.
class CaseFindingsTab : public QWidget
{
    Q_OBJECT
public:
    CaseFindingsTab(DisputeEditor *editor, QWidget *parent = nullptr);

    // `allowed`: whether the workflow lets a finding be added now, and if not, why.
    void showDispute(const Dispute &dispute, const QList<Finding> &findings, const GuardResult &allowed);
    void clear();
    // Forgets the new finding being written (another case is shown).
    void resetForm();
    void openForm();
    // Files to attach to the next finding; false (with message()) when no finding may be added.
    bool addEvidenceFiles(const QStringList &paths);

signals:
    // Why an edit was refused; empty when it was made.
    void message(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseEvidenceFiles();
    void saveFinding();

    DisputeEditor *m_editor;
    std::optional<Dispute> m_dispute;
    GuardResult m_allowed;
    QStringList m_evidencePaths;

    QTreeWidget *m_findings;
    QPushButton *m_addFinding;
    QGroupBox *m_form;
    QLineEdit *m_source;
    QComboBox *m_direction;
    QPlainTextEdit *m_text;
    QListWidget *m_evidence;
};

} // namespace dd
