#include "spellingtestsupport.h"

#include "core/draftdocument.h"
#include "core/personaldictionary.h"
#include "services/proofreader.h"
#include "ui/casedetailspage.h"
#include "ui/proofreadinghighlighter.h"
#include "ui/sectioneditor.h"
#include "ui/sectionpage.h"
#include "ui/uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFocusEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <memory>

using namespace amends;

namespace {

// An editor proofread with the tiny UTF-8 dictionary as en-US (and the Latin-1 one
// as en-GB), a draft for a customer named Rivera, and a throw-away personal folder.
struct EditorFixture {
    test::DictionaryFolder dictionaries;
    QTemporaryDir personal;
    core::DraftDocument document;
    std::unique_ptr<services::Proofreader> proofreader;
    ui::SectionEditor editor;

    explicit EditorFixture(bool withDictionaries = true)
    {
        if (withDictionaries) {
            dictionaries.add(QStringLiteral("amends_utf8"), QStringLiteral("en-US"));
            dictionaries.add(QStringLiteral("amends_latin1"), QStringLiteral("en-GB"));
        }
        core::Draft draft;
        draft.customer.name = QStringLiteral("Rivera");
        document.reset(draft, QString());
        proofreader = std::make_unique<services::Proofreader>(&document, dictionaries.finder(), personal.path());
        editor.setProofreader(proofreader.get());
        editor.resize(640, 320);
        editor.show(); // an editor is marked once shown
    }

    QTextBlock block(int number = 0) const { return editor.document()->findBlockByNumber(number); }
    int positionOf(const QString &word, int from = 0) const
    {
        return static_cast<int>(editor.toPlainText().indexOf(word, from));
    }
};

bool hasFormat(const QTextBlock &block, int start, int length, const std::function<bool(const QTextCharFormat &)> &test)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    return std::any_of(ranges.cbegin(), ranges.cend(), [&](const QTextLayout::FormatRange &range) {
        return range.start <= start && range.start + range.length >= start + length && test(range.format);
    });
}

bool isMarkedMisspelled(const QTextBlock &block, int start, int length)
{
    return hasFormat(block, start, length, [](const QTextCharFormat &format) {
        return format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && format.underlineColor() == QColor(0xd9, 0x1e, 0x18);
    });
}

int misspellingMarks(const QTextBlock &block)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    return static_cast<int>(std::count_if(ranges.cbegin(), ranges.cend(), [](const QTextLayout::FormatRange &range) {
        return range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    }));
}

QAction *actionNamed(QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

QStringList suggestionsIn(QMenu *menu)
{
    QStringList suggestions;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("spellingSuggestion"))
            suggestions.append(action->data().toString());
    }
    return suggestions;
}

} // namespace

TEST(ProofreadingHighlighter_Misspelling, GetsARedWavyUnderlineOnlyOnTheWrongWord)
{
    // given an editor with a dictionary
    EditorFixture f;
    // when a sentence with one wrong word is written
    f.editor.setPlainText(QStringLiteral("We are sorry for the mistaek."));
    // then that word, and only it, is underlined
    AMENDS_WAIT_FOR(isMarkedMisspelled(f.block(), 21, 7), 5000);
    EXPECT_EQ(misspellingMarks(f.block()), 1);
}

TEST(ProofreadingHighlighter_Typing, MarksAWordOnceTheWriterHasLeftIt)
{
    // Given an editor with a dictionary, showing a sentence with a wrong word
    EditorFixture f;
    f.editor.show();
    f.editor.setFocus();
    f.editor.setPlainText(QStringLiteral("We are sorry for the mistaek."));
    AMENDS_WAIT_FOR(isMarkedMisspelled(f.block(), 21, 7), 5000);
    // When the writer types a wrong word at the end, key by key
    f.editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&f.editor, QStringLiteral(" Thsi"));
    const int typed = f.positionOf(QStringLiteral("Thsi"));
    // Then the half-typed word is not marked while the cursor is in it, the earlier
    // one still is
    EXPECT_FALSE(isMarkedMisspelled(f.block(), typed, 4));
    EXPECT_TRUE(isMarkedMisspelled(f.block(), 21, 7));
    // and once a space ends it, it is
    QTest::keyClick(&f.editor, Qt::Key_Space);
    EXPECT_TRUE(isMarkedMisspelled(f.block(), typed, 4));

    // When another word is typed and the writer clicks elsewhere instead
    QTest::keyClicks(&f.editor, QStringLiteral("agian"));
    const int second = f.positionOf(QStringLiteral("agian"));
    EXPECT_FALSE(isMarkedMisspelled(f.block(), second, 5));
    QTextCursor start = f.editor.textCursor();
    start.movePosition(QTextCursor::Start);
    f.editor.setTextCursor(start);
    // Then it is marked at once
    EXPECT_TRUE(isMarkedMisspelled(f.block(), second, 5));

    // And a word left by moving the focus away is marked too
    f.editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&f.editor, QStringLiteral(" wrnog"));
    const int third = f.positionOf(QStringLiteral("wrnog"));
    EXPECT_FALSE(isMarkedMisspelled(f.block(), third, 5));
    QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(&f.editor, &focusOut);
    EXPECT_TRUE(isMarkedMisspelled(f.block(), third, 5));
}

