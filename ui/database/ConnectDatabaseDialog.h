#pragma once

#include "storage/DatabaseLocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dd {

// File ▸ Connect to Team Database…: the fields of a PostgreSQL login (host, port, database, user,
// SSL mode, password) and whether to remember the password in the keychain. An empty password
// leaves it to libpq (~/.pgpass, PGPASSWORD, PGSERVICE). The same form asks again, filled in,
// when a server wants a password the program does not have.
class ConnectDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDatabaseDialog(QWidget *parent = nullptr);

    // Fills the form (a recent server, or one that asked for a password).
    void setServer(const DatabaseLocation::Server &server);
    // The fields as a server; parameters of a server set before that the form has no field for
    // (connect_timeout, ...) are kept.
    DatabaseLocation::Server server() const;
    // The URI to open, with the password when one was typed.
    QString location() const;
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    // A line above the buttons: why the form is shown again (the server wants a password).
    void setMessage(const QString &message);
    // Puts the cursor in the password field.
    void focusPassword();

private:
    void updateState();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_target;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QList<QPair<QString, QString>> m_options;
};

} // namespace dd
