#include "ui/letterpreview.h"
#include "ui/letterwizard.h"
#include "ui/sectioneditor.h"
#include "ui/proofreadinghighlighter.h"
#include "ui/sectionpage.h"

#include "core/draftdocument.h"
#include "core/guidance.h"

#include "testsupport.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

using namespace amends;

namespace {

void openSection(ui::MainWindow &window, core::Section section)
{
    window.wizard()->setCurrentIndex(static_cast<int>(core::sectionIndex(section)) + 1);
    ASSERT_EQ(window.wizard()->currentPage()->section(), section);
}

} // namespace

TEST(SectionPage_Typing, UpdatesThePreviewPromptly)
{
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    ASSERT_TRUE(window.newFromScenario(QStringLiteral("duplicate-charge"), true));
    window.show();
    openSection(window, core::Section::Improvement);
    ui::SectionEditor *editor = window.sectionPage(core::Section::Improvement)->editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" Zebra-striped audit."));
    EXPECT_TRUE(window.document()->draft().section(core::Section::Improvement).endsWith(QStringLiteral("Zebra-striped audit.")));
    AMENDS_WAIT_FOR(window.preview()->toPlainText().contains(QStringLiteral("Zebra-striped audit.")), 1000);
}

TEST(SectionPage_Preview, HighlightsTheSectionBeingEdited)
{
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    ASSERT_TRUE(window.newFromScenario(QStringLiteral("overcharge"), true));
    openSection(window, core::Section::Remedy);
    EXPECT_EQ(window.preview()->highlightedSection(), core::Section::Remedy);
    window.wizard()->setCurrentIndex(0);
    EXPECT_EQ(window.preview()->highlightedSection(), std::nullopt);
}

TEST(SectionPage_Phrase, InsertsTheFilledPhraseWithOneClickAsOneUndoStep)
{
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    ASSERT_TRUE(window.newFromScenario(QStringLiteral("duplicate-charge"), true));
    window.show();
    openSection(window, core::Section::Contact);
    ui::SectionPage *page = window.sectionPage(core::Section::Contact);
    const QString before = page->editor()->toPlainText();
    QListWidget *phrases = page->phraseList();
    ASSERT_GE(phrases->count(), 3);
    const QString shown = phrases->item(0)->text();
    EXPECT_FALSE(shown.contains(QLatin1Char('{'))) << "phrase not filled: " << shown.toStdString();
    page->editor()->moveCursor(QTextCursor::End);

    const QRect rect = phrases->visualItemRect(phrases->item(0));
    QTest::mouseClick(phrases->viewport(), Qt::LeftButton, {}, rect.center());

    EXPECT_TRUE(page->editor()->toPlainText().endsWith(shown));
    EXPECT_TRUE(window.document()->draft().section(core::Section::Contact).endsWith(shown));
    page->editor()->undo();
    EXPECT_EQ(page->editor()->toPlainText(), before);
    page->editor()->redo();
    EXPECT_TRUE(page->editor()->toPlainText().endsWith(shown));
}

TEST(SectionPage_Phrase, KeepsPlaceholdersForFieldsNotFilledYet)
{
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    ASSERT_TRUE(window.newFromScenario(QStringLiteral("duplicate-charge"), false));
    ui::SectionPage *page = window.sectionPage(core::Section::Contact);
    bool anyPlaceholder = false;
    for (int i = 0; i < page->phraseList()->count(); ++i)
        anyPlaceholder = anyPlaceholder || page->phraseList()->item(i)->text().contains(QStringLiteral("{sender."));
    EXPECT_TRUE(anyPlaceholder);
}

TEST(SectionPage_Undo, WorksInEveryEditor)
{
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    ASSERT_TRUE(window.newFromScenario(QStringLiteral("late-fee-error"), true));
    window.show();
    for (core::Section section : core::kSections) {
        ui::SectionEditor *editor = window.sectionPage(section)->editor();
        const QString before = editor->toPlainText();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" extra"));
        ASSERT_NE(editor->toPlainText(), before);
        editor->undo();
        EXPECT_EQ(editor->toPlainText(), before) << core::sectionKey(section).toStdString();
        EXPECT_EQ(window.document()->draft().section(section), before);
    }
}

