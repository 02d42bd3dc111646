#include "core/readiness.h"
#include "core/ruleset.h"
#include "services/proofreader.h"
#include "ui/checkcontroller.h"
#include "ui/checkssettingsdialog.h"
#include "ui/exportcontroller.h"
#include "ui/findingactions.h"
#include "ui/findingspanel.h"
#include "ui/findingstyle.h"
#include "ui/proofreadinghighlighter.h"
#include "ui/letterpreview.h"
#include "ui/letterwizard.h"
#include "ui/sectioneditor.h"
#include "ui/sectionpage.h"

#include "core/displaynames.h"
#include "core/draftdocument.h"

#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <initializer_list>
#include <optional>

using namespace amends;

namespace {

// The findings panel's items for findings, group by group (not the groups).
QList<QTreeWidgetItem *> listedItems(const QTreeWidget *tree)
{
    QList<QTreeWidgetItem *> items;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            items.append(tree->topLevelItem(g)->child(i));
    }
    return items;
}

// A window whose checks include the test house rules ("hassle" → "trouble").
struct CheckedWindow : test::WindowFixture {
    CheckedWindow()
    {
        settings.setHouseRuleFiles({test::dataPath(QStringLiteral("letters/house-rules.json"))});
        window->applyCheckSettings();
        window->newFromScenario(QStringLiteral("duplicate-charge"), true);
        window->checks()->checkNow();
    }

    const core::Finding *find(const QString &rule) const
    {
        for (const core::Finding &finding : window->checks()->result().findings) {
            if (finding.rule == rule)
                return &finding;
        }
        return nullptr;
    }

    // Types @p text at the end of each of @p sections, then checks the letter.
    void appendAndCheck(std::initializer_list<core::Section> sections, const QString &text)
    {
        for (const core::Section section : sections) {
            ui::SectionEditor *editor = window->sectionPage(section)->editor();
            editor->moveCursor(QTextCursor::End);
            editor->insertPlainText(text);
        }
        window->checks()->checkNow();
    }

    // Shows the window with "hassle" at the end of the remedy, checked, and returns the
    // Remedy editor.
    ui::SectionEditor *showWithHassleInRemedy()
    {
        window->show();
        appendAndCheck({core::Section::Remedy}, QStringLiteral(" We know this is a hassle."));
        return window->sectionPage(core::Section::Remedy)->editor();
    }

    // Selects the findings panel's item whose text contains @p words and returns it;
    // null if there is none.
    QTreeWidgetItem *selectListed(const QString &words) const
    {
        QTreeWidget *tree = window->findingsPanel()->tree();
        for (QTreeWidgetItem *item : listedItems(tree)) {
            if (item->text(0).contains(words)) {
                tree->setCurrentItem(item);
                return item;
            }
        }
        return nullptr;
    }
};

} // namespace

TEST(Findings_Template, FilledScenarioShowsNoFindingInThePanel)
{
    test::WindowFixture fixture;
    fixture.window->newFromScenario(QStringLiteral("overcharge"), true);
    fixture.window->checks()->checkNow();
    EXPECT_TRUE(fixture.window->checks()->result().findings.isEmpty());
    EXPECT_EQ(fixture.window->findingsPanel()->tree()->topLevelItemCount(), 0);
}

TEST(Findings_Fix, ReplacesTheWordsInTheSectionAsOneUndoStep)
{
    CheckedWindow fixture;
    fixture.window->show();
    ui::SectionEditor *editor = fixture.window->sectionPage(core::Section::Regret)->editor();
    editor->moveCursor(QTextCursor::End);
    editor->insertPlainText(QStringLiteral(" Sorry for the hassle."));
    const QString before = editor->toPlainText();
    fixture.window->checks()->checkNow();
    const core::Finding *hassle = fixture.find(QStringLiteral("house.banned-hassle"));
    ASSERT_NE(hassle, nullptr);
    EXPECT_EQ(hassle->section, core::Section::Regret);
    EXPECT_EQ(hassle->excerpt, QStringLiteral("hassle"));

    EXPECT_TRUE(fixture.window->findingActions()->applyFix(*hassle, QStringLiteral("trouble")));
    EXPECT_TRUE(editor->toPlainText().endsWith(QStringLiteral("Sorry for the trouble.")));
    EXPECT_EQ(fixture.find(QStringLiteral("house.banned-hassle")), nullptr);
    editor->undo();
    EXPECT_EQ(editor->toPlainText(), before);
}

