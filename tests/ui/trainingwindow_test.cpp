#include "ui/findingspanel.h"
#include "ui/markedletteredit.h"
#include "ui/scorebadge.h"
#include "ui/trainingwindow.h"

#include "core/apologyscore.h"
#include "core/checker.h"
#include "services/hyphensyllablecounter.h"

#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace amends;

namespace {

int independentScore(const QString &text)
{
    static const core::Checker checker(core::RuleSet::load(QStringLiteral("en")));
    static services::HyphenSyllableCounter counter(QStringLiteral("en-US"));
    return core::scoreLetter(checker.check(core::subjectFromText(text, QStringLiteral("en-US")), {nullptr, &counter})).value;
}

bool hasRule(const core::CheckResult &result, const QString &rule)
{
    return std::any_of(result.findings.begin(), result.findings.end(), [&](const core::Finding &f) { return f.rule == rule; });
}

bool hasCategory(const core::CheckResult &result, const QString &category)
{
    return std::any_of(result.findings.begin(), result.findings.end(), [&](const core::Finding &f) { return f.category == category; });
}

QStringList treeTexts(const QTreeWidget *tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            texts.append(tree->topLevelItem(i)->child(j)->text(0));
    }
    return texts;
}

// QTRY_* macros report to QtTest, not to GoogleTest: wait on the condition instead.
template<typename Predicate>
bool eventually(Predicate predicate)
{
    return QTest::qWaitFor(predicate, 5000);
}

// Selects @p words in the poor letter, so that typing replaces them.
void selectWords(ui::TrainingWindow &window, const QString &words)
{
    ui::MarkedLetterEdit *editor = window.poorEditor();
    const qsizetype at = editor->toPlainText().indexOf(words);
    ASSERT_GE(at, 0) << words.toStdString();
    editor->setFocus();
    editor->selectSpan(at, at + words.size());
}

// A window showing the pair @p id, visible so that typing reaches the editor.
struct TrainingFixture {
    explicit TrainingFixture(const char *id)
    {
        window.show();
        const int index = window.pairPicker()->findData(QString::fromLatin1(id));
        EXPECT_GE(index, 0) << id;
        window.pairPicker()->setCurrentIndex(index);
        original = window.poorEditor()->toPlainText();
        originalScore = window.poorScore()->value();
    }
    ui::TrainingWindow window;
    QString original;
    int originalScore = 0;
};

} // namespace

TEST(TrainingWindow_Open, ShowsTheFirstPairSideBySideWithBothScores)
{
    // Given a new training window
    ui::TrainingWindow window;
    window.show();

    // Then every pair is offered and the first is shown: poor (editable) beside repaired
    ASSERT_GE(window.pairs().size(), 6);
    EXPECT_EQ(window.pairPicker()->count(), window.pairs().size());
    EXPECT_EQ(window.currentPair(), 0);
    const core::TrainingPair &pair = window.pairs().first();
    EXPECT_EQ(window.poorEditor()->toPlainText(), pair.poor);
    EXPECT_EQ(window.repairedEditor()->toPlainText(), pair.repaired);
    EXPECT_FALSE(window.poorEditor()->isReadOnly());
    EXPECT_TRUE(window.repairedEditor()->isReadOnly());

    // And both scores are the letters' own, with the poor letter's findings marked and listed
    EXPECT_EQ(window.poorScore()->value(), independentScore(pair.poor));
    EXPECT_EQ(window.repairedScore()->value(), independentScore(pair.repaired));
    EXPECT_GT(window.repairedScore()->value(), window.poorScore()->value());
    EXPECT_FALSE(window.poorEditor()->extraSelections().isEmpty());
    EXPECT_FALSE(treeTexts(window.findingsPanel()->tree()).isEmpty());
    EXPECT_FALSE(window.resetButton()->isEnabled());
}

TEST(TrainingWindow_Open, PickingAnotherPairShowsItsLettersAndLesson)
{
    ui::TrainingWindow window;
    window.pairPicker()->setCurrentIndex(2);
    const core::TrainingPair &pair = window.pairs().at(2);
    EXPECT_EQ(window.currentPair(), 2);
    EXPECT_EQ(window.poorEditor()->toPlainText(), pair.poor);
    EXPECT_EQ(window.repairedScore()->value(), independentScore(pair.repaired));
    EXPECT_TRUE(window.windowTitle().contains(pair.title));
    const auto marks = window.poorEditor()->extraSelections();
    ASSERT_FALSE(marks.isEmpty());
    const QTextEdit::ExtraSelection &mark = marks.first();
    EXPECT_FALSE(window.poorEditor()->messagesAt(mark.cursor.selectionStart()).isEmpty());
}

