#include "importers/ImportResultPage.h"

#include "importers/ImportReport.h"
#include "importers/ImportWizard.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

// The texts keep the wizard's translation context, where the catalogues have them.

namespace dd {

ImportResultPage::ImportResultPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(ImportWizard::tr("Result"));
    auto *resultLayout = new QVBoxLayout(this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_errors = new QPlainTextEdit(this);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setReadOnly(true);
    m_errors->setLineWrapMode(QPlainTextEdit::NoWrap);
    resultLayout->addWidget(m_result);
    resultLayout->addWidget(m_errors, 1);
    resultLayout->addStretch(); // keeps the summary at the top when there is no list of problems
    setFinalPage(true);
}

void ImportResultPage::initializePage()
{
    emit entered();
}

void ImportResultPage::showReport(const ImportReport &report, bool ubl)
{
    QString text;
    if (report.cancelled) {
        text = ImportWizard::tr("The import was cancelled: nothing was imported.");
    } else if (report.committed && ubl) {
        text = ImportWizard::tr("Imported %n document(s): %1 new, %2 updated, %3 unchanged.", nullptr, int(report.rows))
                   .arg(report.created)
                   .arg(report.updated)
                   .arg(report.unchanged);
        if (report.skipped > 0)
            text += ImportWizard::tr(" %n credit note(s) left out.", nullptr, int(report.skipped));
    } else if (report.committed) {
        text = ImportWizard::tr("Imported %n row(s): %1 new, %2 updated, %3 unchanged.", nullptr, int(report.rows))
                   .arg(report.created)
                   .arg(report.updated)
                   .arg(report.unchanged);
        if (report.rejected > 0)
            text += ImportWizard::tr(" %n row(s) left out, written to %1.", nullptr, int(report.rejected)).arg(report.rejectsFile);
    } else if (ubl) {
        text = ImportWizard::tr("Nothing was imported: %n problem(s) found.", nullptr, int(report.errors.size()));
    } else {
        text = ImportWizard::tr("Nothing was imported: %n problem(s) found. Correct the file, or go back and import the valid rows "
                                "only.",
                                nullptr, int(report.errors.size()));
    }
    if (!report.notes.isEmpty())
        text += u'\n' + report.notes.join(u'\n');
    m_result->setText(text);
    QStringList errors;
    for (const ImportIssue &issue : std::as_const(report.errors))
        errors << issue.toString();
    m_errors->setPlainText(errors.join(u'\n'));
    m_errors->setVisible(!errors.isEmpty());
}

void ImportResultPage::showDatabaseFailure(const QString &message)
{
    m_result->setText(message);
    m_errors->clear();
    m_errors->setVisible(false);
}

} // namespace dd
