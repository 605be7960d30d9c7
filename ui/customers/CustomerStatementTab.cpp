#include "CustomerStatementTab.h"

#include "common/DateEdits.h"
#include "common/FileDialogs.h"
#include "common/UiLocale.h"
#include "customers/CustomerAccountQuery.h"
#include "session/Session.h"
#include "storage/StorageError.h"

#include <QDateEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace dd {

CustomerStatementTab::CustomerStatementTab(Session &session, qint64 customerId, const QString &customerLabel, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_customerId(customerId)
    , m_customerLabel(customerLabel)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_view(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("customerStatementTab"));
    auto *layout = new QVBoxLayout(this);
    auto *period = new QHBoxLayout;
    m_from->setObjectName(QStringLiteral("statementFrom"));
    m_to->setObjectName(QStringLiteral("statementTo"));
    // The year to the as-of date: what a customer asking "where do we stand" usually wants.
    const QDate asOf = session.asOf();
    for (QDateEdit *edit : {m_from, m_to}) {
        DateEdits::limitToAcceptedRange(edit);
        edit->setCalendarPopup(true);
    }
    m_from->setDate(QDate(asOf.year(), 1, 1));
    m_to->setDate(asOf);
    period->addWidget(new QLabel(tr("From:"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("To:"), this));
    period->addWidget(m_to);
    period->addStretch(1);
    auto *save = new QPushButton(tr("Save as PDF…"), this);
    save->setObjectName(QStringLiteral("statementSavePdf"));
    period->addWidget(save);
    layout->addLayout(period);
    m_view->setObjectName(QStringLiteral("statementView"));
    layout->addWidget(m_view, 1);
    m_status->setObjectName(QStringLiteral("statementStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(m_from, &QDateEdit::dateChanged, this, &CustomerStatementTab::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &CustomerStatementTab::reload);
    connect(save, &QPushButton::clicked, this, &CustomerStatementTab::chooseFileAndSave);
    reload();
}

void CustomerStatementTab::reload()
{
    m_status->clear();
    try {
        m_statements = CustomerAccountQuery(m_session.database())
                           .statements(m_customerId, IsoDate::fromQDate(m_from->date()), IsoDate::fromQDate(m_to->date()));
    } catch (const StorageError &error) {
        m_statements.clear();
        m_status->setText(error.message());
    }
    m_view->setHtml(html());
}

QString CustomerStatementTab::html() const
{
    const auto kindName = [](StatementLine::Kind kind) {
        switch (kind) {
        case StatementLine::Kind::Invoice:
            return tr("Invoice");
        case StatementLine::Kind::CreditNote:
            return tr("Credit note");
        case StatementLine::Kind::Payment:
            return tr("Payment");
        case StatementLine::Kind::Reversal:
            return tr("Payment reversed");
        case StatementLine::Kind::Refund:
            return tr("Refund paid");
        }
        return QString();
    };
    const QString right = QStringLiteral(" align=\"right\"");
    QString text = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(tr("Statement of account").toHtmlEscaped(),
                            tr("%1, %2 to %3").arg(m_customerLabel, UiLocale::formatDate(m_from->date()), UiLocale::formatDate(m_to->date())).toHtmlEscaped());
    if (m_statements.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(tr("No invoices, credit notes or payments up to this date.").toHtmlEscaped());
    // One table per currency: amounts of different currencies are never added together.
    for (const Statement &statement : m_statements) {
        text += QStringLiteral("<h4>%1</h4><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">").arg(statement.currency);
        text += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th><th%6>%4</th><th%6>%5</th></tr>")
                    .arg(tr("Date"), tr("Kind"), tr("Document"), tr("Amount"), tr("Balance"), right);
        text += QStringLiteral("<tr><td>%1</td><td colspan=\"3\">%2</td><td%4>%3</td></tr>")
                    .arg(UiLocale::formatDate(statement.from), tr("Opening balance"), UiLocale::formatMoney(statement.opening), right);
        for (const StatementLine &line : statement.lines) {
            text += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td%6>%4</td><td%6>%5</td></tr>")
                        .arg(UiLocale::formatDate(line.date), kindName(line.kind), line.document.toHtmlEscaped(),
                             UiLocale::formatMoney(line.amount), UiLocale::formatMoney(line.balance), right);
        }
        const QString closing = statement.closing.cents() < 0
                                    ? tr("Balance: owed back to the customer")
                                    : tr("Balance");
        text += QStringLiteral("<tr><td>%1</td><td colspan=\"3\"><b>%2</b></td><td%4><b>%3</b></td></tr></table>")
                    .arg(UiLocale::formatDate(statement.to), closing, UiLocale::formatMoney(statement.closing), right);
    }
    return text;
}

bool CustomerStatementTab::savePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Statement of account"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument document;
    document.setHtml(html());
    document.print(&writer);
    // QPdfWriter says nothing when the file cannot be written: look.
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        m_status->setText(tr("The statement could not be written to %1.").arg(path));
        return false;
    }
    m_status->setText(tr("Saved as %1.").arg(path));
    return true;
}

void CustomerStatementTab::chooseFileAndSave()
{
    const QString name = tr("statement-%1-%2.pdf").arg(m_customerLabel.section(u' ', 0, 0), m_to->date().toString(Qt::ISODate));
    const QString path = FileDialogs::saveFileName(this, tr("Save Statement as PDF"), name, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    savePdf(path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

} // namespace dd