TEST(Findings_Fix, KeepsTheCapitalOfWordsThatStartASentence)
{
    // Given a sentence that starts with a wordy phrase
    CheckedWindow fixture;
    fixture.window->show();
    ui::SectionEditor *editor = fixture.window->sectionPage(core::Section::Regret)->editor();
    editor->moveCursor(QTextCursor::End);
    editor->insertPlainText(QStringLiteral(" Prior to this, we billed you twice."));
    fixture.window->checks()->checkNow();
    const core::Finding *prior = fixture.find(QStringLiteral("cliche.prior-to"));
    ASSERT_NE(prior, nullptr);
    ASSERT_TRUE(prior->suggestions.contains(QStringLiteral("before"))) << prior->suggestions.join(u' ').toStdString();
    // When its fix is applied
    EXPECT_TRUE(fixture.window->findingActions()->applyFix(*prior, QStringLiteral("before")));
    // Then the sentence still starts with a capital
    EXPECT_TRUE(editor->toPlainText().endsWith(QStringLiteral(" Before this, we billed you twice."))) << editor->toPlainText().toStdString();
}

TEST(Findings_Panel, ListsFindingsBySectionAndOffersTheFixAsAButton)
{
    CheckedWindow fixture;
    ui::SectionEditor *editor = fixture.showWithHassleInRemedy();
    const QTreeWidgetItem *hassleItem = fixture.selectListed(QStringLiteral("hassle"));
    ASSERT_NE(hassleItem, nullptr);
    EXPECT_TRUE(hassleItem->parent()->text(0).startsWith(QStringLiteral("Remedy")));
    ASSERT_EQ(fixture.window->findingsPanel()->fixButtons().size(), 1);
    QTest::mouseClick(fixture.window->findingsPanel()->fixButtons().first(), Qt::LeftButton);
    EXPECT_TRUE(editor->toPlainText().endsWith(QStringLiteral("We know this is a trouble.")));
}

TEST(Findings_Facts, AFollowUpOnAnotherDayIsListedUnderContactAndItsFixPutsTheCasesDate)
{
    // Given a letter dated 1 December 2026 whose case follows up on the 4th, and whose
    // contact part promises a call on the 8th
    CheckedWindow fixture;
    fixture.window->show();
    fixture.window->document()->setField(QStringLiteral("date.letter"), QStringLiteral("2026-12-01"));
    fixture.window->document()->setField(QStringLiteral("date.followup"), QStringLiteral("2026-12-04"));
    ui::SectionEditor *editor = fixture.window->sectionPage(core::Section::Contact)->editor();
    editor->setPlainText(QStringLiteral("I will call you on December 8 to make sure the refund has arrived."));
    fixture.window->checks()->checkNow();
    // Then the panel lists it under Contact as an error, with the case's date as the fix
    const core::Finding *followUp = fixture.find(QStringLiteral("facts.followup-mismatch"));
    ASSERT_NE(followUp, nullptr);
    EXPECT_EQ(followUp->section, core::Section::Contact);
    EXPECT_EQ(followUp->severity, core::Severity::Error);
    const QTreeWidgetItem *item = fixture.selectListed(QStringLiteral("December 8"));
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->parent()->text(0).startsWith(QStringLiteral("Contact")));
    ASSERT_EQ(fixture.window->findingsPanel()->fixButtons().size(), 1);
    // When the fix is clicked, the promise names the case's day and the finding goes
    QTest::mouseClick(fixture.window->findingsPanel()->fixButtons().first(), Qt::LeftButton);
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("I will call you on December 4, 2026 to make sure the refund has arrived."));
    fixture.window->checks()->checkNow();
    EXPECT_EQ(fixture.find(QStringLiteral("facts.followup-mismatch")), nullptr);
}

