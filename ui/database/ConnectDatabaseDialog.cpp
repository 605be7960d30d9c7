#include "ConnectDatabaseDialog.h"

#include "common/ErrorLabel.h"
#include "common/ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {

namespace {
// libpq's default, and the form's.
const QString defaultSslMode = QStringLiteral("prefer");
} // namespace

ConnectDatabaseDialog::ConnectDatabaseDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the keychain"), this))
    , m_target(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDatabaseDialog"));
    setWindowTitle(tr("Connect to Team Database"));

    m_host->setObjectName(QStringLiteral("hostEdit"));
    // libpq without a host: the default Unix socket of this computer.
    m_host->setPlaceholderText(tr("This computer"));
    m_host->setToolTip(tr("The server's name or address, or the folder of its Unix socket (starting with /)"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(DatabaseLocation::defaultPort);
    // A port is a number, not an amount: no thousands separator.
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    // libpq logs in with the login name of this computer when none is given.
    m_user->setPlaceholderText(tr("Your login name"));

    // libpq's modes (PostgreSQL 15 documentation, 34.19.1 "SSL Mode Descriptions").
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslMode->addItem(tr("disable: never encrypt"), QStringLiteral("disable"));
    m_sslMode->addItem(tr("allow: encrypt when the server insists"), QStringLiteral("allow"));
    m_sslMode->addItem(tr("prefer: encrypt when the server can"), defaultSslMode);
    m_sslMode->addItem(tr("require: always encrypt"), QStringLiteral("require"));
    m_sslMode->addItem(tr("verify-ca: encrypt, and check the server's certificate"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("verify-full: encrypt, and check the certificate and the server's name"), QStringLiteral("verify-full"));
    m_sslMode->setCurrentIndex(m_sslMode->findData(defaultSslMode));

    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: from ~/.pgpass, PGPASSWORD or PGSERVICE"));
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_remember->setToolTip(tr("The password is kept in the desktop's keychain, never in DisputeDesk's settings"));

    m_target->setObjectName(QStringLiteral("connectTargetLabel"));
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("connectMessageLabel"));
    ErrorLabel::setUp(m_message);

    m_buttons->setObjectName(QStringLiteral("connectButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_target);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDatabaseDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDatabaseDialog::updateState);
    updateState();
    ScreenFit::resize(this, QSize(560, sizeHint().height()));
}

void ConnectDatabaseDialog::setServer(const DatabaseLocation::Server &server)
{
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_database->setText(server.database);
    m_user->setText(server.user);
    const int ssl = m_sslMode->findData(server.sslMode.isEmpty() ? defaultSslMode : server.sslMode);
    m_sslMode->setCurrentIndex(ssl >= 0 ? ssl : m_sslMode->findData(defaultSslMode));
    m_password->setText(server.password);
    m_options = server.options;
    updateState();
}

DatabaseLocation::Server ConnectDatabaseDialog::server() const
{
    DatabaseLocation::Server server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.sslMode = m_sslMode->currentData().toString();
    // A password is taken as typed: spaces may be part of it.
    server.password = m_password->text();
    server.options = m_options;
    return server;
}

QString ConnectDatabaseDialog::location() const
{
    return server().uri();
}

bool ConnectDatabaseDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ConnectDatabaseDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void ConnectDatabaseDialog::setMessage(const QString &message)
{
    ErrorLabel::show(m_message, message);
}

void ConnectDatabaseDialog::focusPassword()
{
    m_password->setFocus();
    m_password->selectAll();
}

void ConnectDatabaseDialog::updateState()
{
    const bool complete = !m_database->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    // Only a typed password can be remembered.
    m_remember->setEnabled(!m_password->text().isEmpty());
    m_target->setText(complete ? tr("Connects to %1").arg(DatabaseLocation::displayName(location()))
                               : tr("Name the database to connect to."));
}

} // namespace dd
