#pragma once

#include "draft.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace amends::core {

/// Crash recovery for the open draft. Each running instance writes its recovery file
/// `<id>.amends` next to a lock `<id>.lock` that it holds while alive; a recovery
/// file whose lock nobody holds was left by an instance that ended without closing
/// cleanly, and is offered for restoring.
class RecoveryStore
{
public:
    struct Orphan {
        QString recoveryPath;
        QString originalPath; ///< Where the draft was saved before, or empty.
        QDateTime savedAt;
        Draft draft;
    };

    explicit RecoveryStore(const QString &directory);
    /// Releases the lock and keeps the recovery file (as a crash would); call
    /// discard() first on a clean close.
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    /// Writes the draft's recovery copy atomically. Empty on success, else the reason.
    QString save(const Draft &draft, const QString &originalPath);
    /// Removes this instance's recovery copy (after a save or a clean close).
    void discard();
    bool hasRecoveryFile() const;

    /// Recovery files left behind by instances that are gone.
    QList<Orphan> orphans() const;
    /// Deletes an orphan once it was restored or declined, with its lock and any
    /// temporary file an interrupted write of it left.
    static void removeOrphan(const QString &recoveryPath);

    QString directory() const { return m_directory; }

private:
    void removeDeadLeftovers() const;

    QString m_directory;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace amends::core
