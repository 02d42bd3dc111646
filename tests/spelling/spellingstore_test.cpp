#include "core/draftdocument.h"
#include "core/draftfile.h"
#include "core/personaldictionary.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace amends;

TEST(DraftFile_IgnoredWords, RoundTripUnderTheSpellingKey)
{
    // given a draft that ignores some words
    QTemporaryDir dir;
    core::Draft draft = test::sampleDraft();
    draft.ignoredWords = {QStringLiteral("Wrng"), QStringLiteral("Łukasz’s")};
    const QString path = dir.filePath(QStringLiteral("letter.amends"));
    // when it is saved and loaded again
    ASSERT_TRUE(core::DraftFile::save(draft, path).isEmpty());
    const core::DraftFile::LoadResult loaded = core::DraftFile::load(path);
    // then the words are back, stored as "spelling": {"ignored": [...]}
    ASSERT_TRUE(loaded.draft.has_value()) << loaded.error.toStdString();
    EXPECT_EQ(loaded.draft->ignoredWords, draft.ignoredWords);
    const QJsonObject root = QJsonDocument::fromJson(core::DraftFile::serialize(draft)).object();
    EXPECT_EQ(root.value(QStringLiteral("spelling")).toObject().value(QStringLiteral("ignored")).toArray().size(), 2);
}

TEST(DraftFile_IgnoredWords, AreEmptyForAnOlderFileAndCleanedWhenDamaged)
{
    // given a file without the key, and one with junk in the list
    QJsonObject root = core::DraftFile::toJson(test::sampleDraft());
    root.remove(QStringLiteral("spelling"));
    const core::DraftFile::LoadResult old = core::DraftFile::fromJson(root);
    root.insert(QStringLiteral("spelling"),
                QJsonObject{{QStringLiteral("ignored"),
                             QJsonArray{QStringLiteral("ok"), 42, QStringLiteral("two words"), QStringLiteral("ok"),
                                        QStringLiteral("bad\u0007")}}});
    const core::DraftFile::LoadResult junk = core::DraftFile::fromJson(root);
    // then the first loads with no ignored words, the second keeps only the valid word
    ASSERT_TRUE(old.draft.has_value()) << old.error.toStdString();
    EXPECT_TRUE(old.draft->ignoredWords.isEmpty());
    ASSERT_TRUE(junk.draft.has_value()) << junk.error.toStdString();
    EXPECT_EQ(junk.draft->ignoredWords, QStringList{QStringLiteral("ok")});
}

TEST(DraftDocument_AddIgnoredWord, SignalsAndMarksTheDraftChangedOnce)
{
    // given an unmodified document
    core::DraftDocument document;
    document.reset(test::sampleDraft(), QString());
    QSignalSpy spy(&document, &core::DraftDocument::ignoredWordsChanged);
    // when a word is ignored twice
    document.addIgnoredWord(QStringLiteral("Wrng"));
    document.addIgnoredWord(QStringLiteral("Wrng"));
    // then it is kept once and the draft needs saving
    EXPECT_EQ(document.draft().ignoredWords, QStringList{QStringLiteral("Wrng")});
    EXPECT_EQ(spy.count(), 1);
    EXPECT_TRUE(document.isModified());
}

TEST(PersonalDictionary_Add, PersistsAcrossInstancesSorted)
{
    // given a personal dictionary in a folder that does not exist yet
    QTemporaryDir dir;
    const QString path = core::PersonalDictionary::pathFor(dir.filePath(QStringLiteral("nested/folder")), QStringLiteral("en-GB"));
    {
        core::PersonalDictionary dictionary(path);
        // when words are added
        EXPECT_TRUE(dictionary.add(QStringLiteral("Zoë")).isEmpty());
        EXPECT_TRUE(dictionary.add(QStringLiteral("Amends")).isEmpty());
        EXPECT_TRUE(dictionary.add(QStringLiteral("Amends")).isEmpty());
    }
    // then a new instance reads them back, sorted, once each
    const core::PersonalDictionary reread(path);
    EXPECT_TRUE(reread.loadError().isEmpty());
    EXPECT_EQ(reread.words(), (QStringList{QStringLiteral("Amends"), QStringLiteral("Zoë")}));
    EXPECT_TRUE(reread.contains(QStringLiteral("Zoë")));
    EXPECT_TRUE(path.endsWith(QLatin1String("/nested/folder/en-GB.txt")));
}

TEST(PersonalDictionary_Remove, ForgetsTheWordOnDisk)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("en-US.txt"));
    core::PersonalDictionary dictionary(path);
    ASSERT_TRUE(dictionary.add(QStringLiteral("kerfuffle")).isEmpty());
    ASSERT_TRUE(dictionary.remove(QStringLiteral("kerfuffle")).isEmpty());
    EXPECT_TRUE(core::PersonalDictionary(path).words().isEmpty());
}

TEST(PersonalDictionary_Add, RefusesWhatIsNotOneWord)
{
    QTemporaryDir dir;
    core::PersonalDictionary dictionary(dir.filePath(QStringLiteral("en-US.txt")));
    for (const QString &word : {QString(), QStringLiteral("two words"), QStringLiteral("tab\there"),
                                QStringLiteral("bell\u0007"), QString(65, u'a')})
        EXPECT_FALSE(dictionary.add(word).isEmpty()) << word.toStdString();
    EXPECT_TRUE(dictionary.words().isEmpty());
}

TEST(PersonalDictionary_Add, ReportsAnUnwritableFileAndStaysUnchanged)
{
    // given a dictionary whose folder is a file
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    core::PersonalDictionary dictionary(dir.filePath(QStringLiteral("blocker/en-US.txt")));
    // when a word is added
    const QString error = dictionary.add(QStringLiteral("kerfuffle"));
    // then the failure is reported and nothing is kept
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(dictionary.contains(QStringLiteral("kerfuffle")));
}
