#include "core/composer.h"

#include "testsupport.h"

using namespace amends;

TEST(Composer_PlainText, ContainsEveryPartInLetterOrder)
{
    const QString text = core::renderPlainText(core::composeLetter(test::sampleDraft()));
    const QStringList expectedInOrder = {
        QStringLiteral("Northwind Énergie\n1 Harbour Street\nBristol BS1 4ST"),
        QStringLiteral("19 November 2026"),
        QStringLiteral("Zoë Müller-Łukasik\nFlat 3, 12 Ærø Road\nLondon NW1 6XE"),
        QStringLiteral("Your invoice INV-77812: refund of £59.90"),
        QStringLiteral("Dear Ms Müller,"),
        QStringLiteral("I am sorry that we charged you twice for invoice INV-77812."),
        QStringLiteral("This was our mistake"),
        QStringLiteral("We sent the same payment request twice on 18 November 2026."),
        QStringLiteral("We have refunded £59.90 to your card.\n\nYou will see it within five days."),
        QStringLiteral("We now check every payment request"),
        QStringLiteral("Call me, José Álvarez, on +44 20 7946 0958. I will call you on 23 November 2026."),
        QStringLiteral("Yours sincerely,"),
        QStringLiteral("José Álvarez\nBilling Team Lead\nNorthwind Énergie"),
    };
    qsizetype from = 0;
    for (const QString &part : expectedInOrder) {
        const qsizetype at = text.indexOf(part, from);
        ASSERT_GE(at, 0) << "missing or out of order: " << part.toStdString() << "\n---\n" << text.toStdString();
        from = at + part.size();
    }
}

TEST(Composer_Placeholders, ReportsUnfilledAndUnknownOnes)
{
    core::Draft draft = test::sampleDraft();
    draft.caseDetails.invoiceNumber.clear();
    draft.setSection(core::Section::Improvement, QStringLiteral("See {case.referense}."));
    const core::ComposedLetter letter = core::composeLetter(draft);
    EXPECT_EQ(letter.unfilledPlaceholders, QStringList{QStringLiteral("invoice.number")});
    EXPECT_EQ(letter.unknownPlaceholders, QStringList{QStringLiteral("case.referense")});
    EXPECT_TRUE(core::renderPlainText(letter).contains(QStringLiteral("for invoice {invoice.number}.")));
}

TEST(Composer_Optional, OmitsEmptyOptionalLinesButShowsEmptyRequiredOnes)
{
    core::Draft draft = test::sampleDraft();
    draft.customer.address.clear();
    draft.sender.title.clear();
    draft.company.name.clear();
    const core::ComposedLetter letter = core::composeLetter(draft);
    const QString recipient = core::joinRuns(letter.block(core::BlockKind::Recipient)->paragraphs.first());
    EXPECT_EQ(recipient, QStringLiteral("Zoë Müller-Łukasik"));
    const QString signature = core::joinRuns(letter.block(core::BlockKind::Signature)->paragraphs.first());
    EXPECT_FALSE(signature.contains(QStringLiteral("Billing Team Lead")));
    EXPECT_TRUE(signature.contains(QStringLiteral("{company.name}")));
    EXPECT_TRUE(letter.unfilledPlaceholders.contains(QStringLiteral("company.name")));
}

TEST(Composer_Salutation, FallsBackToTheNameWhenNoFormOfAddressIsGiven)
{
    core::Draft draft = test::sampleDraft();
    draft.customer.salutation.clear();
    EXPECT_TRUE(core::renderPlainText(core::composeLetter(draft)).contains(QStringLiteral("Dear Zoë Müller-Łukasik,")));
}

TEST(Composer_Html, MarksSectionsWithAnchorsAndHighlightsTheRequestedOne)
{
    core::HtmlOptions options;
    options.highlight = core::Section::Remedy;
    const QString html = core::renderHtml(core::composeLetter(test::sampleDraft()), options);
    for (core::Section section : core::kSections)
        EXPECT_TRUE(html.contains(QStringLiteral("<a name=\"section-%1\">").arg(core::sectionKey(section))));
    const qsizetype remedy = html.indexOf(QStringLiteral("section-remedy"));
    const qsizetype highlight = html.indexOf(QStringLiteral("background-color:#fff3c4"));
    const qsizetype improvement = html.indexOf(QStringLiteral("section-improvement"));
    EXPECT_GT(highlight, remedy);
    EXPECT_LT(highlight, improvement);
    EXPECT_EQ(html.count(QStringLiteral("background-color:#fff3c4")), 2); // the remedy's two paragraphs
}

