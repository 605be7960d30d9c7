#include "legal/LegalTablesDialog.h"

#include "common/Error.h"
#include "common/ScreenFit.h"
#include "session/Session.h"

#include "common/DateEdits.h"
#include "common/UiLocale.h"
#include "common/SavedChangeButtons.h"
#include "legal/LegalTableRepository.h"
#include "legal/undo/AddInterestPeriodCommand.h"
#include "legal/Percentage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QUndoStack>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

QTableWidget *periodTable(const char *name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setItem(row, column, new QTableWidgetItem(text));
}

QString percent(qint64 basisPoints)
{
    return Percentage::format(basisPoints, UiLocale::numberStyle()) + QStringLiteral(" %");
}

} // namespace

LegalTablesDialog::LegalTablesDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("legalTablesDialog"));
    setWindowTitle(tr("Interest rates and court fees"));

    auto *root = new QVBoxLayout(this);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("tableSource"));
    m_source->setWordWrap(true);
    root->addWidget(m_source);

    auto *tabs = new QTabWidget(this);
    m_rates = periodTable("interestPeriodTable",
                          {tr("Kind"), tr("From"), tr("Until"), tr("Rate"), tr("Status"), tr("Source")}, tabs);
    m_fees = periodTable("courtFeePeriodTable",
                         {tr("From"), tr("Until"), tr("Brackets"), tr("Status"), tr("Source")}, tabs);
    tabs->addTab(m_rates, tr("Statutory interest"));
    tabs->addTab(m_fees, tr("Court fees"));
    root->addWidget(tabs, 1);

    auto *addBox = new QGroupBox(tr("Add an interest period"), this);
    auto *form = new QFormLayout(addBox);
    m_kind = new QComboBox(addBox);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItem(tr("Commercial (art. 6:119a BW)"), int(InterestKind::Commercial));
    m_kind->addItem(tr("Consumer (art. 6:119 BW)"), int(InterestKind::Consumer));
    form->addRow(tr("&Kind:"), m_kind);
    m_from = new QDateEdit(QDate(2026, 7, 1), addBox);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setCalendarPopup(true);
    DateEdits::limitToAcceptedRange(m_from);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&From:"), m_from);
    m_until = new QDateEdit(QDate(2026, 12, 31), addBox);
    m_until->setObjectName(QStringLiteral("periodUntil"));
    m_until->setCalendarPopup(true);
    DateEdits::limitToAcceptedRange(m_until);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Until (inclusive):"), m_until);
    m_rate = new QLineEdit(addBox);
    m_rate->setObjectName(QStringLiteral("periodRate"));
    m_rate->setPlaceholderText(tr("percent per year, e.g. 10,15"));
    form->addRow(tr("&Rate (%):"), m_rate);
    m_periodSource = new QLineEdit(addBox);
    m_periodSource->setObjectName(QStringLiteral("periodSource"));
    m_periodSource->setPlaceholderText(tr("e.g. Staatscourant, rijksoverheid.nl"));
    form->addRow(tr("&Source:"), m_periodSource);
    m_add = new QPushButton(tr("&Add period"), addBox);
    m_add->setObjectName(QStringLiteral("addPeriodButton"));
    m_add->setEnabled(m_session != nullptr);
    form->addRow(QString(), m_add);
    m_message = new QLabel(addBox);
    m_message->setObjectName(QStringLiteral("periodMessage"));
    m_message->setWordWrap(true);
    form->addRow(QString(), m_message);
    root->addWidget(addBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons = buttons;
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &LegalTablesDialog::addInterestPeriod);

    ScreenFit::resize(this, QSize(820, 620));
    reload();
}

