#pragma once

class QLineEdit;
class QWidget;

namespace dd {

// What the fields of the program's forms share.
class FormFields
{
public:
    // An empty line edit under `parent`, named `objectName` so that tests and the translators'
    // screenshots find it as a user would.
    static QLineEdit *lineEdit(QWidget *parent, const char *objectName);
};

} // namespace dd