TEST(ProofreadingHighlighter_Placeholders, StayChipsAndAreNeverUnderlined)
{
    EditorFixture f;
    f.editor.setPlainText(QStringLiteral("Dear {customer.name}, sorry for {custmer.nam} mistaek"));
    AMENDS_WAIT_FOR(isMarkedMisspelled(f.block(), f.positionOf(QStringLiteral("mistaek")), 7), 5000);
    EXPECT_TRUE(hasFormat(f.block(), 5, 15, [](const QTextCharFormat &format) {
        return format.background().color() == QColor(0xdb, 0xea, 0xfe);
    }));
    EXPECT_TRUE(hasFormat(f.block(), f.positionOf(QStringLiteral("{custmer")), 13, [](const QTextCharFormat &format) {
        return format.background().color() == QColor(0xfd, 0xe2, 0xe1);
    }));
    EXPECT_EQ(misspellingMarks(f.block()), 1);
}

TEST(ProofreadingHighlighter_NoDictionary, MarksNothingAndIsReportedOnce)
{
    // given no dictionary for the letter's language
    EditorFixture f(false);
    QSignalSpy missing(f.proofreader.get(), &services::Proofreader::dictionaryMissing);
    // when the writer types a wrong word
    f.editor.show();
    QTest::keyClicks(&f.editor, QStringLiteral("sorry mistaek"));
    // then the text is there, nothing is red, and the notice came once
    EXPECT_EQ(f.editor.toPlainText(), QStringLiteral("sorry mistaek"));
    AMENDS_WAIT_FOR((missing.count()) == (1), 5000);
    EXPECT_EQ(missing.first().at(0).toString(), QStringLiteral("en-US"));
    EXPECT_TRUE(missing.first().at(1).toString().contains(QStringLiteral("hunspell-en-us")));
    EXPECT_EQ(misspellingMarks(f.block()), 0);
    f.document.setLanguage(QStringLiteral("en-GB"));
    f.document.setLanguage(QStringLiteral("en-US"));
    QCoreApplication::processEvents();
    EXPECT_EQ(missing.count(), 2); // once for en-GB, still once for en-US
}

TEST(ProofreadingHighlighter_ExtraFormats, ArePaintedWithSpellingMergedOnTop)
{
    // given a misspelled word inside a range marked from outside
    EditorFixture f;
    f.editor.setPlainText(QStringLiteral("sorry for the mistaek"));
    QTextCharFormat tone;
    tone.setBackground(QColor(0xff, 0xf3, 0xbf));
    QTextLayout::FormatRange range;
    range.start = 6;
    range.length = 15;
    range.format = tone;
    // when the extra marks are set
    f.editor.highlighter()->setExtraFormats({range});
    // then both show on the word
    AMENDS_WAIT_FOR(hasFormat(f.block(), 14, 7, [](const QTextCharFormat &format) {
        return format.background().color() == QColor(0xff, 0xf3, 0xbf)
               && format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    }), 5000);
    EXPECT_TRUE(hasFormat(f.block(), 6, 3, [](const QTextCharFormat &format) {
        return format.background().color() == QColor(0xff, 0xf3, 0xbf);
    }));
}