TEST(Findings_Dismiss, KeepsTheReasonInTheDraftForTheReviewer)
{
    CheckedWindow fixture;
    fixture.window->document()->setSectionText(core::Section::Improvement, QStringLiteral("Sorry for the hassle. We now check twice."));
    fixture.window->checks()->checkNow();
    const core::Finding *hassle = fixture.find(QStringLiteral("house.banned-hassle"));
    ASSERT_NE(hassle, nullptr);
    fixture.window->findingActions()->dismissWithReason(*hassle, QStringLiteral("The customer used this word"));
    EXPECT_EQ(fixture.find(QStringLiteral("house.banned-hassle")), nullptr);
    const core::CheckResult &result = fixture.window->checks()->result();
    ASSERT_EQ(result.dismissed.size(), 1);
    EXPECT_EQ(result.dismissed.first().reason, QStringLiteral("The customer used this word"));
    ASSERT_EQ(fixture.window->document()->draft().dismissals.size(), 1);
    EXPECT_EQ(fixture.window->document()->draft().dismissals.first().rule, QStringLiteral("house.banned-hassle"));
}

TEST(Findings_Export, IsRefusedWhileAnErrorFindingRemains)
{
    CheckedWindow fixture;
    // The house rule against "hassle" is error-level.
    fixture.window->document()->setSectionText(core::Section::Improvement, QStringLiteral("We now check twice, so no more hassle."));
    const QStringList blockers = core::readinessProblems(fixture.window->document()->draft(), fixture.window->document()->letter(), {});
    EXPECT_TRUE(blockers.isEmpty());
    fixture.window->checks()->checkNow();
    ASSERT_TRUE(fixture.window->checks()->result().hasErrors());
    // The gate asks; the writer cancels.
    QString shown;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->informativeText();
            box->reject();
        }
    });
    closer.start(10);
    EXPECT_FALSE(fixture.window->exportController()->run(ui::ExportController::Action::Html,
                                                           fixture.dir.filePath(QStringLiteral("out.html"))));
    EXPECT_FALSE(QFile::exists(fixture.dir.filePath(QStringLiteral("out.html"))));
    EXPECT_TRUE(shown.contains(QStringLiteral("never call a customer's problem a \"hassle\""))) << shown.toStdString();
}

TEST(Findings_Settings, SwitchingARuleOffRemovesItsFindings)
{
    CheckedWindow fixture;
    fixture.window->document()->setSectionText(core::Section::Improvement, QStringLiteral("Sorry for the hassle. We now check twice."));
    fixture.window->checks()->checkNow();
    ASSERT_NE(fixture.find(QStringLiteral("house.banned-hassle")), nullptr);
    ui::ChecksSettingsDialog dialog(fixture.window->checks()->rules(), fixture.settings);
    QTreeWidget *tree = dialog.ruleTree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
            if (item->data(0, Qt::UserRole).toString() == QLatin1String("house.banned-hassle"))
                item->setCheckState(0, Qt::Unchecked);
        }
    }
    dialog.apply();
    fixture.window->applyCheckSettings();
    EXPECT_EQ(fixture.find(QStringLiteral("house.banned-hassle")), nullptr);
    EXPECT_TRUE(fixture.settings.disabledRules().contains(QStringLiteral("house.banned-hassle")));
}