TEST(Composer_Html, ShowsEmptySectionHintOnlyWhenAsked)
{
    core::Draft draft = test::sampleDraft();
    draft.setSection(core::Section::Explanation, QString());
    const core::ComposedLetter letter = core::composeLetter(draft);
    EXPECT_FALSE(core::renderHtml(letter).contains(QStringLiteral("not written")));
    core::HtmlOptions options;
    options.emptySectionHint = [](core::Section) { return QStringLiteral("[not written <yet>]"); };
    EXPECT_TRUE(core::renderHtml(letter, options).contains(QStringLiteral("[not written &lt;yet&gt;]")));
}

TEST(Composer_Html, MarksUnfilledPlaceholders)
{
    core::Draft draft = test::sampleDraft();
    draft.caseDetails.invoiceNumber.clear();
    const QString html = core::renderHtml(core::composeLetter(draft));
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"placeholder\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("{invoice.number}</span>")));
}

TEST(Composer_FillTemplate, FillsKnownValuesAndKeepsEmptyOnesVisible)
{
    core::Draft draft = test::sampleDraft();
    draft.caseDetails.amountRefund.clear();
    EXPECT_EQ(core::fillTemplate(draft, u"{customer.name} gets {amount.refund}"),
              QStringLiteral("Zoë Müller-Łukasik gets {amount.refund}"));
}

TEST(Composer_SectionSource, MapsLetterOffsetsBackToTheSectionText)
{
    // Given a section with two paragraphs, filled-in values and leading spaces
    core::Draft draft = test::sampleDraft();
    draft.setSection(core::Section::Remedy, QStringLiteral("  We refunded {amount.refund} today.\n\nSee invoice {invoice.number} now."));
    // When the letter is composed once
    const core::ComposedLetter letter = core::composeLetter(draft);
    const QString &text = letter.plain.text;
    const QString &source = draft.section(core::Section::Remedy);
    qsizetype remedy = -1;
    for (const core::LetterText::Block &block : letter.plain.blocks) {
        if (block.section == core::Section::Remedy)
            remedy = block.span.start;
    }
    ASSERT_GE(remedy, 0);
    const qsizetype today = text.indexOf(QStringLiteral("today"), remedy);
    const qsizetype now = text.indexOf(QStringLiteral("now."), remedy);
    const qsizetype amount = text.indexOf(QStringLiteral("£59.90"), remedy);
    // Then stretches of its text map back to the section's own text by lookup
    const auto todaySource = letter.sectionSource(core::Section::Remedy, today, today + 5);
    ASSERT_TRUE(todaySource);
    EXPECT_EQ(todaySource->start, source.indexOf(QStringLiteral("today")));
    EXPECT_EQ(todaySource->end, source.indexOf(QStringLiteral("today")) + 5);
    EXPECT_TRUE(todaySource->verbatim);
    const auto nowSource = letter.sectionSource(core::Section::Remedy, now, now + 4);
    ASSERT_TRUE(nowSource);
    EXPECT_EQ(nowSource->start, source.indexOf(QStringLiteral("now.")));
    // A position inside a filled-in value maps to its placeholder, and is not verbatim
    const auto amountSource = letter.sectionSource(core::Section::Remedy, amount + 2, amount + 3);
    ASSERT_TRUE(amountSource);
    EXPECT_EQ(amountSource->start, source.indexOf(QStringLiteral("{amount.refund}")));
    EXPECT_EQ(amountSource->end, source.indexOf(QStringLiteral(" today")));
    EXPECT_FALSE(amountSource->verbatim);
    // Text of another section, or outside the letter's sections, does not map
    EXPECT_FALSE(letter.sectionSource(core::Section::Regret, today, today + 5));
    EXPECT_FALSE(letter.sectionSource(core::Section::Remedy, 0, 1));
}

TEST(Composer_PlainText, IsRenderedWithTheLetterAndMatchesTheLayout)
{
    const core::ComposedLetter letter = core::composeLetter(test::sampleDraft());
    EXPECT_EQ(letter.plain.text, core::renderPlainTextWithLayout(letter).text);
    EXPECT_EQ(letter.plain.blocks.size(), letter.blocks.size());
    EXPECT_EQ(core::renderPlainText(letter), letter.plain.text);
}
