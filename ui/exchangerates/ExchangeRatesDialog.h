#pragma once

#include <QDate>
#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dd {

class Session;
class ExchangeRateTableModel;

// Settings page of the euro reference rates (ExchangeRateRepository): the newest rate of each
// currency or one currency's history, a form to enter one, and the import of the ECB's rate file
// (eurofxref.csv for a day, eurofxref-hist.csv for every day since 1999). Credit notes in another currency state their VAT in euros at these
// rates. Each addition or import is one transaction; a file with any bad line adds nothing.
//
// `session` must outlive the dialog.
class ExchangeRatesDialog : public QDialog
{
    Q_OBJECT
public:
    // -> the chosen file, empty when cancelled. Tests answer in place of the file dialog.
    using FileChooser = std::function<QString()>;

    // A new rate starts on the session's as-of date.
    explicit ExchangeRatesDialog(Session &session, QWidget *parent = nullptr);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // Stores the rate in the form; false (with the reason, naming the field, shown) when refused.
    bool addRate();
    // Reads the ECB file at `path` and stores every rate in it; false (with file, line and field
    // of the problem shown) when refused, and then nothing is stored.
    bool importFile(const QString &path);
    void reload();

    ExchangeRateTableModel *model() const { return m_model; }

private:
    void chooseAndImport();
    void showMessage(const QString &text, bool error);

    Session &m_session;
    FileChooser m_chooseFile;
    ExchangeRateTableModel *m_model;
    QComboBox *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QLineEdit *m_currency;
    QDateEdit *m_date;
    QLineEdit *m_rate;
    QPushButton *m_add;
    QLabel *m_message;
};

} // namespace dd