TEST(Findings_Underline, MarksTheFindingInItsSectionEditorInTheColourOfItsKind)
{
    CheckedWindow fixture;
    fixture.window->show();
    ui::SectionEditor *editor = fixture.window->sectionPage(core::Section::Improvement)->editor();
    editor->setPlainText(QStringLiteral("We now check twice, so no more hassle."));
    fixture.window->checks()->checkNow();
    // The mark is kept while its editor is hidden and painted once the writer goes there.
    fixture.window->wizard()->showSection(core::Section::Improvement);
    const QList<QTextLayout::FormatRange> ranges = editor->highlighter()->extraFormats();
    ASSERT_EQ(ranges.size(), 1);
    EXPECT_EQ(editor->toPlainText().mid(ranges.first().start, ranges.first().length), QStringLiteral("hassle"));
    EXPECT_EQ(ranges.first().format.underlineColor(), ui::findingColor(QStringLiteral("tone")));
    EXPECT_NE(ranges.first().format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
    // Painted into the paragraph's layout.
    AMENDS_WAIT_FOR(!editor->document()->firstBlock().layout()->formats().isEmpty(), 2000);
}

TEST(Findings_Background, EditsAreCheckedOffTheGuiThreadAndOnlyTheLatestLetterIsShown)
{
    CheckedWindow fixture;
    fixture.window->show();
    ui::CheckController *checks = fixture.window->checks();
    ui::SectionEditor *editor = fixture.window->sectionPage(core::Section::Improvement)->editor();
    QList<core::CheckResult> shown;
    QObject::connect(checks, &ui::CheckController::checked, checks, [&] { shown.append(checks->result()); });

    // Each edit returns before any check: the results come later, from the event loop.
    editor->setPlainText(QStringLiteral("We now check twice, so no more hassle."));
    EXPECT_TRUE(checks->isStale());
    EXPECT_TRUE(shown.isEmpty());
    editor->setPlainText(QStringLiteral("We now check twice, so no more bother or hassle for you."));
    AMENDS_WAIT_FOR(!checks->isStale(), 20000);

    // Whatever was shown on the way, the last result is that of the letter as it is now,
    // and its mark lies on the word in the editor.
    ASSERT_FALSE(shown.isEmpty());
    const QList<core::Finding> findings = checks->sectionFindings(core::Section::Improvement);
    const auto hassle = std::find_if(findings.begin(), findings.end(),
                                     [](const core::Finding &f) { return f.rule.contains(QLatin1String("hassle")); });
    ASSERT_NE(hassle, findings.end());
    EXPECT_EQ(editor->toPlainText().mid(hassle->start, hassle->end - hassle->start), QStringLiteral("hassle"));
    EXPECT_EQ(shown.last().findings, checks->result().findings);
    // Spelling comes from the editors' dictionary (once it has loaded) on the check's
    // thread too.
    AMENDS_WAIT_FOR(!fixture.window->proofreader()->isLoading(), 20000);
    editor->setPlainText(QStringLiteral("We now check twice, so no more hasle."));
    AMENDS_WAIT_FOR(!checks->isStale(), 20000);
    const QList<core::Finding> spelled = checks->sectionFindings(core::Section::Improvement);
    EXPECT_TRUE(std::any_of(spelled.begin(), spelled.end(), [](const core::Finding &f) {
        return f.category == QLatin1String("spelling");
    }));
}

TEST(Findings_HugePaste, PausesLiveChecksAndThePreviewInsteadOfStallingTyping)
{
    CheckedWindow fixture;
    fixture.window->show();
    ui::SectionEditor *editor = fixture.window->sectionPage(core::Section::Explanation)->editor();
    QString huge;
    while (huge.size() <= ui::CheckController::kLiveCheckLimit)
        huge += QStringLiteral("We regret any inconvenience this may have caused to you. ");
    editor->moveCursor(QTextCursor::End);
    editor->insertPlainText(huge);
    EXPECT_TRUE(fixture.window->checks()->isPausedForLength());
    EXPECT_TRUE(fixture.window->checks()->result().findings.isEmpty()); // stale findings are gone
    fixture.window->preview()->refreshNow();
    EXPECT_TRUE(fixture.window->preview()->toPlainText().contains(QStringLiteral("too long to preview")));
    editor->undo();
    EXPECT_FALSE(fixture.window->checks()->isPausedForLength());
}

namespace {

QStringList listedFindings(const QTreeWidget *tree)
{
    QStringList texts;
    for (const QTreeWidgetItem *item : listedItems(tree))
        texts.append(item->text(0));
    return texts;
}

} // namespace

TEST(Findings_NewLetter, EmptyFieldsAreWhatIsLeftToFillNotAFloodOfFindings)
{
    // Given the letter a first start opens: a scenario with its case still empty
    test::WindowFixture fixture;
    fixture.window->checks()->checkNow();
    ui::FindingsPanel *panel = fixture.window->findingsPanel();
    ASSERT_FALSE(fixture.window->checks()->result().findings.isEmpty());
    // Then the empty fields are named once each, by their names on the case page
    const QStringList toFill = panel->fieldsToFill();
    EXPECT_TRUE(toFill.contains(QStringLiteral("Customer name"))) << toFill.join(u',').toStdString();
    EXPECT_EQ(toFill.size(), QSet<QString>(toFill.begin(), toFill.end()).size());
    // And no finding is listed for them, nor counted as one to fix
    EXPECT_FALSE(panel->summary().contains(QStringLiteral("must be fixed"))) << panel->summary().toStdString();
    for (const QString &text : listedFindings(panel->tree())) {
        EXPECT_FALSE(text.contains(QStringLiteral("customer.name"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("date.complaint"))) << text.toStdString();
    }
}

TEST(Findings_Panel, TheSameMessageInOnePartIsListedOnce)
{
    // Given the same jargon twice in one part
    CheckedWindow fixture;
    fixture.window->document()->setSectionText(core::Section::Improvement,
                                               QStringLiteral("Sorry for the hassle. We now check twice, which saves you the hassle."));
    fixture.window->checks()->checkNow();
    // Then the panel lists it once, saying how often it occurs
    QStringList hassle;
    for (const QString &text : listedFindings(fixture.window->findingsPanel()->tree())) {
        if (text.contains(QStringLiteral("hassle")) && text.contains(QStringLiteral("Northwind")))
            hassle.append(text);
    }
    ASSERT_EQ(hassle.size(), 1) << hassle.join(u'|').toStdString();
    EXPECT_TRUE(hassle.first().contains(QStringLiteral("2 times"))) << hassle.first().toStdString();
}

TEST(Findings_Settings, ListsRulesByTheirTitles)
{
    // Given the Checks settings
    CheckedWindow fixture;
    ui::ChecksSettingsDialog dialog(fixture.window->checks()->rules(), fixture.settings);
    QTreeWidget *tree = dialog.ruleTree();
    QHash<QString, QString> shown;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
            shown.insert(item->data(0, Qt::UserRole).toString(), item->text(0));
        }
    }
    // Then every rule shows a title: words a person reads, no id and no blank quote
    ASSERT_FALSE(shown.isEmpty());
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        EXPECT_NE(it.value(), it.key());
        EXPECT_FALSE(it.value().contains(QStringLiteral("“…”"))) << it.key().toStdString() << ": " << it.value().toStdString();
        EXPECT_FALSE(it.value().isEmpty()) << it.key().toStdString();
    }
    EXPECT_EQ(shown.value(QStringLiteral("house.banned-hassle")), QStringLiteral("Northwind letters never call a customer's problem a \"hassle\""));
}