TEST(ProofreadingHighlighter_ExtraFormats, FollowTheTextUntilTheNextCheckPlacesThem)
{
    // given a mark on "the hassle" and one on a sentence being typed
    EditorFixture f;
    f.editor.setPlainText(QStringLiteral("Sorry for the hassle. We will"));
    QTextCharFormat tone;
    tone.setBackground(QColor(0xff, 0xf3, 0xbf));
    const int sentence = f.positionOf(QStringLiteral("We"));
    f.editor.highlighter()->setExtraFormats({{10, 10, tone}, {sentence, 7, tone}});
    // when the writer types before the first and at the end of the second
    QTextCursor cursor(f.editor.document());
    cursor.setPosition(0);
    cursor.insertText(QStringLiteral("So "));
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("s"));
    // then the first moves with its words and the second grows with the sentence
    const QList<QTextLayout::FormatRange> moved = f.editor.highlighter()->extraFormats();
    ASSERT_EQ(moved.size(), 2);
    const QString text = f.editor.toPlainText();
    EXPECT_EQ(text.mid(moved.at(0).start, moved.at(0).length), QStringLiteral("the hassle"));
    EXPECT_EQ(text.mid(moved.at(1).start, moved.at(1).length), QStringLiteral("We wills"));
    // and are painted there, before any check has placed them again
    const auto marked = [&f](int position) {
        return hasFormat(f.block(), position, 1, [](const QTextCharFormat &format) {
            return format.background().color() == QColor(0xff, 0xf3, 0xbf);
        });
    };
    AMENDS_WAIT_FOR(marked(13) && marked(22), 5000);
    EXPECT_FALSE(marked(10));
    EXPECT_FALSE(marked(23));
    // and a check that finds them where they are leaves them as they are
    f.editor.highlighter()->setExtraFormats({{13, 10, tone}, {moved.at(1).start, 8, tone}});
    EXPECT_EQ(f.editor.highlighter()->extraFormats(), moved);
    // while one that moves them elsewhere is followed
    f.editor.highlighter()->setExtraFormats({{0, 5, tone}});
    ASSERT_EQ(f.editor.highlighter()->extraFormats().size(), 1);
    EXPECT_EQ(f.editor.highlighter()->extraFormats().first().start, 0);
}

TEST(ProofreadingHighlighter_ExtraFormats, AMarkEndedByAFullStopDoesNotGrowWithWhatIsTypedAfterIt)
{
    // given a mark on a whole sentence, full stop included
    EditorFixture f;
    f.editor.setPlainText(QStringLiteral("Sorry for the hassle."));
    QTextCharFormat tone;
    tone.setBackground(QColor(0xff, 0xf3, 0xbf));
    f.editor.highlighter()->setExtraFormats({{0, 21, tone}});
    ASSERT_EQ(f.editor.highlighter()->extraFormats().size(), 1);
    // when the writer types right after it
    QTextCursor cursor(f.editor.document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("We"));
    // then it stays on its sentence
    EXPECT_EQ(f.editor.highlighter()->extraFormats().first().length, 21);
}

TEST(SectionEditor_Menu, OffersSuggestionsIgnoreAndAddForAMisspelledWord)
{
    EditorFixture f;
    f.editor.setPlainText(QStringLiteral("sorry for the mistaek"));
    // when the menu is built for a position inside the word
    const std::unique_ptr<QMenu> menu(f.editor.createProofreadingMenu(f.positionOf(QStringLiteral("mistaek")) + 3));
    // then it starts with corrections, best first, then the spelling actions, then editing
    const QStringList suggestions = suggestionsIn(menu.get());
    ASSERT_FALSE(suggestions.isEmpty());
    EXPECT_LE(suggestions.size(), ui::SectionEditor::kMaxSuggestions);
    EXPECT_EQ(suggestions.first(), QStringLiteral("mistake"));
    EXPECT_EQ(menu->actions().first()->data().toString(), QStringLiteral("mistake"));
    EXPECT_TRUE(actionNamed(menu.get(), QStringLiteral("spellingIgnore")));
    EXPECT_TRUE(actionNamed(menu.get(), QStringLiteral("spellingIgnoreAll")));
    EXPECT_TRUE(actionNamed(menu.get(), QStringLiteral("spellingAddToDictionary")));
    EXPECT_GT(menu->actions().size(), suggestions.size() + 5);
}

TEST(SectionEditor_Menu, HasOnlyTheEditingActionsForACorrectWord)
{
    EditorFixture f;
    f.editor.setPlainText(QStringLiteral("sorry for the mistaek"));
    const std::unique_ptr<QMenu> menu(f.editor.createProofreadingMenu(2));
    EXPECT_TRUE(suggestionsIn(menu.get()).isEmpty());
    EXPECT_FALSE(actionNamed(menu.get(), QStringLiteral("spellingIgnore")));
    EXPECT_FALSE(menu->actions().isEmpty());
}

TEST(SectionEditor_Suggestion, ReplacesTheWordAsOneUndoStep)
{
    // given a misspelled word
    EditorFixture f;
    const QString original = QStringLiteral("sorry for the mistaek, really");
    f.editor.setPlainText(original);
    const std::unique_ptr<QMenu> menu(f.editor.createProofreadingMenu(f.positionOf(QStringLiteral("mistaek"))));
    // when the first suggestion is chosen
    menu->actions().first()->trigger();
    // then the word is replaced and one undo brings the old text back
    EXPECT_EQ(f.editor.toPlainText(), QStringLiteral("sorry for the mistake, really"));
    f.editor.undo();
    EXPECT_EQ(f.editor.toPlainText(), original);
    AMENDS_WAIT_FOR(isMarkedMisspelled(f.block(), 14, 7), 5000);
}

