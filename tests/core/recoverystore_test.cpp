#include "core/recoverystore.h"

#include "testsupport.h"

#include <QDir>
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
