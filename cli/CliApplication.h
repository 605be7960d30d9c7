#pragma once

#include "calendar/IsoDate.h"

#include <QStringList>
#include <QTextStream>

namespace dd {

// disputedesk-cli: finds the command named by the first argument and runs it. Returns the exit
// code: 0 done, 1 refused (bad input, unreadable database), 2 bad command line; errors are one
// line on `err`.
class CliApplication
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const Date &today);

    // For a process that runs the commands (disputedesk-cli's main, the CLI tests), before its
    // QGuiApplication is made: PDFs need one, but there may be no display and no desktop session.
    static void prepareEnvironment();
};

} // namespace dd
