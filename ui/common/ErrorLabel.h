#pragma once

class QLabel;
class QString;

namespace dd {

// The red line under a form that says why its input was refused, the same in every dialog:
// plain text, wrapped, hidden while there is nothing to say.
class ErrorLabel
{
public:
    // Styles `label` as an error line and hides it.
    static void setUp(QLabel *label);
    // Shows `message` (empty: hides the line).
    static void show(QLabel *label, const QString &message);
};

} // namespace dd