void LegalTablesDialog::reload()
{
    InterestRateTable rates;
    CourtFeeTable fees;
    try {
        if (m_session) {
            LegalTableRepository &repository = m_session->legalTableRepository();
            rates = repository.interestRates();
            fees = repository.courtFees();
        } else {
            rates = InterestRateTable::shipped();
            fees = CourtFeeTable::shipped();
        }
    } catch (const Error &error) {
        m_message->setText(error.message());
    }
    // The shipped file's own "source" is a note for the developers who keep the table; the user
    // reads where the rates come from in law.
    m_source->setText(tr("Shipped tables: the statutory interest rates for consumers (art. 6:119 BW) and for commercial "
                         "transactions (art. 6:119a BW) as published in the Staatsblad, and the court fees of the Wet "
                         "griffierechten burgerlijke zaken. Periods marked \"to verify\" come from secondary sources only; "
                         "check them and add the official rate over them."));

    auto status = [](bool userAdded, bool toVerify) {
        if (userAdded)
            return tr("added by you");
        return toVerify ? tr("shipped, to verify") : tr("shipped");
    };

    m_rates->setRowCount(0);
    for (const InterestKind kind : {InterestKind::Commercial, InterestKind::Consumer}) {
        for (const InterestRatePeriod &period : rates.periods(kind)) {
            const int row = m_rates->rowCount();
            m_rates->insertRow(row);
            setCell(m_rates, row, 0, InterestRateTable::article(kind));
            setCell(m_rates, row, 1, UiLocale::formatDate(period.from));
            setCell(m_rates, row, 2, UiLocale::formatDate(period.until));
            setCell(m_rates, row, 3, percent(period.rateBasisPoints));
            setCell(m_rates, row, 4, status(period.userAdded, period.toVerify));
            setCell(m_rates, row, 5, period.source);
            if (period.toVerify)
                m_rates->item(row, 4)->setForeground(QColor(0xb0, 0x60, 0x00));
        }
    }

    m_fees->setRowCount(0);
    for (const CourtFeePeriod &period : fees.periods()) {
        const int row = m_fees->rowCount();
        m_fees->insertRow(row);
        setCell(m_fees, row, 0, UiLocale::formatDate(period.from));
        setCell(m_fees, row, 1, period.until ? UiLocale::formatDate(*period.until) : tr("open"));
        QStringList brackets;
        qint64 lower = 0;
        for (const CourtFeeBracket &bracket : period.brackets) {
            const QString range = bracket.upToCents
                                      ? tr("up to %1").arg(UiLocale::formatMoney(*bracket.upToCents, QStringLiteral("EUR")))
                                      : tr("above %1").arg(UiLocale::formatMoney(lower, QStringLiteral("EUR")));
            brackets << tr("%1: %2 / %3")
                            .arg(range, UiLocale::formatMoney(bracket.organisationCents, QStringLiteral("EUR")),
                                 UiLocale::formatMoney(bracket.personCents, QStringLiteral("EUR")));
            if (bracket.upToCents)
                lower = *bracket.upToCents;
        }
        setCell(m_fees, row, 2, tr("%n bracket(s)", nullptr, int(period.brackets.size())));
        m_fees->item(row, 2)->setToolTip(tr("Organisation / person:\n") + brackets.join(u'\n'));
        setCell(m_fees, row, 3, status(period.userAdded, period.toVerify));
        setCell(m_fees, row, 4, period.source);
    }
}

void LegalTablesDialog::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
    new SavedChangeButtons(m_buttons, stack);
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        reload();
        emit tablesChanged();
    });
}

bool LegalTablesDialog::addInterestPeriod()
{
    if (!m_session)
        return false;
    const auto rate = Percentage::parseBasisPoints(m_rate->text().trimmed());
    if (!rate) {
        m_message->setText(tr("The rate is not a percentage (at most two decimals): %1").arg(m_rate->text()));
        return false;
    }
    InterestRatePeriod period;
    period.from = IsoDate::fromQDate(m_from->date());
    period.until = IsoDate::fromQDate(m_until->date());
    period.rateBasisPoints = *rate;
    period.source = m_periodSource->text().trimmed();
    period.userAdded = true;
    const auto kind = InterestKind(m_kind->currentData().toInt());
    try {
        auto command = std::make_unique<AddInterestPeriodCommand>(*m_session, kind, period);
        command->perform();
        if (m_undo)
            m_undo->push(command.release());
    } catch (const Error &error) {
        m_message->setText(error.message());
        return false;
    }
    m_message->setText(tr("Added: %1 from %2 to %3 at %4.")
                           .arg(InterestRateTable::article(kind), UiLocale::formatDate(period.from),
                                UiLocale::formatDate(period.until), percent(period.rateBasisPoints)));
    reload();
    emit tablesChanged();
    return true;
}

} // namespace dd
