#pragma once

#include <QString>

#include <stdexcept>

namespace dd {

// The one base of the errors DisputeDesk reports to a user: input that breaks a rule
// (ValidationError) and a database that cannot be read or written (StorageError). Both carry a
// message fit to show as is, so a dialog or the command line catches this base once instead of
// each kind in turn; the technical detail (SQL, SQLite's text) never goes into the message.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace dd
