#pragma once

#include <QString>

#include <stdexcept>

namespace dd {

// A command line that cannot be carried out: bad arguments (exit code 2) or input the command
// refuses (exit code 1). The message is printed as one line.
class CliError : public std::runtime_error
{
public:
    enum ExitCode { Failure = 1, Usage = 2 };

    CliError(const QString &message, ExitCode code)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_code(code)
    {
    }
    const QString &message() const { return m_message; }
    ExitCode code() const { return m_code; }

private:
    QString m_message;
    ExitCode m_code;
};

} // namespace dd