TEST(Findings_Panel, TakesOneLineWhenThereIsNothingToShow)
{
    // Given a filled letter that passes every check
    test::WindowFixture fixture;
    fixture.window->newFromScenario(QStringLiteral("overcharge"), true);
    fixture.window->show();
    fixture.window->checks()->checkNow();
    ui::FindingsPanel *panel = fixture.window->findingsPanel();
    // Then the panel says so in one line, without an empty list
    EXPECT_TRUE(panel->summary().startsWith(QStringLiteral("No findings")));
    EXPECT_FALSE(panel->tree()->isVisible());
    EXPECT_LE(panel->maximumHeight(), 3 * panel->fontMetrics().lineSpacing() + 20);
    // And a finding brings the list back
    fixture.window->document()->setSectionText(core::Section::Remedy, QStringLiteral("Sorry if you were upset."));
    fixture.window->checks()->checkNow();
    EXPECT_TRUE(panel->tree()->isVisible());
}

TEST(Findings_Typing, AWordBeingTypedIsListedAsMisspelledOnlyOnceTheWriterLeavesIt)
{
    // given a window with its dictionary, the writer typing in a section
    CheckedWindow fixture;
    fixture.window->show();
    AMENDS_WAIT_FOR(!fixture.window->proofreader()->isLoading(), 20000);
    fixture.window->showSection(core::Section::Improvement);
    ui::SectionEditor *editor = fixture.window->sectionPage(core::Section::Improvement)->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    const auto listsTheWord = [&] {
        const QStringList listed = listedFindings(fixture.window->findingsPanel()->tree());
        return std::any_of(listed.cbegin(), listed.cend(), [](const QString &text) { return text.contains(QStringLiteral("mistaek")); });
    };
    // when a word is typed, key by key
    QTest::keyClicks(editor, QStringLiteral(" Sorry for the mistaek"));
    AMENDS_WAIT_FOR(!fixture.window->checks()->isStale(), 20000);
    QCoreApplication::processEvents();
    // then the check found it, but the list does not show it while it is being typed
    const QList<core::Finding> found = fixture.window->checks()->sectionFindings(core::Section::Improvement);
    ASSERT_TRUE(std::any_of(found.cbegin(), found.cend(), [](const core::Finding &f) { return f.excerpt == QStringLiteral("mistaek"); }));
    EXPECT_FALSE(listsTheWord());
    // when the writer moves the cursor away, it is listed at once
    QTest::keyClick(editor, Qt::Key_Home);
    AMENDS_WAIT_FOR(listsTheWord(), 2000);
    // and when the writer goes on typing a word after it, also once that text is checked
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" agian"));
    AMENDS_WAIT_FOR(!fixture.window->checks()->isStale(), 20000);
    QCoreApplication::processEvents();
    EXPECT_TRUE(listsTheWord());
    const QStringList listed = listedFindings(fixture.window->findingsPanel()->tree());
    EXPECT_FALSE(std::any_of(listed.cbegin(), listed.cend(), [](const QString &text) { return text.contains(QStringLiteral("agian")); }));
}

