#include "ui/autosavecontroller.h"

#include "core/draftdocument.h"
#include "core/recoverystore.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace amends;

TEST(Autosave_Timer, WritesARecoveryCopyWhileThereAreUnsavedChanges)
{
    QTemporaryDir dir;
    core::DraftDocument document;
    core::RecoveryStore store(dir.path());
    ui::AutosaveController autosave(&document, &store);
    autosave.setInterval(20);
    document.reset(test::sampleDraft(), QString());
    EXPECT_FALSE(store.hasRecoveryFile());
    document.setField(QStringLiteral("customer.name"), QStringLiteral("Ana"));
    AMENDS_WAIT_FOR(store.hasRecoveryFile(), 2000);
}

TEST(Autosave_Save, RemovesTheRecoveryCopyOnceTheDraftIsSaved)
{
    QTemporaryDir dir;
    core::DraftDocument document;
    core::RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    ui::AutosaveController autosave(&document, &store);
    document.reset(test::sampleDraft(), QString());
    document.setField(QStringLiteral("customer.name"), QStringLiteral("Ana"));
    autosave.saveNow();
    EXPECT_TRUE(store.hasRecoveryFile());
    ASSERT_TRUE(document.save(dir.filePath(QStringLiteral("a.amends"))).isEmpty());
    EXPECT_FALSE(store.hasRecoveryFile());
}

TEST(Autosave_Unmodified, WritesNothing)
{
    QTemporaryDir dir;
    core::DraftDocument document;
    core::RecoveryStore store(dir.path());
    ui::AutosaveController autosave(&document, &store);
    document.reset(test::sampleDraft(), QString());
    autosave.saveNow();
    EXPECT_FALSE(store.hasRecoveryFile());
}
