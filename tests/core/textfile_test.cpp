#include "core/draftfile.h"
#include "core/lettersize.h"
#include "core/textfile.h"

#include "testsupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace amends;

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QString kLetter = QStringLiteral("Dear Zoë,\r\nwe are sorry — the £59.90 charge was our mistake.\r\n");

} // namespace

TEST(TextFile_ReadText, ReadsUtf16AndUtf32WithAByteOrderMarkAsWindowsNotepadWrites)
{
    // given the same letter saved in every Unicode encoding with a byte order mark
    QTemporaryDir dir;
    const QList<QStringConverter::Encoding> encodings = {QStringConverter::Utf8, QStringConverter::Utf16LE, QStringConverter::Utf16BE,
                                                         QStringConverter::Utf32LE, QStringConverter::Utf32BE};
    for (QStringConverter::Encoding encoding : encodings) {
        QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
        const QString path = dir.filePath(QStringLiteral("letter-%1.txt").arg(int(encoding)));
        ASSERT_TRUE(writeBytes(path, encoder.encode(kLetter)));
        // when it is read
        QString error;
        const std::optional<QString> text = core::TextFile::readText(path, core::kMaxLetterSize, QStringLiteral("a letter"), &error);
        // then the text is the letter, without the mark, with plain line ends
        ASSERT_TRUE(text.has_value()) << QStringConverter::nameForEncoding(encoding) << ": " << error.toStdString();
        EXPECT_EQ(*text, QString(kLetter).replace(QStringLiteral("\r\n"), QStringLiteral("\n")))
            << QStringConverter::nameForEncoding(encoding);
    }
}

TEST(TextFile_ReadText, RefusesDevicesPipesAndFoldersWithAPlainMessage)
{
    // given links to endless devices, a named pipe and a folder
    QTemporaryDir dir;
    QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("zero.txt")));
    QFile::link(QStringLiteral("/dev/urandom"), dir.filePath(QStringLiteral("random.amends")));
    ASSERT_EQ(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.txt"))).constData(), 0600), 0);
    const QList<std::pair<QString, QString>> cases = {{QStringLiteral("zero.txt"), QStringLiteral("device")},
                                                      {QStringLiteral("random.amends"), QStringLiteral("device")},
                                                      {QStringLiteral("pipe.txt"), QStringLiteral("named pipe")},
                                                      {QString(), QStringLiteral("folder")}};
    for (const auto &[name, kind] : cases) {
        const QString path = name.isEmpty() ? dir.path() : dir.filePath(name);
        // when each is read as a letter and as a draft
        QString error;
        EXPECT_FALSE(core::TextFile::readText(path, core::kMaxLetterSize, QStringLiteral("a letter"), &error));
        const core::DraftFile::LoadResult draft = core::DraftFile::load(path);
        // then both say what it is, and never that it is empty
        EXPECT_TRUE(error.contains(kind)) << error.toStdString();
        EXPECT_FALSE(draft.draft.has_value());
        EXPECT_TRUE(draft.error.contains(kind)) << draft.error.toStdString();
        EXPECT_FALSE(draft.error.contains(QStringLiteral("empty"))) << draft.error.toStdString();
    }
}

TEST(TextFile_ReadText, RefusesTextBeyondTheLimitSayingWhatTheLimitIs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.txt"));
    ASSERT_TRUE(writeBytes(path, QByteArray(3 * 1024 * 1024, 'a')));
    QString error;
    EXPECT_FALSE(core::TextFile::readText(path, core::kMaxLetterSize, QStringLiteral("a letter"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("the limit is 2 MB"))) << error.toStdString();
}

TEST(TextFile_ReadBytes, StopsAtTheCapWhateverTheFileSays)
{
    // given a sparse draft far beyond the limit for a draft
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.amends"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(core::DraftFile::kMaxFileSize + 1));
    file.close();
    // when it is opened, then it is refused with the limit named
    const core::DraftFile::LoadResult loaded = core::DraftFile::load(path);
    EXPECT_FALSE(loaded.draft.has_value());
    EXPECT_TRUE(loaded.error.contains(QStringLiteral("the limit is 32 MB"))) << loaded.error.toStdString();
}

TEST(TextFile_ReadText, RefusesABinaryFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("picture.txt"));
    ASSERT_TRUE(writeBytes(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    QString error;
    EXPECT_FALSE(core::TextFile::readText(path, core::kMaxLetterSize, QStringLiteral("a letter"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a text file"))) << error.toStdString();
}

TEST(LetterSize_Draft, ADraftBeyondTheLimitIsRefusedSayingWhatTheLimitIs)
{
    core::Draft draft = test::sampleDraft();
    EXPECT_TRUE(core::letterSizeError(QStringLiteral("a.amends"), core::letterSize(draft)).isEmpty());
    draft.setSection(core::Section::Explanation, QString(core::kMaxLetterSize, u'a'));
    const QString error = core::letterSizeError(QStringLiteral("a.amends"), core::letterSize(draft));
    EXPECT_TRUE(error.contains(QStringLiteral("a.amends")) && error.contains(QStringLiteral("2 MB"))) << error.toStdString();
}
