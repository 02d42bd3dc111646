#include "core/recoverystore.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace amends;

TEST(RecoveryStore_Orphans, OffersTheCopyOfAnInstanceThatEndedWithoutClosing)
{
    QTemporaryDir dir;
    {
        core::RecoveryStore crashed(dir.path());
        ASSERT_TRUE(crashed.save(test::sampleDraft(), QStringLiteral("/letters/a.amends")).isEmpty());
        // Going out of scope without discard() is what a crash leaves behind.
    }
    core::RecoveryStore next(dir.path());
    const auto orphans = next.orphans();
    ASSERT_EQ(orphans.size(), 1);
    EXPECT_EQ(orphans.first().draft, test::sampleDraft());
    EXPECT_EQ(orphans.first().originalPath, QStringLiteral("/letters/a.amends"));
    EXPECT_TRUE(orphans.first().savedAt.isValid());
    core::RecoveryStore::removeOrphan(orphans.first().recoveryPath);
    EXPECT_TRUE(next.orphans().isEmpty());
}

TEST(RecoveryStore_Orphans, IgnoresTheCopiesOfRunningInstances)
{
    QTemporaryDir dir;
    core::RecoveryStore running(dir.path());
    ASSERT_TRUE(running.save(test::sampleDraft(), QString()).isEmpty());
    core::RecoveryStore other(dir.path());
    EXPECT_TRUE(other.orphans().isEmpty());
    EXPECT_TRUE(running.orphans().isEmpty()); // never its own
}

TEST(RecoveryStore_Discard, LeavesNoRecoveryFileAfterACleanClose)
{
    QTemporaryDir dir;
    {
        core::RecoveryStore store(dir.path());
        ASSERT_TRUE(store.save(test::sampleDraft(), QString()).isEmpty());
        EXPECT_TRUE(store.hasRecoveryFile());
        store.discard();
        EXPECT_FALSE(store.hasRecoveryFile());
    }
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*.amends")}, QDir::Files).isEmpty());
    core::RecoveryStore next(dir.path());
    EXPECT_TRUE(next.orphans().isEmpty());
}

namespace {

// What an instance killed with SIGKILL leaves: its lock, naming a process that is gone.
void writeDeadLock(const QString &path)
{
    QByteArray text;
    {
        QLockFile probe(path + QStringLiteral(".probe"));
        ASSERT_TRUE(probe.tryLock(0));
        QFile file(path + QStringLiteral(".probe"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        text = file.readAll();
    }
    QProcess gone;
    gone.start(QStringLiteral("true"), QStringList());
    ASSERT_TRUE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    ASSERT_TRUE(gone.waitForFinished());
    text = QByteArray::number(pid) + text.mid(text.indexOf('\n'));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

TEST(RecoveryStore_DeadInstance, LeavesNothingOfAnInstanceKilledBeforeItKeptACopy)
{
    // Given an instance killed while it wrote its first copy: its lock and a temporary file
    QTemporaryDir dir;
    core::RecoveryStore running(dir.path());
    writeDeadLock(dir.filePath(QStringLiteral("dead.lock")));
    QFile temporary(dir.filePath(QStringLiteral("dead.amends.AbCdEf")));
    ASSERT_TRUE(temporary.open(QIODevice::WriteOnly));
    temporary.close();
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);

    // When the next instance starts
    core::RecoveryStore next(dir.path());

    // Then nothing of the dead one is left; the running instance keeps its lock
    const QStringList after = QDir(dir.path()).entryList(QDir::Files);
    EXPECT_EQ(before.size(), 3);
    EXPECT_EQ(after.size(), 2);
    EXPECT_FALSE(after.contains(QStringLiteral("dead.lock")));
    EXPECT_FALSE(after.contains(QStringLiteral("dead.amends.AbCdEf")));
    EXPECT_TRUE(next.orphans().isEmpty());
}

TEST(RecoveryStore_Orphans, RemovingAnOrphanRemovesWhatAnInterruptedWriteOfItLeft)
{
    QTemporaryDir dir;
    QString path;
    {
        core::RecoveryStore crashed(dir.path());
        ASSERT_TRUE(crashed.save(test::sampleDraft(), QString()).isEmpty());
    }
    core::RecoveryStore next(dir.path());
    ASSERT_EQ(next.orphans().size(), 1);
    path = next.orphans().first().recoveryPath;
    QFile temporary(path + QStringLiteral(".XyZwVu"));
    ASSERT_TRUE(temporary.open(QIODevice::WriteOnly));
    temporary.close();

    core::RecoveryStore::removeOrphan(path);

    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".XyZwVu")));
}
