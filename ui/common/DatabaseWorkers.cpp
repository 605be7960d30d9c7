#include "DatabaseWorkers.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace dd {

QThreadPool *DatabaseWorkers::pool()
{
    // A child of the application: deleted, after waiting for its threads, when the application
    // is, and not at static destruction when Qt is already gone.
    static QThreadPool *workers = [] {
        auto *created = new QThreadPool(QCoreApplication::instance());
        created->setObjectName(QStringLiteral("databaseWorkers"));
        return created;
    }();
    return workers;
}

} // namespace dd