TEST(Findings_Panel, ActsOnAFindingAsTheLatestCheckHasItAfterAnEditMovedIt)
{
    // Given a finding selected in the panel
    CheckedWindow fixture;
    ui::SectionEditor *editor = fixture.showWithHassleInRemedy();
    const QTreeWidgetItem *hassleItem = fixture.selectListed(QStringLiteral("hassle"));
    ASSERT_NE(hassleItem, nullptr);
    // When the writer types before it, which moves it but leaves the list as it was
    editor->moveCursor(QTextCursor::Start);
    editor->insertPlainText(QStringLiteral("Again, "));
    fixture.window->checks()->checkNow();
    ASSERT_EQ(fixture.window->findingsPanel()->tree()->currentItem(), hassleItem);
    // Then its fix still replaces its words where they now are
    ASSERT_EQ(fixture.window->findingsPanel()->fixButtons().size(), 1);
    QTest::mouseClick(fixture.window->findingsPanel()->fixButtons().first(), Qt::LeftButton);
    EXPECT_TRUE(editor->toPlainText().endsWith(QStringLiteral("We know this is a trouble."))) << editor->toPlainText().toStdString();
    EXPECT_TRUE(editor->toPlainText().startsWith(QStringLiteral("Again, ")));
}

TEST(Findings_Panel, AFindingWhoseWordsGrowKeepsItsPlaceInTheListAndShowsTheNewWords)
{
    // Given a finding on a whole sentence, selected
    ui::FindingsPanel panel;
    core::Finding finding;
    finding.rule = QStringLiteral("judged.defensive");
    finding.category = QStringLiteral("defensive");
    finding.section = core::Section::Explanation;
    finding.start = 0;
    finding.end = 19;
    finding.excerpt = QStringLiteral("As our terms state,");
    finding.message = QStringLiteral("This sentence may sound defensive.");
    core::CheckResult result;
    result.findings = {finding};
    panel.setResult(result);
    QTreeWidgetItem *item = panel.tree()->topLevelItem(0)->child(0);
    panel.tree()->setCurrentItem(item);
    // When the sentence grows as the writer types
    finding.end = 31;
    finding.excerpt = QStringLiteral("As our terms state, you pay.");
    result.findings = {finding};
    panel.setResult(result);
    // Then the list stays as it was, and the details and the buttons follow the new words
    ASSERT_EQ(panel.tree()->currentItem(), item);
    const QList<QLabel *> labels = panel.findChildren<QLabel *>();
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(),
                            [](const QLabel *label) { return label->text().contains(QStringLiteral("you pay.")); }));
    std::optional<core::Finding> dismissed;
    QObject::connect(&panel, &ui::FindingsPanel::dismissRequested, [&](const core::Finding &f) { dismissed = f; });
    QPushButton *dismiss = nullptr;
    for (QPushButton *button : panel.findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Dismiss")))
            dismiss = button;
    }
    ASSERT_NE(dismiss, nullptr);
    dismiss->click();
    ASSERT_TRUE(dismissed.has_value());
    EXPECT_EQ(dismissed->excerpt, finding.excerpt);
    EXPECT_EQ(dismissed->end, 31);
}

