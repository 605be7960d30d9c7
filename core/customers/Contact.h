#pragma once

#include <QString>

namespace dd {

// A person at a customer whom the controller speaks to.
struct Contact
{
    qint64 id = 0;
    QString name;
    QString role;
    QString email;
    QString phone;
};

} // namespace dd