TEST(SectionEditor_AddToDictionary, UnmarksTheWordEverywhereAndRemembersIt)
{
    // given a word written twice
    EditorFixture f;
    f.editor.setPlainText(QStringLiteral("kerfuffle, sorry\nanother kerfuffle"));
    AMENDS_WAIT_FOR(isMarkedMisspelled(f.block(1), 8, 9), 5000);
    // when it is added to the dictionary from the menu
    const std::unique_ptr<QMenu> menu(f.editor.createProofreadingMenu(2));
    actionNamed(menu.get(), QStringLiteral("spellingAddToDictionary"))->trigger();
    // then neither occurrence is marked and the personal dictionary keeps it
    AMENDS_WAIT_FOR((misspellingMarks(f.block(0)) + misspellingMarks(f.block(1))) == (0), 5000);
    const core::PersonalDictionary saved(core::PersonalDictionary::pathFor(f.personal.path(), QStringLiteral("en-US")));
    EXPECT_TRUE(saved.contains(QStringLiteral("kerfuffle")));
}

TEST(SectionEditor_Ignore, UnmarksOnlyThatOccurrenceUntilItIsEdited)
{
    EditorFixture f;
    f.editor.setPlainText(QStringLiteral("mistaek and mistaek"));
    AMENDS_WAIT_FOR((misspellingMarks(f.block())) == (2), 5000);
    const std::unique_ptr<QMenu> menu(f.editor.createProofreadingMenu(1));
    actionNamed(menu.get(), QStringLiteral("spellingIgnore"))->trigger();
    AMENDS_WAIT_FOR((misspellingMarks(f.block())) == (1), 5000);
    EXPECT_TRUE(isMarkedMisspelled(f.block(), 12, 7));
    // and the ignored word, once edited, is checked again
    QTextCursor cursor(f.editor.document());
    cursor.setPosition(7);
    cursor.insertText(QStringLiteral("s"));
    AMENDS_WAIT_FOR(isMarkedMisspelled(f.block(), 0, 8), 5000);
}

TEST(SectionEditor_IgnoreAll, KeepsTheWordInTheDraftAndUnmarksIt)
{
    EditorFixture f;
    f.editor.setPlainText(QStringLiteral("mistaek and mistaek"));
    AMENDS_WAIT_FOR((misspellingMarks(f.block())) == (2), 5000);
    const std::unique_ptr<QMenu> menu(f.editor.createProofreadingMenu(14));
    actionNamed(menu.get(), QStringLiteral("spellingIgnoreAll"))->trigger();
    EXPECT_EQ(f.document.draft().ignoredWords, QStringList{QStringLiteral("mistaek")});
    EXPECT_TRUE(f.document.isModified());
    AMENDS_WAIT_FOR((misspellingMarks(f.block())) == (0), 5000);
}

TEST(Proofreader_CaseFields, AcceptANameAsSoonAsItIsEntered)
{
    EditorFixture f;
    f.editor.setPlainText(QStringLiteral("Dear Xochitl and Rivera"));
    AMENDS_WAIT_FOR(isMarkedMisspelled(f.block(), 5, 7), 5000);
    EXPECT_EQ(misspellingMarks(f.block()), 1); // Rivera is the customer
    ASSERT_TRUE(f.document.setField(QStringLiteral("customer.salutation"), QStringLiteral("Xochitl")).isEmpty());
    AMENDS_WAIT_FOR((misspellingMarks(f.block())) == (0), 5000);
}

TEST(Proofreader_Language, SwitchesTheDictionaryWithTheLetter)
{
    // given a text with a French loan word in an en-US letter
    EditorFixture f;
    f.editor.setPlainText(QStringLiteral("garçon mistaek"));
    AMENDS_WAIT_FOR(isMarkedMisspelled(f.block(), 0, 6), 5000);
    // when the letter's language changes to the one whose dictionary knows it
    f.document.setLanguage(QStringLiteral("en-GB"));
    // then the other dictionary judges the text
    EXPECT_EQ(f.proofreader->language(), QStringLiteral("en-GB"));
    AMENDS_WAIT_FOR(!isMarkedMisspelled(f.block(), 0, 6), 5000);
    EXPECT_TRUE(isMarkedMisspelled(f.block(), 7, 7));
}

