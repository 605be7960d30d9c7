#include "DisputeRulesDialog.h"

#include "common/Error.h"
#include "common/SavedChangeButtons.h"
#include "disputes/undo/DisputeRulesCommand.h"
#include "disputes/DisputeSettings.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dd {

namespace {

QSpinBox *spinBox(QWidget *parent, const char *name, DisputeSettings::Range range, int value, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(range.minimum, range.maximum);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

DisputeRulesDialog::DisputeRulesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("disputeRulesDialog"));
    setWindowTitle(tr("Dispute Rules"));
    const DisputeRules rules = session.disputeSettings().rules();
    // The ranges are DisputeSettings' own, so the boxes cannot hold a value it refuses.
    m_responseDays = spinBox(this, "responseDays", DisputeSettings::responseDaysRange, rules.responseBusinessDays,
                             tr(" business days"));
    m_warningCustomers = spinBox(this, "warningCustomers", DisputeSettings::warningCustomersRange,
                                 rules.warningMinimumCustomers, tr(" customers"));
    m_warningDays = spinBox(this, "warningDays", DisputeSettings::warningDaysRange, rules.warningWindowDays, tr(" days"));

    auto *intro = new QLabel(tr("These rules are kept in the database, so everyone who works in it uses the same ones."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Promise an answer &within:"), m_responseDays);
    form->addRow(tr("Warn about a product after complaints from:"), m_warningCustomers);
    form->addRow(tr("...received within the last:"), m_warningDays);
    m_error->setObjectName(QStringLiteral("disputeRulesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons = buttons;
    buttons->setObjectName(QStringLiteral("disputeRulesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DisputeRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DisputeRulesDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const DisputeRules defaults;
        m_responseDays->setValue(defaults.responseBusinessDays);
        m_warningCustomers->setValue(defaults.warningMinimumCustomers);
        m_warningDays->setValue(defaults.warningWindowDays);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void DisputeRulesDialog::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
    new SavedChangeButtons(m_buttons, stack);
    connect(stack, &QUndoStack::indexChanged, this, &DisputeRulesDialog::showRules);
}

void DisputeRulesDialog::showRules()
{
    try {
        const DisputeRules rules = m_session.disputeSettings().rules();
        m_responseDays->setValue(rules.responseBusinessDays);
        m_warningCustomers->setValue(rules.warningMinimumCustomers);
        m_warningDays->setValue(rules.warningWindowDays);
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
    }
}

void DisputeRulesDialog::accept()
{
    DisputeRules rules;
    rules.responseBusinessDays = m_responseDays->value();
    rules.warningMinimumCustomers = m_warningCustomers->value();
    rules.warningWindowDays = m_warningDays->value();
    try {
        auto command = std::make_unique<DisputeRulesCommand>(m_session, rules);
        command->perform();
        if (m_undo)
            m_undo->push(command.release());
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace dd