TEST(Findings_List, ShowsTheFindingsOfTheSectionBeingWrittenFirst)
{
    // Given findings in the regret, the explanation and the contact, and a list too short
    // to show them all (a laptop's screen)
    CheckedWindow fixture;
    fixture.window->show();
    fixture.appendAndCheck({core::Section::Regret, core::Section::Explanation, core::Section::Contact},
                           QStringLiteral(" We know this is a hassle, and it is a hassle to call."));
    QTreeWidget *tree = fixture.window->findingsPanel()->tree();
    tree->setFixedHeight(3 * tree->fontMetrics().height());
    QApplication::processEvents();
    const auto groupAtTop = [tree] {
        QTreeWidgetItem *top = tree->itemAt(2, 2);
        while (top && top->parent())
            top = top->parent();
        return top ? top->data(0, Qt::UserRole).toString() : QString();
    };
    // When the writer goes to each page, then its section's group is at the top of the list
    fixture.window->wizard()->showSection(core::Section::Contact);
    EXPECT_EQ(groupAtTop(), core::sectionTitle(core::Section::Contact));
    fixture.window->wizard()->showSection(core::Section::Explanation);
    EXPECT_EQ(groupAtTop(), core::sectionTitle(core::Section::Explanation));
    // and stays there when the list is drawn again for an edit of that section
    ui::SectionEditor *explanation = fixture.window->sectionPage(core::Section::Explanation)->editor();
    explanation->insertPlainText(QStringLiteral(" Sorry for the hassle."));
    fixture.window->checks()->checkNow();
    EXPECT_EQ(groupAtTop(), core::sectionTitle(core::Section::Explanation));
    // and the case page shows the list from its start
    fixture.window->wizard()->showStep(ui::WizardStep::CaseDetails);
    EXPECT_EQ(groupAtTop(), core::sectionTitle(core::Section::Regret));
}

TEST(Findings_Colour, NoKindOfFindingIsGreyAndOnlySpellingIsSpellingsRed)
{
    // Grey reads as disabled: a wrong amount, a misspelling or a hard-to-read letter is not.
    const QColor grey = ui::findingColor(QStringLiteral("no-such-category"));
    for (const QString &category : core::findingCategories()) {
        const QColor colour = ui::findingColor(category);
        EXPECT_NE(colour, grey) << category.toStdString();
        EXPECT_EQ(colour == ui::spellingColor(), category == QLatin1String("spelling")) << category.toStdString();
    }
}

