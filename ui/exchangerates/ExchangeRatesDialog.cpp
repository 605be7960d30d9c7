#include "ExchangeRatesDialog.h"

#include "common/Error.h"
#include "common/FileDialogs.h"
#include "common/ScreenFit.h"
#include "session/Session.h"

#include "ExchangeRateTableModel.h"
#include "common/DateEdits.h"
#include "common/TableViews.h"
#include "common/UiLocale.h"
#include "exchangerates/EcbRatesFile.h"
#include "exchangerates/ExchangeRateRepository.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

namespace dd {

ExchangeRatesDialog::ExchangeRatesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new ExchangeRateTableModel(this))
    , m_filter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("exchangeRatesDialog"));
    setWindowTitle(tr("Exchange rates"));
    m_chooseFile = [this] {
        return FileDialogs::openFileName(this, tr("Import ECB Reference Rates"), QString(),
                                            tr("ECB rate files (eurofxref*.csv);;CSV files (*.csv);;All files (*)"));
    };

    auto *root = new QVBoxLayout(this);
    auto *about = new QLabel(tr("Euro reference rates: how many units of a currency one euro buys (1 EUR = 0.8613 GBP), "
                                "as the ECB quotes them. A credit note in another currency states its VAT in euros at "
                                "the rate of the invoice date, or the latest rate before it."),
                             this);
    about->setWordWrap(true);
    root->addWidget(about);

    m_filter->setObjectName(QStringLiteral("rateCurrencyFilter"));
    m_filter->setAccessibleName(tr("Show the rates of"));
    m_count->setObjectName(QStringLiteral("rateCount"));
    auto *import = new QPushButton(tr("&Import ECB File…"), this);
    import->setObjectName(QStringLiteral("rateImportButton"));
    import->setToolTip(tr("eurofxref.csv (one day) or eurofxref-hist.csv (every day since 1999) from the ECB's website"));
    auto *top = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("C&urrency:"), this);
    filterLabel->setBuddy(m_filter);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addWidget(m_count, 1);
    top->addWidget(import);
    root->addLayout(top);

    m_table->setObjectName(QStringLiteral("exchangeRateTable"));
    m_table->setModel(m_model);
    TableViews::setUpList(m_table);
    TableViews::fitColumns(m_table, {{QStringLiteral("GBP")},
                                     {UiLocale::formatDate(QDate(2026, 12, 31))},
                                     {QStringLiteral("12345.678900")},
                                     {tr("entered")}});
    root->addWidget(m_table, 1);

    auto *addBox = new QGroupBox(tr("Enter a rate"), this);
    auto *form = new QFormLayout(addBox);
    m_currency = new QLineEdit(addBox);
    m_currency->setObjectName(QStringLiteral("rateCurrency"));
    m_currency->setPlaceholderText(QStringLiteral("GBP"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    connect(m_currency, &QLineEdit::textEdited, m_currency, [this](const QString &text) {
        if (text != text.toUpper())
            m_currency->setText(text.toUpper());
    });
    form->addRow(tr("&Currency:"), m_currency);
    m_date = new QDateEdit(session.asOf(), addBox);
    m_date->setObjectName(QStringLiteral("rateDate"));
    m_date->setCalendarPopup(true);
    DateEdits::limitToAcceptedRange(m_date);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date:"), m_date);
    m_rate = new QLineEdit(addBox);
    m_rate->setObjectName(QStringLiteral("rateValue"));
    const ExchangeRate example{QStringLiteral("GBP"), Date(), 861300, QString()};
    m_rate->setPlaceholderText(tr("units per euro, e.g. %1").arg(example.rateText(UiLocale::numberStyle())));
    form->addRow(tr("&Rate:"), m_rate);
    m_add = new QPushButton(tr("&Add Rate"), addBox);
    m_add->setObjectName(QStringLiteral("rateAddButton"));
    form->addRow(QString(), m_add);
    root->addWidget(addBox);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("rateMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    root->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &ExchangeRatesDialog::addRate);
    connect(m_rate, &QLineEdit::returnPressed, this, &ExchangeRatesDialog::addRate);
    connect(import, &QPushButton::clicked, this, &ExchangeRatesDialog::chooseAndImport);
    connect(m_filter, &QComboBox::activated, this, &ExchangeRatesDialog::reload);

    ScreenFit::resize(this, QSize(720, 620));
    reload();
}

void ExchangeRatesDialog::reload()
{
    const QString shown = m_filter->currentData().toString();
    try {
        ExchangeRateRepository &repository = m_session.exchangeRateRepository();
        const QStringList currencies = repository.currencies();
        {
            const QSignalBlocker blocker(m_filter);
            m_filter->clear();
            m_filter->addItem(tr("Newest of each"), QString());
            for (const QString &currency : currencies)
                m_filter->addItem(currency, currency);
            m_filter->setCurrentIndex(std::max(0, m_filter->findData(shown)));
        }
        // One currency's history, or the newest rate of each: the whole history would take seconds.
        const QString currency = m_filter->currentData().toString();
        m_model->setRates(currency.isEmpty() ? repository.latest() : repository.list(currency));
    } catch (const StorageError &error) {
        showMessage(error.message(), true);
    }
    m_count->setText(tr("%n rate(s)", nullptr, m_model->rowCount()));
}

bool ExchangeRatesDialog::addRate()
{
    const QString currency = m_currency->text().trimmed().toUpper();
    if (currency.size() != 3 || currency == QLatin1String("EUR")) {
        showMessage(tr("Currency: \"%1\" is not the three-letter code of a currency other than the euro (e.g. GBP).").arg(currency),
                    true);
        m_currency->setFocus();
        return false;
    }
    const std::optional<qint64> micros = ExchangeRate::parseRate(m_rate->text().trimmed());
    if (!micros) {
        showMessage(tr("Rate: \"%1\" is not a rate above zero with at most six decimals (units of %2 per euro).")
                        .arg(m_rate->text(), currency),
                    true);
        m_rate->setFocus();
        return false;
    }
    const ExchangeRate rate{currency, IsoDate::fromQDate(m_date->date()), *micros, ExchangeRate::enteredSource()};
    try {
        m_session.exchangeRateRepository().save({rate});
    } catch (const Error &error) {
        showMessage(error.message(), true);
        return false;
    }
    showMessage(tr("Added: 1 EUR = %1 %2 on %3.")
                    .arg(rate.rateText(UiLocale::numberStyle()), rate.currency, UiLocale::formatDate(rate.date)),
                false);
    m_rate->clear();
    reload();
    return true;
}

bool ExchangeRatesDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QList<ExchangeRate> rates;
    QString error;
    try {
        rates = EcbRatesFile::parse(file.readAll(), QFileInfo(path).fileName());
        m_session.exchangeRateRepository().save(rates);
    } catch (const Error &failure) {
        error = failure.message();
    }
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        showMessage(tr("Nothing was imported. %1").arg(error), true);
        return false;
    }
    showMessage(tr("Imported %n rate(s) from %1.", nullptr, int(rates.size())).arg(QFileInfo(path).fileName()), false);
    reload();
    return true;
}

void ExchangeRatesDialog::chooseAndImport()
{
    const QString path = m_chooseFile();
    if (!path.isEmpty())
        importFile(path);
}

void ExchangeRatesDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace dd
