#include "DatabaseWorkers.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace dd {

QThreadPool *DatabaseWorkers::pool()
{
    // A child of the application: deleted, after waiting for its threads, when the application
    // is, and not at static destruction when Qt is already gone. Made again for an application
    // made after that one (tests make several).
    static QPointer<QThreadPool> workers;
    if (!workers) {
        workers = new QThreadPool(QCoreApplication::instance());
        workers->setObjectName(QStringLiteral("databaseWorkers"));
    }
    return workers;
}

} // namespace dd