TEST(Findings_Keyboard, F8GoesFromFindingToFindingInItsEditor)
{
    // Given findings in the regret and the contact
    CheckedWindow fixture;
    fixture.window->show();
    fixture.appendAndCheck({core::Section::Regret, core::Section::Contact}, QStringLiteral(" We know this is a hassle."));
    ui::FindingsPanel *panel = fixture.window->findingsPanel();
    auto *next = fixture.window->findChild<QAction *>(QStringLiteral("nextFinding"));
    auto *previous = fixture.window->findChild<QAction *>(QStringLiteral("previousFinding"));
    ASSERT_TRUE(next && previous);
    EXPECT_EQ(next->shortcut(), QKeySequence(Qt::Key_F8));
    const auto selectedWords = [&](core::Section section) {
        return fixture.window->sectionPage(section)->editor()->textCursor().selectedText();
    };

    // When the agent presses F8, then the first finding listed is current, shown in its
    // section's page with its words selected
    next->trigger();
    ASSERT_NE(panel->currentFinding(), nullptr);
    EXPECT_EQ(*panel->currentFinding()->section, core::Section::Regret);
    EXPECT_EQ(fixture.window->wizard()->currentStep(), ui::stepOf(core::Section::Regret));
    EXPECT_EQ(selectedWords(core::Section::Regret), QStringLiteral("hassle"));
    // and F8 again goes on to the contact's, and Shift+F8 back
    next->trigger();
    EXPECT_EQ(*panel->currentFinding()->section, core::Section::Contact);
    EXPECT_EQ(fixture.window->wizard()->currentStep(), ui::stepOf(core::Section::Contact));
    EXPECT_EQ(selectedWords(core::Section::Contact), QStringLiteral("hassle"));
    previous->trigger();
    EXPECT_EQ(*panel->currentFinding()->section, core::Section::Regret);
    // and from the first, Shift+F8 goes round to the last listed, and F8 from there to
    // the first again
    previous->trigger();
    QTreeWidget *tree = panel->tree();
    QTreeWidgetItem *lastGroup = tree->topLevelItem(tree->topLevelItemCount() - 1);
    EXPECT_EQ(tree->currentItem(), lastGroup->child(lastGroup->childCount() - 1));
    next->trigger();
    EXPECT_EQ(tree->currentItem(), tree->topLevelItem(0)->child(0));
    EXPECT_EQ(*panel->currentFinding()->section, core::Section::Regret);
}

TEST(Findings_Keyboard, F8WithNothingListedSaysSo)
{
    // Given a letter that passes every check
    test::WindowFixture fixture;
    fixture.window->show();
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), true);
    fixture.window->checks()->checkNow();
    ASSERT_TRUE(fixture.window->findingsPanel()->tree()->topLevelItemCount() == 0
                || fixture.window->findingsPanel()->summary().startsWith(QStringLiteral("No findings")))
        << fixture.window->findingsPanel()->summary().toStdString();
    // When the agent presses F8, then the status bar says there is nothing to go to
    fixture.window->findChild<QAction *>(QStringLiteral("nextFinding"))->trigger();
    EXPECT_TRUE(fixture.window->statusBar()->currentMessage().startsWith(QStringLiteral("No findings to go to")))
        << fixture.window->statusBar()->currentMessage().toStdString();
}

TEST(Findings_List, WordsOutsideTheSixPartsAreNotFiledAsTheWholeLetter)
{
    // Given, in a pasted letter, a finding on words of a paragraph that is none of the six
    // parts, one in the regret, and one about the letter as a whole (no words)
    core::CheckResult result;
    const auto finding = [](const QString &message, qsizetype start, qsizetype end, std::optional<core::Section> section) {
        core::Finding f;
        f.rule = QStringLiteral("test.") + QString::number(start);
        f.category = QStringLiteral("defensive");
        f.message = message;
        f.start = start;
        f.end = end;
        f.section = section;
        return f;
    };
    result.findings = {finding(QStringLiteral("on words elsewhere"), 40, 60, std::nullopt),
                       finding(QStringLiteral("on words of the regret"), 0, 10, core::Section::Regret),
                       finding(QStringLiteral("about the whole letter"), 0, 0, std::nullopt)};
    ui::FindingsPanel panel;
    panel.setResult(result);
    // Then each is listed under where it is, and the groups keep the letter's order
    QStringList groups;
    QStringList placed;
    for (int g = 0; g < panel.tree()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = panel.tree()->topLevelItem(g);
        groups.append(group->data(0, Qt::UserRole).toString());
        for (int c = 0; c < group->childCount(); ++c)
            placed.append(groups.last() + u": " + group->child(c)->text(0));
    }
    EXPECT_EQ(groups, (QStringList{core::sectionTitle(core::Section::Regret), QStringLiteral("Elsewhere in the letter"),
                                   QStringLiteral("Whole letter")}));
    EXPECT_EQ(placed, (QStringList{core::sectionTitle(core::Section::Regret) + QStringLiteral(": on words of the regret"),
                                   QStringLiteral("Elsewhere in the letter: on words elsewhere"),
                                   QStringLiteral("Whole letter: about the whole letter")}));
}
