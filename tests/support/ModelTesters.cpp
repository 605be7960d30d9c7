#include "ModelTesters.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QByteArrayView>

namespace dd::test {

namespace {

// DisputeDesk's own models are in namespace dd. Qt's models inside widgets (a combo box's list,
// a QTableWidget's cells) are Qt's to test.
bool isOurs(const QAbstractItemModel *model)
{
    if (QByteArrayView(model->metaObject()->className()).startsWith("dd::"))
        return true;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
    return proxy && proxy->sourceModel() && isOurs(proxy->sourceModel());
}

} // namespace

int ModelTesters::attach(QObject &root)
{
    int tested = 0;
    QList<QAbstractItemModel *> models = root.findChildren<QAbstractItemModel *>();
    if (auto *self = qobject_cast<QAbstractItemModel *>(&root))
        models.prepend(self);
    for (QAbstractItemModel *model : std::as_const(models)) {
        if (!isOurs(model))
            continue;
        if (!model->findChild<QAbstractItemModelTester *>(QString(), Qt::FindDirectChildrenOnly))
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
        ++tested;
    }
    return tested;
}

} // namespace dd::test
