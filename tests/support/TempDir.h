#pragma once

#include <QString>
#include <QTemporaryDir>

namespace dd::test {

// A temporary folder that is removed after the test; filePath() names a file inside it.
class TempDir
{
public:
    TempDir();
    QString filePath(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

} // namespace dd::test
