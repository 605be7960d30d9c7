#pragma once

#include <QString>

#include <stdexcept>

namespace dd {

// A failure to read or write the database, with a message fit to show the user as is.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace dd
