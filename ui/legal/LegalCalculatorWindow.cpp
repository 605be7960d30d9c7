#include "legal/LegalCalculatorWindow.h"

#include "common/Error.h"
#include "common/Clock.h"
#include "common/ScreenFit.h"
#include "session/Session.h"

#include "common/DateEdits.h"
#include "common/UiLocale.h"
#include "common/ValidationError.h"
#include "disputes/DisputeRepository.h"
#include "legal/CaseAssessment.h"
#include "legal/CollectionCosts.h"
#include "legal/LegalTableRepository.h"
#include "legal/Limitation.h"
#include "legal/Percentage.h"
#include "legal/StatutoryInterest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

const QString euro = QStringLiteral("EUR");

QLabel *resultLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableWidget *resultTable(const char *name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(110);
    return table;
}

void setCell(QTableWidget *table, int row, int column, const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

QString percent(qint64 basisPoints)
{
    return Percentage::format(basisPoints, UiLocale::numberStyle()) + QStringLiteral(" %");
}

} // namespace

LegalCalculatorWindow::LegalCalculatorWindow(Session *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
{
    setObjectName(QStringLiteral("legalCalculator"));
    setWindowTitle(tr("Legal calculator"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *root = new QVBoxLayout(this);
    m_message = resultLabel("calculatorMessage", this);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    try {
        if (m_session) {
            LegalTableRepository &tables = m_session->legalTableRepository();
            m_rates = tables.interestRates();
            m_fees = tables.courtFees();
        } else {
            m_rates = InterestRateTable::shipped();
            m_fees = CourtFeeTable::shipped();
        }
    } catch (const Error &error) {
        m_message->setText(error.message());
    }

    // Input: what the user knows about the claim.
    auto *input = new QGroupBox(tr("Claim"), this);
    auto *form = new QFormLayout(input);
    m_principal = new QLineEdit(input);
    m_principal->setObjectName(QStringLiteral("principalEdit"));
    m_principal->setPlaceholderText(tr("e.g. 1.234,56"));
    form->addRow(tr("&Principal (€):"), m_principal);

    // Without a database the calculator still works, counting from today by the system clock.
    const QDate today = m_session ? m_session->asOf() : SystemClock().now().toLocalTime().date();
    m_from = new QDateEdit(today.addMonths(-3), input);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    DateEdits::limitToAcceptedRange(m_from);
    m_from->setDisplayFormat(UiLocale::locale().dateFormat(QLocale::ShortFormat).contains(u'/')
                                 ? QStringLiteral("dd/MM/yyyy")
                                 : QStringLiteral("dd-MM-yyyy"));
    form->addRow(tr("In default &from (first day):"), m_from);
    m_to = new QDateEdit(today, input);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    DateEdits::limitToAcceptedRange(m_to);
    m_to->setDisplayFormat(m_from->displayFormat());
    form->addRow(tr("Interest &to (last day):"), m_to);

    m_debtor = new QComboBox(input);
    m_debtor->setObjectName(QStringLiteral("debtorKind"));
    m_debtor->addItem(tr("Business (commercial interest, art. 6:119a BW)"), int(CollectionCosts::Debtor::Business));
    m_debtor->addItem(tr("Consumer (statutory interest, art. 6:119 BW)"), int(CollectionCosts::Debtor::Consumer));
    form->addRow(tr("&Debtor:"), m_debtor);
    m_vatUplift = new QCheckBox(tr("Add &VAT to the collection costs (creditor cannot deduct VAT)"), input);
    m_vatUplift->setObjectName(QStringLiteral("vatUplift"));
    form->addRow(QString(), m_vatUplift);
    m_consumerGoods = new QCheckBox(tr("Consumer purchase of &goods (2-year limitation, art. 7:28 BW)"), input);
    m_consumerGoods->setObjectName(QStringLiteral("consumerGoods"));
    form->addRow(QString(), m_consumerGoods);
    root->addWidget(input);
    root->addWidget(m_message);

    // Results.
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);

    auto *costsBox = new QGroupBox(tr("Collection costs (art. 6:96 BW)"), results);
    auto *costsLayout = new QVBoxLayout(costsBox);
    m_costs = resultLabel("collectionCosts", costsBox);
    m_brackets = resultTable("bracketTable", {tr("Bracket"), tr("Rate"), tr("Part of principal"), tr("Costs")}, costsBox);
    costsLayout->addWidget(m_costs);
    costsLayout->addWidget(m_brackets);
    resultsLayout->addWidget(costsBox);

    auto *interestBox = new QGroupBox(tr("Statutory interest"), results);
    auto *interestLayout = new QVBoxLayout(interestBox);
    m_interestTotal = resultLabel("interestTotal", interestBox);
    m_interest = resultTable("interestTable",
                             {tr("From"), tr("To"), tr("Days"), tr("Rate"), tr("Principal"), tr("Interest")},
                             interestBox);
    m_convention = resultLabel("interestConvention", interestBox);
    m_convention->setText(tr("Day count: %1.").arg(StatutoryInterest::convention()));
    interestLayout->addWidget(m_interestTotal);
    interestLayout->addWidget(m_interest);
    interestLayout->addWidget(m_convention);
    resultsLayout->addWidget(interestBox);

    auto *totalsBox = new QGroupBox(tr("Court fee, totals and limitation"), results);
    auto *totalsForm = new QFormLayout(totalsBox);
    m_courtFee = resultLabel("courtFee", totalsBox);
    m_total = resultLabel("claimTotal", totalsBox);
    m_limitation = resultLabel("limitationDate", totalsBox);
    totalsForm->addRow(tr("Court fee:"), m_courtFee);
    totalsForm->addRow(tr("Total claim:"), m_total);
    totalsForm->addRow(tr("Limitation:"), m_limitation);
    resultsLayout->addWidget(totalsBox);

    auto *caseBox = new QGroupBox(tr("Cost-benefit of going to court for a case"), results);
    auto *caseLayout = new QVBoxLayout(caseBox);
    auto *caseRow = new QHBoxLayout;
    m_caseNumber = new QLineEdit(caseBox);
    m_caseNumber->setObjectName(QStringLiteral("caseNumber"));
    m_caseNumber->setPlaceholderText(tr("case number"));
    m_probability = new QSpinBox(caseBox);
    m_probability->setObjectName(QStringLiteral("recoveryProbability"));
    m_probability->setRange(-1, 100);
    m_probability->setValue(-1);
    m_probability->setSuffix(QStringLiteral(" %"));
    m_probability->setSpecialValueText(tr("from payment history"));
    m_assess = new QPushButton(tr("&Assess"), caseBox);
    m_assess->setObjectName(QStringLiteral("assessButton"));
    m_assess->setEnabled(m_session != nullptr);
    auto *caseLabel = new QLabel(tr("&Case:"), caseBox);
    caseLabel->setBuddy(m_caseNumber);
    auto *probabilityLabel = new QLabel(tr("Recovery &probability:"), caseBox);
    probabilityLabel->setBuddy(m_probability);
    caseRow->addWidget(caseLabel);
    caseRow->addWidget(m_caseNumber);
    caseRow->addWidget(probabilityLabel);
    caseRow->addWidget(m_probability);
    caseRow->addWidget(m_assess);
    m_recommendation = resultLabel("recommendation", caseBox);
    caseLayout->addLayout(caseRow);
    caseLayout->addWidget(m_recommendation);
    resultsLayout->addWidget(caseBox);
    resultsLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(results);
    root->addWidget(scroll, 1);

    connect(m_principal, &QLineEdit::textChanged, this, &LegalCalculatorWindow::recompute);
    connect(m_from, &QDateEdit::dateChanged, this, &LegalCalculatorWindow::recompute);
    connect(m_to, &QDateEdit::dateChanged, this, &LegalCalculatorWindow::recompute);
    connect(m_debtor, &QComboBox::currentIndexChanged, this, &LegalCalculatorWindow::recompute);
    connect(m_vatUplift, &QCheckBox::toggled, this, &LegalCalculatorWindow::recompute);
    connect(m_consumerGoods, &QCheckBox::toggled, this, &LegalCalculatorWindow::recompute);
    connect(m_assess, &QPushButton::clicked, this, &LegalCalculatorWindow::assessCase);
    connect(m_caseNumber, &QLineEdit::returnPressed, this, &LegalCalculatorWindow::assessCase);

    ScreenFit::resize(this, QSize(760, 820));
    recompute();
}

void LegalCalculatorWindow::recompute()
{
    m_message->clear();
    m_costs->clear();
    m_brackets->setRowCount(0);
    m_interestTotal->clear();
    m_interest->setRowCount(0);
    m_courtFee->clear();
    m_total->clear();
    m_limitation->clear();

    const auto debtor = CollectionCosts::Debtor(m_debtor->currentData().toInt());
    m_consumerGoods->setEnabled(debtor == CollectionCosts::Debtor::Consumer);
    if (m_principal->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter the principal to calculate."));
        return;
    }
    QString error;
    const auto principal = Money::parse(m_principal->text().trimmed(), euro, UiLocale::numberStyle(), &error);
    if (!principal || principal->cents() <= 0) {
        m_message->setText(principal ? tr("The principal must be more than zero.")
                                     : tr("The principal is not an amount: %1").arg(error));
        return;
    }

    QStringList problems;
    Money claim = *principal;

    // Collection costs.
    try {
        const CollectionCostsResult costs = CollectionCosts::compute(*principal, debtor, m_vatUplift->isChecked());
        m_brackets->setRowCount(int(costs.brackets.size()));
        int row = 0;
        for (const CollectionCostBracket &bracket : costs.brackets) {
            const QString range = bracket.toCents
                                      ? tr("%1 to %2").arg(UiLocale::formatMoney(bracket.fromCents, euro),
                                                           UiLocale::formatMoney(*bracket.toCents, euro))
                                      : tr("above %1").arg(UiLocale::formatMoney(bracket.fromCents, euro));
            setCell(m_brackets, row, 0, range, false);
            setCell(m_brackets, row, 1, percent(bracket.rateBasisPoints), true);
            setCell(m_brackets, row, 2, UiLocale::formatMoney(bracket.base), true);
            setCell(m_brackets, row, 3, UiLocale::formatMoney(bracket.amount), true);
            ++row;
        }
        QString text = tr("Collection costs: %1").arg(UiLocale::formatMoney(costs.costs));
        if (costs.minimumApplied)
            text += tr(" (the minimum)");
        if (costs.maximumApplied)
            text += tr(" (the maximum)");
        if (costs.vatUplift)
            text += tr("; with %1 VAT: %2").arg(UiLocale::formatMoney(costs.vat), UiLocale::formatMoney(costs.total));
        if (debtor == CollectionCosts::Debtor::Business)
            text += tr(". Alternative for a business: the fixed EU compensation of %1 per late invoice.")
                        .arg(UiLocale::formatMoney(costs.euCompensation));
        m_costs->setText(text);
        claim += costs.total;
    } catch (const ValidationError &e) {
        problems << tr("Collection costs: %1").arg(e.message());
    }

    // Interest.
    const Date from = IsoDate::fromQDate(m_from->date());
    const Date to = IsoDate::fromQDate(m_to->date());
    const InterestKind kind =
        debtor == CollectionCosts::Debtor::Consumer ? InterestKind::Consumer : InterestKind::Commercial;
    if (to < from) {
        problems << tr("Interest: the last day is before the first day of default.");
    } else {
        try {
            const InterestResult interest = StatutoryInterest(m_rates).compute(kind, *principal, from, to);
            m_interest->setRowCount(int(interest.periods.size()));
            int row = 0;
            for (const InterestPeriodLine &line : interest.periods) {
                setCell(m_interest, row, 0, UiLocale::formatDate(line.from), false);
                setCell(m_interest, row, 1, UiLocale::formatDate(line.to), false);
                setCell(m_interest, row, 2, QStringLiteral("%1 / %2").arg(line.days).arg(line.yearDays), true);
                setCell(m_interest, row, 3, percent(line.rateBasisPoints) + (line.toVerify ? tr(" (to verify)") : QString()),
                        true);
                setCell(m_interest, row, 4, UiLocale::formatMoney(line.principal), true);
                setCell(m_interest, row, 5, UiLocale::formatMoney(line.interest), true);
                ++row;
            }
            QString text = tr("Interest (%1) over %n day(s): %2", nullptr, interest.days)
                               .arg(InterestRateTable::article(kind), UiLocale::formatMoney(interest.interest));
            if (!interest.compoundedOn.empty())
                text += tr("; compounded %n time(s)", nullptr, int(interest.compoundedOn.size()));
            if (interest.ratesToVerify)
                text += tr(". Some rates are marked \"to verify\" in the table: check them in the settings.");
            m_interestTotal->setText(text);
            claim += interest.interest;
        } catch (const ValidationError &e) {
            problems << tr("Interest not computed: %1").arg(e.message());
        }
    }

    // Court fee: what the creditor (an organisation) pays on filing the summons.
    try {
        const CourtFeeResult fee = m_fees.fee(claim, CourtFeeParty::Organisation, to);
        m_courtFee->setText(tr("%1 for a claim of %2, paid by the claimant (organisation)%3")
                                .arg(UiLocale::formatMoney(fee.fee), UiLocale::formatMoney(claim),
                                     fee.toVerify ? tr(" (to verify)") : QString()));
    } catch (const ValidationError &e) {
        problems << tr("Court fee: %1").arg(e.message());
    }
    m_total->setText(tr("%1 (principal, collection costs and interest, without the court fee)")
                         .arg(UiLocale::formatMoney(claim)));

    // Limitation: the claim fell due the day before default started.
    const auto limitationKind = debtor == CollectionCosts::Debtor::Consumer && m_consumerGoods->isChecked()
                                    ? Limitation::Kind::ConsumerGoods
                                    : Limitation::Kind::Other;
    const LimitationResult limitation =
        Limitation::compute(limitationKind, from - boost::gregorian::days(1), {}, to);
    QString limitationText = tr("barred from %1 (%2 years, %3)")
                                 .arg(UiLocale::formatDate(limitation.barredFrom))
                                 .arg(limitation.years)
                                 .arg(limitation.article);
    if (limitation.status == Limitation::Status::Expired)
        limitationText += tr("; already barred on the last day");
    else
        limitationText += tr("; %n day(s) left on the last day", nullptr, int(limitation.daysLeft));
    m_limitation->setText(limitationText);

    m_message->setText(problems.join(u'\n'));
}

void LegalCalculatorWindow::assessCase()
{
    m_recommendation->clear();
    if (!m_session)
        return;
    const QString number = m_caseNumber->text().trimmed();
    try {
        const auto dispute = m_session->disputeRepository().findByNumber(number);
        if (!dispute) {
            m_recommendation->setText(tr("No case %1.").arg(number));
            return;
        }
        CaseAssessmentOptions options;
        options.asOf = IsoDate::fromQDate(m_to->date());
        if (m_probability->value() >= 0)
            options.probabilityBasisPoints = qint64(m_probability->value()) * 100;
        const CaseAssessmentResult assessment = m_session->caseAssessment(m_rates, m_fees).assess(*dispute, options);
        const QString recommendation =
            assessment.result.recommendation == CostBenefitResult::Recommendation::Legal ? tr("Legal collection")
                                                                                          : tr("Goodwill");
        m_recommendation->setText(
            tr("<b>Recommendation for %1: %2</b> (expected net gain of going to court: %3)<br>%4<br><small>%5</small>")
                .arg(number.toHtmlEscaped(), recommendation, UiLocale::formatMoney(assessment.result.netGainOfLegal),
                     CostBenefitAssessment::recommendationText(assessment.input, assessment.result,
                                                                UiLocale::numberStyle())
                         .toHtmlEscaped(),
                     assessment.notes.join(QStringLiteral(" ")).toHtmlEscaped()));
    } catch (const Error &e) {
        m_recommendation->setText(tr("Case %1 cannot be assessed: %2").arg(number.toHtmlEscaped(), e.message().toHtmlEscaped()));
    }
}

} // namespace dd
