#include "recoverystore.h"

#include "atomicfile.h"
#include "draftfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUuid>

namespace amends::core {

namespace {

const QString kOriginalPathKey = QStringLiteral("recoveredFrom");
const QString kSavedAtKey = QStringLiteral("recoverySavedAt");

QString lockPathFor(const QString &recoveryPath)
{
    QString path = recoveryPath;
    path.chop(QStringLiteral(".amends").size());
    return path + QLatin1String(".lock");
}

} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(QDir(m_directory).filePath(m_id + QLatin1String(".lock")));
    m_lock->setStaleLockTime(0); // alive as long as the process is; never by age
    m_lock->tryLock(0);
    removeDeadLeftovers();
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::save(const Draft &draft, const QString &originalPath)
{
    const QJsonObject extra{{kOriginalPathKey, originalPath},
                            {kSavedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    return DraftFile::save(draft, QDir(m_directory).filePath(m_id + QLatin1String(".amends")), extra);
}

void RecoveryStore::discard()
{
    QFile::remove(QDir(m_directory).filePath(m_id + QLatin1String(".amends")));
}

bool RecoveryStore::hasRecoveryFile() const
{
    return QFileInfo::exists(QDir(m_directory).filePath(m_id + QLatin1String(".amends")));
}

QList<RecoveryStore::Orphan> RecoveryStore::orphans() const
{
    QList<Orphan> found;
    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.amends")}, QDir::Files, QDir::Time)) {
        if (info.completeBaseName() == m_id)
            continue;
        QLockFile lock(lockPathFor(info.absoluteFilePath()));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its instance is still running
        lock.unlock();
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        DraftFile::LoadResult result = DraftFile::parse(bytes);
        if (!result.draft)
            continue;
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        found.append({info.absoluteFilePath(), root.value(kOriginalPathKey).toString(),
                      QDateTime::fromString(root.value(kSavedAtKey).toString(), Qt::ISODate), *result.draft});
    }
    return found;
}

void RecoveryStore::removeOrphan(const QString &recoveryPath)
{
    QFile::remove(recoveryPath);
    QFile::remove(lockPathFor(recoveryPath));
    for (const QString &stale : AtomicFile::staleTemporaryFiles(recoveryPath))
        QFile::remove(stale);
}

void RecoveryStore::removeDeadLeftovers() const
{
    // An instance killed before it wrote a recovery copy (or while writing one) leaves
    // its lock, and perhaps a temporary file, but nothing to offer: nobody would ever
    // write its recovery file again to clean them up.
    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.lock")}, QDir::Files)) {
        const QString recoveryPath = dir.filePath(info.completeBaseName() + QLatin1String(".amends"));
        if (info.completeBaseName() == m_id || QFileInfo::exists(recoveryPath))
            continue;
        QLockFile lock(info.absoluteFilePath());
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its instance is still running
        lock.unlock();
        removeOrphan(recoveryPath);
    }
}

} // namespace amends::core
