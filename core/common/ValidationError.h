#pragma once

#include <QString>

#include <stdexcept>

namespace dd {

// Input that breaks a rule (an unknown customer, a payment larger than what is open), with a
// message fit to show the user as is. Nothing has been written when it is thrown.
class ValidationError : public std::runtime_error
{
public:
    explicit ValidationError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace dd