TEST(SectionPage_Language, GuidanceAndPhrasesFollowTheLettersLanguage)
{
    // Given an English letter from a scenario
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    ASSERT_TRUE(window.newFromScenario(QStringLiteral("duplicate-charge"), true));
    ui::SectionPage *page = window.sectionPage(core::Section::Regret);
    const QString englishTitle = core::loadGuidance(QStringLiteral("en")).forSection(core::Section::Regret).title;
    EXPECT_TRUE(page->title().contains(englishTitle)) << page->title().toStdString();

    // When the writer switches the letter to Brazilian Portuguese
    window.document()->setLanguage(QStringLiteral("pt-BR"));

    // Then the guidance and the ready phrases are the Portuguese ones
    const QString portugueseTitle = core::loadGuidance(QStringLiteral("pt-BR")).forSection(core::Section::Regret).title;
    ASSERT_NE(portugueseTitle, englishTitle);
    EXPECT_TRUE(page->title().contains(portugueseTitle)) << page->title().toStdString();
    bool portuguesePhrase = false;
    for (int i = 0; i < page->phraseList()->count(); ++i)
        portuguesePhrase = portuguesePhrase || page->phraseList()->item(i)->text().contains(QStringLiteral("desculpas"));
    EXPECT_TRUE(portuguesePhrase);
    // and the page's guidance box, built when the page is shown, is in Portuguese
    QStringList texts;
    for (QLabel *label : page->findChildren<QLabel *>())
        texts.append(label->text());
    EXPECT_FALSE(texts.join(u' ').contains(englishTitle));
    window.show();
    window.wizard()->showSection(core::Section::Regret);
    texts.clear();
    for (QLabel *label : page->findChildren<QLabel *>())
        texts.append(label->text());
    EXPECT_TRUE(texts.join(u' ').contains(portugueseTitle));
}

TEST(SectionPage_Guidance, EachPageBuildsItsGuidanceWhenFirstShownAndKeepsItAfterwards)
{
    // Given a window showing its first page
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    ASSERT_TRUE(window.newFromScenario(QStringLiteral("duplicate-charge"), true));
    window.show();
    const core::Guidance guidance = core::loadGuidance(QStringLiteral("en"));
    const auto labelTexts = [](const QWidget *page) {
        QStringList texts;
        for (const QLabel *label : page->findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(u' ');
    };
    for (core::Section section : core::kSections) {
        ui::SectionPage *page = window.sectionPage(section);
        const core::SectionGuidance &expected = guidance.forSection(section);
        // Then a page not yet visited has no guidance text laid out
        EXPECT_FALSE(labelTexts(page).contains(expected.guidance)) << core::sectionKey(section).toStdString();
        // When the writer opens it, its guidance and tips are there
        window.wizard()->showSection(section);
        EXPECT_TRUE(labelTexts(page).contains(expected.guidance)) << core::sectionKey(section).toStdString();
        for (const QString &tip : expected.tips)
            EXPECT_TRUE(labelTexts(page).contains(tip.toHtmlEscaped())) << tip.toStdString();
    }
    // and they stay when the writer comes back to a page
    window.wizard()->showStep(ui::WizardStep::CaseDetails);
    window.wizard()->showSection(core::Section::Regret);
    EXPECT_TRUE(labelTexts(window.sectionPage(core::Section::Regret)).contains(guidance.forSection(core::Section::Regret).guidance));
}

TEST(SectionPage_Marks, AHiddenEditorIsMarkedOnlyOnceItsPageIsShown)
{
    // given a window opened on the case page, with a placeholder in a hidden section
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    ASSERT_TRUE(window.newFromScenario(QStringLiteral("duplicate-charge"), true));
    window.show();
    ui::SectionEditor *editor = window.sectionPage(core::Section::Remedy)->editor();
    editor->setPlainText(QStringLiteral("Dear {customer.name}, we refund you."));
    QCoreApplication::processEvents();
    // then the hidden editor is not marked (marking would lay its text out before the
    // window's first paint)
    EXPECT_EQ(editor->highlighter()->document(), nullptr);
    EXPECT_TRUE(editor->document()->firstBlock().layout()->formats().isEmpty());
    // when its page is shown
    openSection(window, core::Section::Remedy);
    // then its placeholder is a chip at once
    const QList<QTextLayout::FormatRange> formats = editor->document()->firstBlock().layout()->formats();
    EXPECT_TRUE(std::any_of(formats.cbegin(), formats.cend(), [](const QTextLayout::FormatRange &range) {
        return range.start == 5 && range.length == 15 && range.format.background().color() == QColor(0xdb, 0xea, 0xfe);
    }));
}
