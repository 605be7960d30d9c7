#include "FormFields.h"

#include <QLineEdit>
#include <QString>

namespace dd {

QLineEdit *FormFields::lineEdit(QWidget *parent, const char *objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

} // namespace dd
