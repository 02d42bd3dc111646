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

namespace {

void expectSameLetter(const core::ComposedLetter &actual, const core::ComposedLetter &expected, const std::string &where)
{
    EXPECT_EQ(actual.plain.text, expected.plain.text) << where;
    ASSERT_EQ(actual.plain.blocks.size(), expected.plain.blocks.size()) << where;
    for (qsizetype i = 0; i < expected.plain.blocks.size(); ++i)
        EXPECT_EQ(actual.plain.blocks[i].span, expected.plain.blocks[i].span) << where << " block " << i;
    ASSERT_EQ(actual.blocks.size(), expected.blocks.size()) << where;
    for (qsizetype i = 0; i < expected.blocks.size(); ++i)
        EXPECT_EQ(actual.blocks[i].paragraphs, expected.blocks[i].paragraphs) << where << " block " << i;
    EXPECT_EQ(actual.unfilledPlaceholders, expected.unfilledPlaceholders) << where;
    EXPECT_EQ(actual.unknownPlaceholders, expected.unknownPlaceholders) << where;
    EXPECT_EQ(actual.subject, expected.subject) << where;
}

} // namespace

TEST(DraftDocument_Letter, TypingInOneSectionRecomposesItToTheSameLetterAsComposingAgain)
{
    // Given a composed letter
    core::DraftDocument document;
    document.reset(test::sampleDraft(), QString());
    (void)document.letter();
    const int compositions = document.compositionCount();

    // When sections are edited one after another, with placeholders appearing,
    // paragraphs splitting and joining, a section emptied and two edited at once
    const QList<std::pair<core::Section, QString>> edits = {
        {core::Section::Regret, QStringLiteral("We are sorry, {customer.salutation}.")},
        {core::Section::Remedy, QStringLiteral("We refunded {amount.refund} to your card.\n\nIt reaches you by {date.followup}.")},
        {core::Section::Remedy, QStringLiteral("We refunded {amount.refund}.")},
        {core::Section::Explanation, QStringLiteral("{no.such.field} happened.\n \n\nThen {case.reference}.")},
        {core::Section::Contact, QString()},
        {core::Section::Improvement, QStringLiteral("From now on, {sender.name} checks each invoice.")},
    };
    int step = 0;
    for (const auto &[section, text] : edits) {
        document.setSectionText(section, text);
        if (++step == 4)
            document.setSectionText(core::Section::Regret, QStringLiteral("We are very sorry."));
        // Then each time the letter is the one composing the whole draft gives
        expectSameLetter(document.letter(), core::composeLetter(document.draft()), "edit " + std::to_string(step));
    }
    // and only the edited sections were composed again, once per look after a change
    EXPECT_EQ(document.compositionCount(), compositions + static_cast<int>(edits.size()));

    // When a field changes, the whole letter is composed again
    ASSERT_TRUE(document.setField(QStringLiteral("amount.refund"), QStringLiteral("12.00")).isEmpty());
    expectSameLetter(document.letter(), core::composeLetter(document.draft()), "after a field");
    EXPECT_TRUE(document.letter().plain.text.contains(QStringLiteral("12.00")));
}
