#include "TempDir.h"

#include <stdexcept>

namespace dd::test {

TempDir::TempDir()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempDir::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

} // namespace dd::test
