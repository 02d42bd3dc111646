#include "core/draftdocument.h"
#include "core/draftfile.h"

#include "testsupport.h"

#include <QTemporaryDir>

using namespace amends;

TEST(DraftDocument_SetField, MarksModifiedAndSignalsOnlyRealChanges)
{
    core::DraftDocument document;
    document.reset(test::sampleDraft(), QString());
    int changes = 0;
    QObject::connect(&document, &core::DraftDocument::changed, [&changes] { ++changes; });
    EXPECT_TRUE(document.setField(QStringLiteral("customer.name"), QStringLiteral("Ana")).isEmpty());
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(document.setField(QStringLiteral("customer.name"), QStringLiteral("Ana")).isEmpty());
    EXPECT_EQ(changes, 1);
}

TEST(DraftDocument_SetField, RefusesInvalidValuesWithoutChangingAnything)
{
    core::DraftDocument document;
    document.reset(test::sampleDraft(), QString());
    EXPECT_FALSE(document.setField(QStringLiteral("amount.refund"), QStringLiteral("12,00")).isEmpty());
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.draft().caseDetails.amountRefund, QStringLiteral("59.90"));
}

TEST(DraftDocument_Save, ClearsModifiedAndRemembersThePath)
{
    QTemporaryDir dir;
    core::DraftDocument document;
    document.reset(test::sampleDraft(), QString(), true);
    const QString path = dir.filePath(QStringLiteral("a.amends"));
    EXPECT_TRUE(document.save(path).isEmpty());
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.filePath(), path);
    EXPECT_EQ(*core::DraftFile::load(path).draft, document.draft());
}

TEST(DraftDocument_Save, StaysModifiedWhenSavingFails)
{
    core::DraftDocument document;
    document.reset(test::sampleDraft(), QString(), true);
    EXPECT_FALSE(document.save(QStringLiteral("/proc/no/such/a.amends")).isEmpty());
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(document.filePath().isEmpty());
}
