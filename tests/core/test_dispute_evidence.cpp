// Evidence files (issue 14): read a piece at a time with a size limit, never a device that does
// not end (/dev/zero made `dispute finding --evidence` die of std::bad_alloc).
#include "CoreTestSupport.h"
#include "TempDir.h"
#include "common/ValidationError.h"
#include "disputes/DisputeService.h"

#include <QCryptographicHash>
#include <QFile>

using namespace dd;
using namespace dd::test;

namespace {

QString refusal(const QString &path)
{
    try {
        DisputeService::evidenceFromFile(path);
    } catch (const ValidationError &error) {
        return error.message();
    }
    return QString();
}

} // namespace

TEST_CASE("Evidence: a regular file is read whole and hashed, devices, folders and oversized files are refused", "[disputes][evidence]")
{
    TempDir dir;
    const QString small = dir.filePath(QStringLiteral("note.txt"));
    QByteArray content;
    for (int i = 0; i < 300000; ++i)
        content += char('a' + i % 26);
    content = content.repeated(4); // 1.2 MB: more than one piece
    {
        QFile file(small);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Evidence evidence = DisputeService::evidenceFromFile(small);
    CHECK(evidence.name == QStringLiteral("note.txt"));
    CHECK(evidence.size == content.size());
    CHECK(evidence.content == content);
    CHECK(evidence.sha256 == QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));

    CHECK(refusal(QStringLiteral("/dev/zero")) == QStringLiteral("Evidence file /dev/zero is not a regular file."));
    CHECK(refusal(dir.filePath(QString())).contains(QStringLiteral("is not a regular file")));

    // A sparse file one byte over the limit: refused by its size, before anything is read.
    const QString large = dir.filePath(QStringLiteral("video.mp4"));
    {
        QFile file(large);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(DisputeService::maxEvidenceBytes + 1));
    }
    CHECK(refusal(large) == QStringLiteral("Evidence file %1 is larger than 100 MB, the most DisputeDesk keeps; "
                                           "keep it elsewhere and say where in the finding.")
                                .arg(large));
    CHECK(refusal(dir.filePath(QStringLiteral("missing.pdf"))).contains(QStringLiteral("cannot be read")));
}
