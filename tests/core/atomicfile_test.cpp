#include "core/atomicfile.h"
#include "core/draftfile.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace amends;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

TEST(AtomicFile_Write, WritesANewFileAndReplacesAnOldOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.txt"));
    QString error = QStringLiteral("stale");
    ASSERT_TRUE(core::AtomicFile::write(path, "first", &error)) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());
    ASSERT_TRUE(core::AtomicFile::write(path, "second", &error)) << error.toStdString();
    EXPECT_EQ(bytesOf(path), QByteArray("second"));
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("letter.txt")});
}

TEST(AtomicFile_Write, RefusesAFailingDeviceAndLeavesNothingBeside)
{
    // given /dev/full, a device on which every write fails
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        GTEST_SKIP() << "this system has no /dev/full";
    const QStringList before = filesIn(QStringLiteral("/dev"));
    // when a letter is written onto it, and onto /dev/null through a link
    QTemporaryDir dir;
    QFile::link(QStringLiteral("/dev/null"), dir.filePath(QStringLiteral("null.txt")));
    QString full;
    QString null;
    EXPECT_FALSE(core::AtomicFile::write(QStringLiteral("/dev/full"), "letter", &full));
    EXPECT_FALSE(core::AtomicFile::write(dir.filePath(QStringLiteral("null.txt")), "letter", &null));
    // then both are refused in plain words, the devices stay devices and no temporary
    // file is left beside them
    EXPECT_TRUE(full.contains(QStringLiteral("/dev/full")) && full.contains(QStringLiteral("device"))) << full.toStdString();
    EXPECT_TRUE(null.contains(QStringLiteral("device"))) << null.toStdString();
    struct stat info {};
    ASSERT_EQ(::stat("/dev/null", &info), 0);
    EXPECT_TRUE(S_ISCHR(info.st_mode));
    ASSERT_EQ(::stat("/dev/full", &info), 0);
    EXPECT_TRUE(S_ISCHR(info.st_mode));
    EXPECT_EQ(filesIn(QStringLiteral("/dev")), before);
    EXPECT_TRUE(core::AtomicFile::staleTemporaryFiles(QStringLiteral("/dev/full")).isEmpty());
}

TEST(AtomicFile_Write, RefusesAFolderAndANamedPipe)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("letter.amends"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString pipe = dir.filePath(QStringLiteral("pipe.amends"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    QString error;
    EXPECT_FALSE(core::AtomicFile::write(folder, "x", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("folder"))) << error.toStdString();
    EXPECT_FALSE(core::AtomicFile::write(pipe, "x", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("pipe"))) << error.toStdString();
    EXPECT_TRUE(QFileInfo(folder).isDir());
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("pipe.amends")});
}

TEST(AtomicFile_Write, OnAFullDiskKeepsTheOldFileAndNamesTheCause)
{
    // given a draft on a disk that then fills up
    test::TinyDisk disk;
    if (!disk.isMounted())
        GTEST_SKIP() << disk.reason().toStdString();
    const QString path = disk.filePath(QStringLiteral("letter.amends"));
    ASSERT_TRUE(writeBytes(path, "old content"));
    ASSERT_TRUE(disk.fill());
    // when a small new version is saved over it
    QString error;
    const bool written = core::AtomicFile::write(path, "new content", &error);
    // then the save fails saying why, and the old file is whole and alone
    EXPECT_FALSE(written);
    EXPECT_TRUE(error.contains(QStringLiteral("No space left on device"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("previous version is unchanged"))) << error.toStdString();
    EXPECT_EQ(bytesOf(path), QByteArray("old content"));
    EXPECT_EQ(filesIn(disk.filePath({})), (QStringList{QStringLiteral("filler"), QStringLiteral("letter.amends")}));
}

TEST(AtomicFile_Write, OnAFullDiskADraftSaveKeepsTheOldDraft)
{
    test::TinyDisk disk;
    if (!disk.isMounted())
        GTEST_SKIP() << disk.reason().toStdString();
    const QString path = disk.filePath(QStringLiteral("letter.amends"));
    ASSERT_TRUE(core::DraftFile::save(test::sampleDraft(), path).isEmpty());
    const QByteArray saved = bytesOf(path);
    ASSERT_TRUE(disk.fill());
    core::Draft changed = test::sampleDraft();
    changed.customer.name = QStringLiteral("Ana Silva");
    const QString error = core::DraftFile::save(changed, path);
    EXPECT_TRUE(error.contains(QStringLiteral("No space left on device"))) << error.toStdString();
    EXPECT_EQ(bytesOf(path), saved);
}

TEST(AtomicFile_Write, RemovesTheTemporaryFileOfAnInterruptedWriteButNotOtherFiles)
{
    // given what a crash during an earlier save leaves (QSaveFile's "<name>.XXXXXX"),
    // a backup named by hand and the temporary file of another letter
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.amends"));
    ASSERT_TRUE(writeBytes(path, "old"));
    ASSERT_TRUE(writeBytes(path + QStringLiteral(".qWeRtY"), "half a dra"));
    ASSERT_TRUE(writeBytes(path + QStringLiteral(".backup"), "kept"));
    ASSERT_TRUE(writeBytes(dir.filePath(QStringLiteral("other.amends.AbCdEf")), "other"));
    EXPECT_EQ(core::AtomicFile::staleTemporaryFiles(path), QStringList{path + QStringLiteral(".qWeRtY")});
    // when the letter is saved again
    QString error;
    ASSERT_TRUE(core::AtomicFile::write(path, "new", &error)) << error.toStdString();
    // then only the leftover of that letter is gone
    EXPECT_EQ(filesIn(dir.path()), (QStringList{QStringLiteral("letter.amends"), QStringLiteral("letter.amends.backup"),
                                                QStringLiteral("other.amends.AbCdEf")}));
    EXPECT_EQ(bytesOf(path), QByteArray("new"));
}
