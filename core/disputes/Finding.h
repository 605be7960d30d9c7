#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "disputes/DisputeCodes.h"

namespace dd {

// A file kept as evidence with a finding; the content is stored in the database, and its SHA-256
// lets anyone check later that it was not changed.
struct Evidence
{
    qint64 id = 0;
    QString name;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QByteArray content; // empty when only the description was loaded
};

// One fact established while verifying a complaint: who or what it came from, and whom it supports.
struct Finding
{
    qint64 id = 0;
    QString source; // a colleague, a contract, an e-mail
    QString text;
    FindingDirection direction = FindingDirection::Neutral;
    QDateTime recordedAt;
    QList<Evidence> evidence;
};

} // namespace dd
