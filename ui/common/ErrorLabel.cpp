#include "ErrorLabel.h"

#include <QLabel>

namespace dd {

void ErrorLabel::setUp(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
}

void ErrorLabel::show(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace dd