TEST(TrainingWindow_Rewrite, NamingTheCustomerRemovesTheGenericGreetingLive)
{
    // Given the "Dear Valued Customer" letter
    TrainingFixture fixture("generic-greeting");
    ASSERT_TRUE(hasRule(fixture.window.poorResult(), QStringLiteral("personalization.generic-greeting")));

    // When the trainee types the customer's name over the greeting
    selectWords(fixture.window, QStringLiteral("Valued Customer"));
    QTest::keyClicks(fixture.window.poorEditor(), QStringLiteral("Ms Novak"));

    // Then, after the pause in typing (not on every key), the finding goes and the score rises
    EXPECT_TRUE(hasRule(fixture.window.poorResult(), QStringLiteral("personalization.generic-greeting")));
    ASSERT_TRUE(eventually([&] { return !hasRule(fixture.window.poorResult(), QStringLiteral("personalization.generic-greeting")); }));
    EXPECT_GT(fixture.window.poorScore()->value(), fixture.originalScore);
    EXPECT_EQ(fixture.window.poorScore()->value(), independentScore(fixture.window.poorEditor()->toPlainText()));
    EXPECT_FALSE(treeTexts(fixture.window.findingsPanel()->tree()).join(QLatin1Char('\n')).contains(QStringLiteral("Valued Customer")));
    EXPECT_TRUE(fixture.window.resetButton()->isEnabled());
}

TEST(TrainingWindow_Rewrite, OwningTheMistakeInsteadOfBlamingTheProcessorRaisesTheScoreMost)
{
    TrainingFixture fixture("processor-blame");
    ASSERT_TRUE(hasCategory(fixture.window.poorResult(), QStringLiteral("blame-shifting")));

    selectWords(fixture.window, QStringLiteral("This was caused by an error at our payment processor, which duplicated the "
                                               "transaction during their overnight run. Unfortunately, this was outside of our control."));
    QTest::keyClicks(fixture.window.poorEditor(), QStringLiteral("This was our mistake: we sent your payment request twice."));

    // The letter is checked again after a pause: wait for the owned mistake to count.
    ASSERT_TRUE(eventually([&] { return fixture.window.poorResult().coverage.has(core::Section::Responsibility); }));
    EXPECT_FALSE(hasRule(fixture.window.poorResult(), QStringLiteral("structure.missing-responsibility")));
    EXPECT_GE(fixture.window.poorScore()->value(), fixture.originalScore + core::sectionWeight(core::Section::Responsibility));
}

TEST(TrainingWindow_Rewrite, AFixButtonInTheFindingsPanelRewritesTheLetter)
{
    // Given a finding that offers a replacement, selected in the panel
    TrainingFixture fixture("jargon");
    QTreeWidget *tree = fixture.window.findingsPanel()->tree();
    QString rule;
    for (int i = 0; i < tree->topLevelItemCount() && rule.isEmpty(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount() && rule.isEmpty(); ++j) {
            tree->setCurrentItem(tree->topLevelItem(i)->child(j));
            const core::Finding *finding = fixture.window.findingsPanel()->currentFinding();
            rule = finding && !finding->suggestions.isEmpty() ? finding->rule : QString();
        }
    }
    ASSERT_FALSE(rule.isEmpty());
    const int before = static_cast<int>(std::count_if(fixture.window.poorResult().findings.begin(), fixture.window.poorResult().findings.end(),
                                                      [&](const core::Finding &f) { return f.rule == rule; }));

    // When its first fix is clicked
    ASSERT_FALSE(fixture.window.findingsPanel()->fixButtons().isEmpty());
    QTest::mouseClick(fixture.window.findingsPanel()->fixButtons().first(), Qt::LeftButton);

    // Then the letter changes and that finding is one fewer
    EXPECT_NE(fixture.window.poorEditor()->toPlainText(), fixture.original);
    const int after = static_cast<int>(std::count_if(fixture.window.poorResult().findings.begin(), fixture.window.poorResult().findings.end(),
                                                     [&](const core::Finding &f) { return f.rule == rule; }));
    EXPECT_EQ(after, before - 1) << rule.toStdString();
}

