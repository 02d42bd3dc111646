#include "core/draftfile.h"
#include "core/fields.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace amends;

namespace {

core::Draft draftWithReview()
{
    core::Draft draft = test::sampleDraft();
    draft.review.status = core::ReviewStatus::ChangesRequested;
    draft.review.reviewer = QStringLiteral("Łucja Kowalska");
    core::ReviewComment comment;
    comment.id = QStringLiteral("c1");
    comment.author = QStringLiteral("Łucja");
    comment.text = QStringLiteral("Name the refund date — “when exactly?”");
    comment.created = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    comment.section = core::Section::Remedy;
    comment.start = 3;
    comment.end = 12;
    draft.review.comments.append(comment);
    draft.review.history.append({core::ReviewStatus::Draft, core::ReviewStatus::ChangesRequested, QStringLiteral("Łucja"),
                                 QDateTime(QDate(2026, 11, 20), QTime(9, 31), Qt::UTC)});
    draft.dismissals.append({QStringLiteral("jargon.billing"), QStringLiteral("prorated"),
                             QStringLiteral("Ça reste clair pour ce client"), QStringLiteral("Łucja"),
                             QDateTime(QDate(2026, 11, 20), QTime(9, 32), Qt::UTC)});
    return draft;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

class DraftFileBadInput : public ::testing::TestWithParam<std::pair<const char *, const char *>>
{
};

} // namespace

TEST(DraftFile_RoundTrip, KeepsEveryFieldIncludingNonAscii)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.amends"));
    const core::Draft original = draftWithReview();
    ASSERT_TRUE(core::DraftFile::save(original, path).isEmpty());
    const core::DraftFile::LoadResult loaded = core::DraftFile::load(path);
    ASSERT_TRUE(loaded.draft.has_value()) << loaded.error.toStdString();
    EXPECT_EQ(*loaded.draft, original);
    for (const core::FieldSpec &spec : core::fieldSpecs())
        EXPECT_EQ(core::fieldValue(*loaded.draft, spec.key), core::fieldValue(original, spec.key)) << spec.key.toStdString();
}

TEST(DraftFile_Format, IsVersionedJsonWithAFormatName)
{
    const QJsonObject root = QJsonDocument::fromJson(core::DraftFile::serialize(test::sampleDraft())).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("amends-draft"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("fields")).toObject().value(QStringLiteral("customer.name")).toString(),
              QStringLiteral("Zoë Müller-Łukasik"));
}

TEST_P(DraftFileBadInput, IsRefusedWithAMessageAndLeftUntouched)
{
    const auto [label, content] = GetParam();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.amends"));
    writeBytes(path, QByteArray(content));
    const core::DraftFile::LoadResult result = core::DraftFile::load(path);
    EXPECT_FALSE(result.draft.has_value()) << label;
    EXPECT_FALSE(result.error.isEmpty()) << label;
    EXPECT_TRUE(result.error.startsWith(QStringLiteral("bad.amends: "))) << result.error.toStdString();
    EXPECT_EQ(bytesOf(path), QByteArray(content)) << label;
}

INSTANTIATE_TEST_SUITE_P(
    EveryKind, DraftFileBadInput,
    ::testing::Values(
        std::pair{"empty", ""},
        std::pair{"not json", "Dear customer, sorry."},
        std::pair{"truncated", "{\"format\":\"amends-draft\",\"version\":1,\"fields\":{\"customer.name\":\"Ana"},
        std::pair{"json array", "[1,2,3]"},
        std::pair{"foreign json", "{\"name\":\"package.json\"}"},
        std::pair{"newer version", "{\"format\":\"amends-draft\",\"version\":99}"},
        std::pair{"version as text", "{\"format\":\"amends-draft\",\"version\":\"1\"}"},
        std::pair{"fractional version", "{\"format\":\"amends-draft\",\"version\":1.5}"},
        std::pair{"field of wrong type", "{\"format\":\"amends-draft\",\"version\":1,\"fields\":{\"customer.name\":42}}"},
        std::pair{"fields not an object", "{\"format\":\"amends-draft\",\"version\":1,\"fields\":[]}"},
        std::pair{"bad amount", "{\"format\":\"amends-draft\",\"version\":1,\"fields\":{\"amount.charged\":\"lots\"}}"},
        std::pair{"bad date", "{\"format\":\"amends-draft\",\"version\":1,\"fields\":{\"date.letter\":\"yesterday\"}}"},
        std::pair{"section wrong type", "{\"format\":\"amends-draft\",\"version\":1,\"sections\":{\"regret\":[\"x\"]}}"},
        std::pair{"bad review status", "{\"format\":\"amends-draft\",\"version\":1,\"review\":{\"status\":\"maybe\"}}"},
        std::pair{"bad language", "{\"format\":\"amends-draft\",\"version\":1,\"language\":\"../../etc\"}"}),
    [](const auto &info) {
        std::string name = info.param.first;
        for (char &c : name) {
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
        }
        return name;
    });

