#include "PeppolParticipantEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dd {

namespace {
// The schemes our customers use most, offered first: Dutch KvK, VAT and government (OIN), the
// Belgian enterprise and VAT numbers, German VAT and Leitweg-ID, and the GLN.
const char *const commonSchemes[] = {"0106", "9944", "0190", "0208", "9925", "9930", "0204", "0088"};

QString schemeLabel(const QString &scheme)
{
    const QString name = PeppolParticipant::schemeName(scheme);
    return name.isEmpty() ? scheme : scheme + QStringLiteral(" – ") + name;
}
} // namespace

PeppolParticipantEdit::PeppolParticipantEdit(QWidget *parent)
    : QWidget(parent)
    , m_scheme(new QComboBox(this))
    , m_id(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    m_scheme->setObjectName(QStringLiteral("peppolScheme"));
    m_scheme->setAccessibleName(tr("Peppol identifier scheme"));
    m_scheme->setToolTip(tr("The Electronic Address Scheme (EAS) of the identifier"));
    for (const char *scheme : commonSchemes)
        m_scheme->addItem(schemeLabel(QString::fromLatin1(scheme)), QString::fromLatin1(scheme));
    m_scheme->insertSeparator(m_scheme->count());
    for (const QString &scheme : PeppolParticipant::schemes())
        m_scheme->addItem(schemeLabel(scheme), scheme);
    m_scheme->setMaxVisibleItems(16);
    m_id->setObjectName(QStringLiteral("peppolId"));
    m_id->setAccessibleName(tr("Peppol identifier"));
    m_id->setPlaceholderText(tr("empty: none entered"));
    m_id->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("peppolStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *fields = new QHBoxLayout;
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addWidget(m_scheme);
    fields->addWidget(m_id, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields);
    layout->addWidget(m_status);

    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        updateStatus();
        emit changed();
    });
    connect(m_id, &QLineEdit::textChanged, this, [this] {
        takePastedScheme();
        updateStatus();
        emit changed();
    });
    updateStatus();
}

void PeppolParticipantEdit::setParticipant(const PeppolParticipant &participant)
{
    const int index = m_scheme->findData(participant.scheme);
    m_scheme->setCurrentIndex(index >= 0 ? index : 0);
    m_id->setText(participant.id);
    updateStatus();
}

PeppolParticipant PeppolParticipantEdit::participant() const
{
    QString compact = m_id->text();
    compact.remove(QLatin1Char(' '));
    if (compact.isEmpty())
        return {};
    return {m_scheme->currentData().toString(), compact.toUpper()};
}

QString PeppolParticipantEdit::problem() const
{
    const PeppolParticipant entered = participant();
    return entered.isEmpty() ? QString() : PeppolParticipant::problem(entered.scheme, entered.id);
}

void PeppolParticipantEdit::setFallbackText(const QString &text)
{
    m_fallback = text;
    updateStatus();
}

// "0106:12345678" pasted whole, as the CLI and the CSV files write it: the scheme goes to the list.
void PeppolParticipantEdit::takePastedScheme()
{
    const QString text = m_id->text().trimmed();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return;
    const int index = m_scheme->findData(text.left(colon).trimmed());
    if (index < 0)
        return;
    const QSignalBlocker blocker(m_scheme);
    m_scheme->setCurrentIndex(index);
    m_id->setText(text.mid(colon + 1).trimmed());
}

void PeppolParticipantEdit::updateStatus()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_status->setText(why);
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    } else if (participant().isEmpty()) {
        m_status->setText(m_fallback);
        m_status->setStyleSheet(QString());
    } else {
        m_status->setText(tr("Valid: credit notes go to %1.").arg(participant().toString()));
        m_status->setStyleSheet(QString());
    }
}

} // namespace dd