TEST(TrainingWindow_Reset, RestoresTheOriginalLetterAndScoreAsOneUndoStep)
{
    // Given a rewritten letter
    TrainingFixture fixture("generic-greeting");
    selectWords(fixture.window, QStringLiteral("Valued Customer"));
    QTest::keyClicks(fixture.window.poorEditor(), QStringLiteral("Ms Novak"));
    ASSERT_TRUE(eventually([&] { return fixture.window.poorScore()->value() != fixture.originalScore; }));
    const QString rewritten = fixture.window.poorEditor()->toPlainText();

    // When Reset is clicked
    QTest::mouseClick(fixture.window.resetButton(), Qt::LeftButton);

    // Then the original letter, its score and its findings are back, and undo brings the rewrite back
    EXPECT_EQ(fixture.window.poorEditor()->toPlainText(), fixture.original);
    EXPECT_EQ(fixture.window.poorScore()->value(), fixture.originalScore);
    EXPECT_TRUE(hasRule(fixture.window.poorResult(), QStringLiteral("personalization.generic-greeting")));
    EXPECT_FALSE(fixture.window.resetButton()->isEnabled());
    fixture.window.poorEditor()->undo();
    EXPECT_EQ(fixture.window.poorEditor()->toPlainText(), rewritten);
}

TEST(TrainingWindow_Presentation, EnlargesLettersScoresAndFindingsAndBack)
{
    // Given the normal view
    ui::TrainingWindow window;
    window.show();
    const auto sizes = [&window] {
        return QList<qreal>{window.poorEditor()->font().pointSizeF(), window.repairedEditor()->font().pointSizeF(),
                            window.poorScore()->font().pointSizeF(), window.repairedScore()->font().pointSizeF(),
                            window.findingsPanel()->tree()->font().pointSizeF()};
    };
    const QList<qreal> normal = sizes();

    // When the presentation view is switched on, everything is at least half as large again
    window.presentationAction()->trigger();
    ASSERT_TRUE(window.isPresentationMode());
    const QList<qreal> large = sizes();
    for (int i = 0; i < normal.size(); ++i)
        EXPECT_GE(large.at(i), normal.at(i) * 1.5) << i;

    // And switching it off brings the normal sizes back
    window.presentationAction()->trigger();
    EXPECT_EQ(sizes(), normal);
}

TEST(TrainingWindow_Presentation, HasAShortcutAndAButton)
{
    ui::TrainingWindow window;
    EXPECT_EQ(window.presentationAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    auto *button = window.findChild<QToolButton *>(QStringLiteral("presentationButton"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(window.isPresentationMode());
}

TEST(TrainingWindow_MainWindow, HelpMenuOpensTrainingOnce)
{
    // Given the main window's Help menu
    test::WindowFixture fixture;
    QAction *training = nullptr;
    for (QAction *menu : fixture.window->menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (action->text() == QStringLiteral("&Training…"))
                training = action;
        }
    }
    ASSERT_NE(training, nullptr);

    // When it is chosen twice, one training window is shown
    training->trigger();
    training->trigger();
    const auto windows = fixture.window->findChildren<ui::TrainingWindow *>();
    ASSERT_EQ(windows.size(), 1);
    EXPECT_TRUE(windows.first()->isVisible());
}

TEST(TrainingWindow_FullScreen, F11TogglesFullScreen)
{
    // Given a training window on screen
    ui::TrainingWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    // When F11 is pressed, then it fills the screen; pressed again, it is back
    EXPECT_TRUE(window.fullScreenAction()->shortcuts().contains(QKeySequence(Qt::Key_F11)));
    QTest::keyClick(&window, Qt::Key_F11);
    EXPECT_TRUE(window.fullScreenAction()->isChecked());
    EXPECT_TRUE(window.windowState() & Qt::WindowFullScreen);
    QTest::keyClick(&window, Qt::Key_F11);
    EXPECT_FALSE(window.fullScreenAction()->isChecked());
}