TEST(DraftFile_Version, ANumberThatIsNoVersionIsRefusedBeforeItBecomesAnInteger)
{
    // given versions an int cannot hold, negative ones and fractions
    for (const char *version : {"1e20", "-1e20", "-1", "0", "1.5", "4294967297", "1e308"}) {
        // when the draft is read
        const auto result = core::DraftFile::parse(QByteArray("{\"format\":\"amends-draft\",\"version\":") + version + '}');
        // then it is refused, saying the version is not a version number
        EXPECT_FALSE(result.draft.has_value()) << version;
        EXPECT_TRUE(result.error.contains(QStringLiteral("not a version number"))) << version << ": " << result.error.toStdString();
    }
}

TEST(DraftFile_NewerVersion, SaysToUpdate)
{
    const auto result = core::DraftFile::parse("{\"format\":\"amends-draft\",\"version\":3}");
    EXPECT_TRUE(result.error.contains(QStringLiteral("newer version"))) << result.error.toStdString();
}

TEST(DraftFile_Load, ReportsAMissingFile)
{
    const auto result = core::DraftFile::load(QStringLiteral("/nonexistent/dir/letter.amends"));
    EXPECT_FALSE(result.draft.has_value());
    EXPECT_TRUE(result.error.contains(QStringLiteral("letter.amends")));
}

TEST(DraftFile_Save, FailsCleanlyOnAnUnwritablePathAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QDir().mkpath(locked);
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const QString error = core::DraftFile::save(test::sampleDraft(), locked + QStringLiteral("/x.amends"));
    const bool isRoot = QFileInfo(locked).isWritable(); // root ignores permissions
    if (!isRoot) {
        EXPECT_FALSE(error.isEmpty());
        EXPECT_TRUE(QDir(locked).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    // A parent that is a file fails for every user, root included.
    writeBytes(dir.filePath(QStringLiteral("plainfile")), "x");
    const QString underFile = core::DraftFile::save(test::sampleDraft(), dir.filePath(QStringLiteral("plainfile/x.amends")));
    EXPECT_FALSE(underFile.isEmpty());
    EXPECT_TRUE(underFile.contains(QStringLiteral("x.amends"))) << underFile.toStdString();
    const QString missingDir = core::DraftFile::save(test::sampleDraft(), dir.filePath(QStringLiteral("no/such/dir/x.amends")));
    EXPECT_FALSE(missingDir.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

TEST(DraftFile_Save, ReplacesTheOldFileAtomically)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.amends"));
    ASSERT_TRUE(core::DraftFile::save(test::sampleDraft(), path).isEmpty());
    core::Draft changed = test::sampleDraft();
    changed.customer.name = QStringLiteral("Ana Silva");
    ASSERT_TRUE(core::DraftFile::save(changed, path).isEmpty());
    EXPECT_EQ(core::DraftFile::load(path).draft->customer.name, QStringLiteral("Ana Silva"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST(DraftFile_Load, SanitisesControlCharactersFromAHandEditedFile)
{
    const auto result = core::DraftFile::parse(
        "{\"format\":\"amends-draft\",\"version\":1,\"fields\":{\"customer.name\":\"Ana\\r\\nBcc: x@example.com\"}}");
    ASSERT_TRUE(result.draft.has_value());
    EXPECT_EQ(result.draft->customer.name, QStringLiteral("Ana Bcc: x@example.com"));
}
