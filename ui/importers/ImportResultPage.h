#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace dd {

struct ImportReport;

// The import wizard's last page: what the import wrote, or why it wrote nothing, with every
// problem as file:line:column: reason.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(QWidget *parent = nullptr);

    void initializePage() override;
    // `ubl`: the report is of UBL documents rather than CSV rows.
    void showReport(const ImportReport &report, bool ubl);
    // The database failed (its server went away, say), not the file: its message alone, with no
    // line of the file to correct.
    void showDatabaseFailure(const QString &message);

signals:
    // The page is shown: the import is to run now.
    void entered();

private:
    QLabel *m_result;
    QPlainTextEdit *m_errors;
};

} // namespace dd