TEST(SectionEditor_MenuKey, OpensTheSpellingMenuForTheWordAtTheCursor)
{
    // given the text cursor right after a misspelled word
    EditorFixture f;
    f.editor.show();
    f.editor.setPlainText(QStringLiteral("sorry mistaek"));
    f.editor.moveCursor(QTextCursor::End);
    QStringList shown;
    QTimer::singleShot(0, &f.editor, [&shown] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            shown = suggestionsIn(menu);
            menu->close();
        }
    });
    // when the context menu is asked for from the keyboard
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(0, 0), f.editor.viewport()->mapToGlobal(QPoint(0, 0)));
    QApplication::sendEvent(f.editor.viewport(), &event);
    // then the menu offered the corrections of that word
    EXPECT_TRUE(shown.contains(QStringLiteral("mistake")));
}

TEST(ProofreadingHighlighter_LargeText, MarksEveryParagraphAfterCatchingUp)
{
    // given an editor that receives a large text at once
    EditorFixture f;
    f.editor.show();
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("We are sorry for the mistaek on your invoice.\n");
    f.editor.insertPlainText(text);
    // when it has caught up, then the first and the last paragraphs are both marked
    AMENDS_WAIT_FOR(!f.editor.highlighter()->isCatchingUp(), 120000);
    EXPECT_TRUE(isMarkedMisspelled(f.block(0), 21, 7));
    EXPECT_TRUE(isMarkedMisspelled(f.block(19999), 21, 7));
    EXPECT_EQ(misspellingMarks(f.block(10000)), 2);
}

TEST(MainWindow_Proofreading, FollowsTheLetterLanguageChosenOnTheCasePage)
{
    // given the main window, whose section editors share one proofreader
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    ASSERT_TRUE(window.proofreader());
    for (core::Section section : core::kSections)
        EXPECT_EQ(window.sectionPage(section)->editor()->highlighter()->proofreader(), window.proofreader());
    // when the writer picks British English
    QComboBox *languages = window.casePage()->languageBox();
    languages->setCurrentIndex(languages->findData(QStringLiteral("en-GB")));
    // then spelling follows the letter
    EXPECT_EQ(window.proofreader()->language(), QStringLiteral("en-GB"));
    if (!test::systemDictionary(QStringLiteral("en_GB")))
        GTEST_SKIP() << "/usr/share/hunspell/en_GB.dic is not installed (Debian package hunspell-en-gb)";
    AMENDS_WAIT_FOR(!window.proofreader()->isLoading(), 20000);
    ASSERT_TRUE(window.proofreader()->speller());
    EXPECT_EQ(window.proofreader()->speller()->language(), QStringLiteral("en-GB"));
}

TEST(MainWindow_Proofreading, TheWindowOpensBeforeTheDictionaryIsLoaded)
{
    if (!test::systemDictionary(QStringLiteral("en_US")))
        GTEST_SKIP() << "/usr/share/hunspell/en_US.dic is not installed (Debian package hunspell-en-us)";
    // given a window just made, with a misspelling in a section
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    window.newFromScenario(QStringLiteral("duplicate-charge"), true);
    ui::SectionEditor *editor = window.sectionPage(core::Section::Regret)->editor();
    editor->setPlainText(QStringLiteral("We are sory."));
    // then the dictionary is still loading, on another thread: nothing is marked yet
    EXPECT_TRUE(window.proofreader()->isLoading());
    EXPECT_EQ(window.proofreader()->speller(), nullptr);
    EXPECT_FALSE(window.isSettled());
    // and once it has arrived, the misspelling is marked and the window has settled
    AMENDS_WAIT_FOR(window.isSettled(), 20000);
    ASSERT_TRUE(window.proofreader()->speller());
    const QList<core::Span> spans = window.proofreader()->findMisspellings(editor->toPlainText());
    ASSERT_EQ(spans.size(), 1);
    EXPECT_EQ(editor->toPlainText().mid(spans.first().start, spans.first().end - spans.first().start), QStringLiteral("sory"));
    // (a dictionary that was only loading is never reported missing)
    EXPECT_FALSE(window.statusBar()->currentMessage().contains(QStringLiteral("dictionary")));
}

TEST(MainWindow_Proofreading, SaysOnceWhenTheDictionaryIsMissing)
{
    // given a letter switched to a language without a dictionary
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    window.document()->setLanguage(QStringLiteral("xx-YY"));
    // then the status bar says so, and editing goes on unmarked
    AMENDS_WAIT_FOR(window.statusBar()->currentMessage().contains(QStringLiteral("xx-YY")), 5000);
    EXPECT_EQ(window.proofreader()->speller(), nullptr);
}
