#include "services/lettercheck.h"
#include "services/proofreader.h"
#include "ui/casedetailspage.h"
#include "ui/checkcontroller.h"
#include "ui/dismissdialog.h"
#include "ui/findingactions.h"
#include "ui/findingspanel.h"
#include "ui/letterwizard.h"
#include "ui/markedletteredit.h"
#include "ui/reviewpage.h"
#include "ui/reviewpanel.h"
#include "ui/sectioneditor.h"
#include "ui/sectionpage.h"
#include "ui/rulecatalogdialog.h"
#include "ui/textletterdialog.h"

#include "core/draftdocument.h"
#include "core/draftfile.h"
#include "core/language.h"
#include "core/ruleset.h"

#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

using namespace amends;

TEST(ReviewMode_Status, ReviewerApprovesAfterSubmissionAndHistoryShowsIt)
{
    test::WindowFixture fixture;
    fixture.settings.setUserName(QStringLiteral("Writer Wanda"));
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), true);
    fixture.window->checks()->checkNow();
    ui::ReviewPanel *panel = fixture.window->reviewPanel();
    EXPECT_TRUE(panel->scoreLabel()->text().contains(QStringLiteral("100")));
    EXPECT_FALSE(panel->statusButton(core::ReviewStatus::Approved)->isEnabled());
    panel->statusButton(core::ReviewStatus::ReadyForReview)->click(); // the dock is hidden until Review Mode
    fixture.settings.setUserName(QStringLiteral("Lead Łucja"));
    panel->refresh();
    ASSERT_TRUE(panel->statusButton(core::ReviewStatus::Approved)->isEnabled());
    panel->statusButton(core::ReviewStatus::Approved)->click();
    EXPECT_EQ(fixture.window->document()->draft().review.status, core::ReviewStatus::Approved);
    EXPECT_EQ(fixture.window->document()->draft().review.reviewer, QStringLiteral("Lead Łucja"));
    ASSERT_EQ(panel->historyList()->count(), 2);
    EXPECT_TRUE(panel->historyList()->item(1)->text().contains(QStringLiteral("Approved")));
}

TEST(ReviewMode_Comments, TheWriterSeesTheCommentOnItsSectionAndResolvesIt)
{
    test::WindowFixture fixture;
    fixture.window->newFromScenario(QStringLiteral("overcharge"), true);
    fixture.window->wizard()->setCurrentIndex(4); // remedy
    ui::ReviewPanel *panel = fixture.window->reviewPanel();
    panel->addComment(QStringLiteral("Give the refund date."), 0, 2);
    ASSERT_EQ(panel->commentList()->count(), 1);
    EXPECT_TRUE(panel->commentList()->item(0)->text().contains(QStringLiteral("Give the refund date.")));
    fixture.window->wizard()->setCurrentIndex(2); // responsibility: not shown there
    EXPECT_EQ(panel->commentList()->count(), 0);
    fixture.window->wizard()->setCurrentIndex(4);
    panel->commentList()->item(0)->setCheckState(Qt::Checked);
    EXPECT_TRUE(fixture.window->document()->draft().review.comments.first().resolved);
    EXPECT_EQ(fixture.window->document()->draft().review.comments.first().section, core::Section::Remedy);
}

TEST(ReviewMode_Dismissed, TheReviewerReadsTheReasonOfADismissedFinding)
{
    test::WindowFixture fixture;
    fixture.window->newFromScenario(QStringLiteral("overcharge"), true);
    fixture.window->document()->setSectionText(core::Section::Improvement, QStringLiteral("We will circle back next week with new checks."));
    fixture.window->checks()->checkNow();
    const auto findings = fixture.window->checks()->result().findings;
    const auto circle = std::find_if(findings.begin(), findings.end(), [](const core::Finding &f) { return f.rule == QLatin1String("cliche.circle-back"); });
    ASSERT_NE(circle, findings.end());
    fixture.window->findingActions()->dismissWithReason(*circle, QStringLiteral("Customer's own words"));
    ASSERT_EQ(fixture.window->reviewPanel()->dismissedList()->count(), 1);
    EXPECT_TRUE(fixture.window->reviewPanel()->dismissedList()->item(0)->text().contains(QStringLiteral("Customer's own words")));
}

TEST(TextLetter_Check, ScoresAPastedLetterAndConvertsItToADraft)
{
    test::WindowFixture fixture;
    QFile file(test::dataPath(QStringLiteral("letters/processor-blame.txt")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const services::LetterCheck letterCheck;
    ui::TextLetterDialog dialog(&letterCheck, std::nullopt, QStringLiteral("en-US"));
    dialog.setText(QString::fromUtf8(file.readAll()));
    EXPECT_LT(dialog.score(), 95);
    EXPECT_FALSE(dialog.result().findings.isEmpty());
    dialog.showConversion();
    QTableWidget *table = dialog.paragraphTable();
    ASSERT_EQ(table->rowCount(), 8);
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(4, 1));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentText(), QStringLiteral("Improvement"));
    combo->setCurrentIndex(static_cast<int>(core::Section::Remedy));
    const core::Draft draft = dialog.convertedDraft();
    EXPECT_TRUE(draft.section(core::Section::Improvement).isEmpty());
    EXPECT_TRUE(draft.section(core::Section::Remedy).contains(QStringLiteral("We now check every payment request")));
    EXPECT_EQ(draft.salutation, QStringLiteral("Dear Mr Okafor,"));
}

TEST(RuleCatalog_Search, FindsRulesByTheirWordsAndOpensAnEntry)
{
    const auto rules = core::RuleSet::load(QStringLiteral("en"));
    ui::RuleCatalogDialog catalogue(*rules);
    catalogue.setSearchText(QStringLiteral("blame"));
    const QStringList visible = catalogue.visibleRules();
    EXPECT_TRUE(visible.contains(QStringLiteral("blame.third-party")));
    EXPECT_FALSE(visible.contains(QStringLiteral("structure.missing-remedy")));
    ASSERT_TRUE(catalogue.showRule(QStringLiteral("structure.missing-responsibility")));
    EXPECT_TRUE(catalogue.entryText().contains(QStringLiteral("Lewicki")));
    EXPECT_TRUE(catalogue.entryText().contains(QStringLiteral("Better")));
}

TEST(ReviewMode_Writer, OpeningADraftWithOpenCommentsShowsThemBesideTheWizard)
{
    test::WindowFixture fixture;
    fixture.window->show();
    fixture.window->newFromScenario(QStringLiteral("overcharge"), true);
    auto *dock = fixture.window->findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_FALSE(dock->isVisible());
    core::Draft reviewed = fixture.window->document()->draft();
    reviewed.review.comments.append({QStringLiteral("c1"), QStringLiteral("Lead"), QStringLiteral("Name the date."), QDateTime(),
                                     core::Section::Remedy, -1, -1, QString(), false});
    const QString path = fixture.dir.filePath(QStringLiteral("reviewed.amends"));
    ASSERT_TRUE(core::DraftFile::save(reviewed, path).isEmpty());
    ASSERT_TRUE(fixture.window->loadDraft(path).isEmpty());
    EXPECT_TRUE(dock->isVisible());
    fixture.window->wizard()->setCurrentIndex(4);
    ASSERT_EQ(fixture.window->reviewPanel()->commentList()->count(), 1);
}

TEST(TextLetter_Check, FindsWhatTheDraftFindsInTheSameWords)
{
    // Given a switched-off rule and a draft whose explanation has a misspelling, a
    // third party blamed and the switched-off cliché
    QTemporaryDir dir;
    core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setDisabledRules({QStringLiteral("cliche.reach-out")});
    ui::MainWindow window(settings, dir.filePath(QStringLiteral("recovery")));
    window.newFromScenario(QStringLiteral("duplicate-charge"), true);
    const QString words = QStringLiteral("The payment processor charged you twice, and we recieved both payments. "
                                         "Please reach out to me about it.");
    window.document()->setSectionText(core::Section::Explanation, words);
    AMENDS_WAIT_FOR(!window.proofreader()->isLoading(), 20000); // the dictionary loads in the background
    window.checks()->checkNow();
    if (!window.proofreader()->speller())
        GTEST_SKIP() << "no en_US dictionary is installed (Debian package hunspell-en-us)";
    // When the same words are checked as a letter written elsewhere
    window.checkTextLetter(words);
    auto *dialog = window.findChild<ui::TextLetterDialog *>();
    ASSERT_NE(dialog, nullptr);
    // Then both report the same rules on the same words, spelling included, and
    // neither reports the switched-off rule
    const auto onWords = [](const QList<core::Finding> &findings) {
        QStringList found;
        for (const core::Finding &finding : findings) {
            if (finding.category == QLatin1String("spelling") || finding.rule.startsWith(QLatin1String("blame."))
                || finding.rule.startsWith(QLatin1String("cliche.")))
                found.append(finding.rule + QLatin1Char(':') + finding.excerpt);
        }
        found.sort();
        return found;
    };
    const QStringList inDraft = onWords(window.checks()->sectionFindings(core::Section::Explanation));
    const QStringList inDialog = onWords(dialog->result().findings);
    EXPECT_EQ(inDialog, inDraft);
    EXPECT_TRUE(inDialog.contains(QStringLiteral("spelling:recieved")));
    EXPECT_FALSE(inDialog.join(u' ').contains(QStringLiteral("cliche.reach-out")));
    window.document()->reset(window.document()->draft(), QString()); // nothing to ask on close
}

TEST(ReviewMode_Action, FollowsThePanelWhenItIsClosedByItsOwnButton)
{
    // Given Review Mode switched on from the View menu
    test::WindowFixture fixture;
    fixture.window->show();
    auto *dock = fixture.window->findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    ASSERT_NE(dock, nullptr);
    QAction *reviewMode = nullptr;
    for (QAction *action : fixture.window->findChildren<QAction *>()) {
        if (action->text() == QLatin1String("&Review Mode"))
            reviewMode = action;
    }
    ASSERT_NE(reviewMode, nullptr);
    reviewMode->trigger();
    ASSERT_TRUE(dock->isVisible());
    ASSERT_TRUE(reviewMode->isChecked());
    // When the panel is closed with its own button
    dock->close();
    // Then the menu entry is unticked, so the shortcut opens it again at once
    EXPECT_FALSE(reviewMode->isChecked());
    reviewMode->trigger();
    EXPECT_TRUE(dock->isVisible());
    fixture.window->document()->reset(fixture.window->document()->draft(), QString()); // nothing to ask on close
}

TEST(ReviewStep_Leave, OffersSaveExportAndSendAndSaveWorksFromThere)
{
    // Given a saved letter, changed since, on its review step
    test::WindowFixture fixture;
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), true);
    ASSERT_TRUE(fixture.window->saveDraft(fixture.dir.filePath(QStringLiteral("letter.amends"))).isEmpty());
    fixture.window->document()->setSubject(QStringLiteral("Your refund for invoice INV-48213"));
    ASSERT_TRUE(fixture.window->document()->isModified());
    fixture.window->wizard()->showStep(ui::WizardStep::Review);
    const QList<QPushButton *> buttons = fixture.window->reviewPage()->findChildren<QPushButton *>(QStringLiteral("leaveButton"));
    // Then the step offers ways out, not only Back
    ASSERT_EQ(buttons.size(), 3);
    // And its Save button saves the letter
    buttons.first()->click();
    EXPECT_FALSE(fixture.window->document()->isModified());
}

TEST(RuleCatalog_Open, ShowsTheFirstRuleAtOnce)
{
    // Given the catalogue opened from the Help menu (no rule asked for)
    const auto rules = core::RuleSet::load(QStringLiteral("en"));
    ui::RuleCatalogDialog catalogue(*rules);
    // Then a rule is selected and its entry shown, with a poor example
    EXPECT_EQ(catalogue.visibleRules().isEmpty(), false);
    EXPECT_TRUE(catalogue.entryText().contains(QStringLiteral("Poor"))) << catalogue.entryText().toStdString();
}

TEST(Dismiss_Prompt, NamesTheFindingByItsShortTitleAndWantsAReason)
{
    // Given a finding with a long message
    core::Finding finding;
    finding.rule = QStringLiteral("cliche.touch-base");
    finding.message = QStringLiteral("“touch base” is office jargon: say “talk” or “get in touch”.");
    ui::DismissDialog dialog(finding);
    // Then the question quotes only its title
    EXPECT_TRUE(dialog.questionLabel()->text().contains(QStringLiteral("“touch base” is office jargon")));
    EXPECT_FALSE(dialog.questionLabel()->text().contains(QStringLiteral("get in touch")));
    // And without a reason it cannot be dismissed, and says why
    EXPECT_FALSE(dialog.dismissButton()->isEnabled());
    EXPECT_TRUE(dialog.hintLabel()->text().contains(QStringLiteral("reason")));
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("   "));
    EXPECT_FALSE(dialog.dismissButton()->isEnabled());
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("The customer's own words"));
    EXPECT_TRUE(dialog.dismissButton()->isEnabled());
    EXPECT_EQ(dialog.reason(), QStringLiteral("The customer's own words"));
}

TEST(TextLetter_Language, IsDetectedFromTheTextAndCanBeChosen)
{
    // Given the dialog opened from an English draft
    test::WindowFixture fixture;
    const services::LetterCheck letterCheck;
    ui::TextLetterDialog dialog(&letterCheck, std::nullopt, QStringLiteral("en-US"));
    auto *language = dialog.findChild<QComboBox *>();
    ASSERT_NE(language, nullptr);

    // When a Spanish letter is pasted
    dialog.setText(QStringLiteral("Estimada Sra. Torres:\n\nLe pido disculpas porque le cobramos dos veces la factura de marzo. "
                                  "El error fue nuestro y ya le devolvimos el importe a su tarjeta."));

    // Then it is checked in Spanish, and the box says so
    EXPECT_EQ(dialog.letterLanguage(), QStringLiteral("es-MX"));
    EXPECT_EQ(dialog.result().metrics.readability.formula, QStringLiteral("fernandez-huerta"));
    EXPECT_TRUE(language->itemText(0).contains(core::letterLanguageName(QStringLiteral("es-MX")))) << language->itemText(0).toStdString();

    // And the writer can overrule the detection
    dialog.chooseLanguage(QStringLiteral("es-ES"));
    EXPECT_EQ(dialog.letterLanguage(), QStringLiteral("es-ES"));
    dialog.chooseLanguage(QString());
    EXPECT_EQ(dialog.letterLanguage(), QStringLiteral("es-MX"));
    EXPECT_EQ(dialog.convertedDraft().language, QStringLiteral("es-MX"));

    // And an English letter spelt the British way is taken for British English, whose
    // dictionary knows its spellings
    dialog.setText(QStringLiteral("Dear Mr Hale,\n\nI apologise: we cancelled your instalment plan by mistake. Our billing "
                                  "centre has refunded the full amount to your card."));
    EXPECT_EQ(dialog.letterLanguage(), QStringLiteral("en-GB"));
    EXPECT_TRUE(language->itemText(0).contains(core::letterLanguageName(QStringLiteral("en-GB")))) << language->itemText(0).toStdString();
    for (const core::Finding &finding : dialog.result().findings)
        EXPECT_NE(finding.rule, QStringLiteral("spelling")) << finding.excerpt.toStdString();
}

TEST(TextLetter_Empty, ShowsNoScoreForAnEmptyBox)
{
    test::WindowFixture fixture;
    fixture.window->checkTextLetter();
    auto *dialog = fixture.window->findChild<ui::TextLetterDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->summaryText().contains(QStringLiteral("/ 100"))) << dialog->summaryText().toStdString();
    dialog->setText(QStringLiteral("Dear Ms Rivera, we are sorry we charged you twice."));
    EXPECT_TRUE(dialog->summaryText().contains(QStringLiteral("/ 100")));
    dialog->close();
}

TEST(ReviewMode_Layout, TheReviewPanelLeavesTheCaseFormWithoutAHorizontalScrollBar)
{
    // Given review mode on the case page of a window as wide as the screen allows
    test::WindowFixture fixture;
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), true);
    const QRect available = fixture.window->screen()->availableGeometry();
    fixture.window->resize(std::min(1366, available.width()), std::min(768, available.height()));
    fixture.window->show();
    auto *dock = fixture.window->findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    ASSERT_NE(dock, nullptr);
    dock->show();
    fixture.window->wizard()->showStep(ui::WizardStep::CaseDetails);
    QApplication::processEvents();
    // Then the form fits its width: no horizontal scrolling
    auto *scroll = fixture.window->casePage()->findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible()) << "form " << scroll->widget()->minimumSizeHint().width()
                                                             << " px in " << scroll->viewport()->width() << " px";
}

TEST(ReviewMode_Status, AWriterCannotApproveTheirOwnLetterAndIsToldWhy)
{
    // Given a letter its writer submitted for review
    test::WindowFixture fixture;
    fixture.settings.setUserName(QStringLiteral("Writer Wanda"));
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), true);
    ui::ReviewPanel *panel = fixture.window->reviewPanel();
    panel->statusButton(core::ReviewStatus::ReadyForReview)->click();
    ASSERT_EQ(fixture.window->document()->draft().review.status, core::ReviewStatus::ReadyForReview);
    // Then the writer's Approve is off, saying why
    QPushButton *approve = panel->statusButton(core::ReviewStatus::Approved);
    EXPECT_FALSE(approve->isEnabled());
    EXPECT_TRUE(approve->toolTip().contains(QStringLiteral("someone else"))) << approve->toolTip().toStdString();
    // And another reviewer may approve it
    fixture.settings.setUserName(QStringLiteral("Lead Łucja"));
    panel->refresh();
    EXPECT_TRUE(approve->isEnabled());
}

TEST(ReviewMode_History, WrapsInsteadOfScrollingSideways)
{
    // Given a narrow review panel with a long history line
    test::WindowFixture fixture;
    fixture.settings.setUserName(QStringLiteral("A writer with a rather long name indeed, as some have"));
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), true);
    ui::ReviewPanel *panel = fixture.window->reviewPanel();
    panel->statusButton(core::ReviewStatus::ReadyForReview)->click();
    panel->resize(240, 700);
    panel->show();
    QApplication::processEvents();
    // Then the line wraps within the list
    QListWidget *history = panel->historyList();
    ASSERT_EQ(history->count(), 1);
    EXPECT_EQ(history->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    EXPECT_TRUE(history->wordWrap());
    EXPECT_GT(history->visualItemRect(history->item(0)).height(), history->fontMetrics().lineSpacing() * 3 / 2);
}

TEST(ReviewMode_Presentation, LargeTypeNeverCutsTheAdvice)
{
    // Given the review panel in large type with advice to raise the score
    test::WindowFixture fixture;
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), true);
    for (core::Section section : {core::Section::Responsibility, core::Section::Improvement, core::Section::Contact})
        fixture.window->document()->setSectionText(section, QStringLiteral("Sorry if you were upset, but per our policy mistakes were made."));
    fixture.window->checks()->checkNow();
    ui::ReviewPanel *panel = fixture.window->reviewPanel();
    fixture.window->show();
    fixture.window->findChild<QDockWidget *>(QStringLiteral("reviewDock"))->show();
    for (QAction *action : fixture.window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P))
            action->trigger();
    }
    ASSERT_GT(panel->font().pointSizeF(), QFont().pointSizeF());
    QApplication::processEvents();
    ASSERT_TRUE(panel->isVisible());
    // Then the advice gets all the height its lines need (the panel scrolls instead)
    QLabel *advice = panel->improvementsLabel();
    ASSERT_TRUE(advice->text().contains(QStringLiteral("To raise it"))) << advice->text().toStdString();
    EXPECT_GE(advice->height(), advice->heightForWidth(advice->width())) << advice->width() << " px wide";
}

TEST(TextLetter_Findings, AreMarkedInTheLetterShownByF8AndFixedInIt)
{
    // Given a pasted letter with two wordings that have a plainer fix
    const services::LetterCheck letterCheck;
    ui::TextLetterDialog dialog(&letterCheck, std::nullopt, QStringLiteral("en-US"));
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    dialog.setText(QStringLiteral("Dear Ms Rivera,\n\nPrior to this we charged you twice, and I am sorry. "
                                  "Please utilize the credit on your account.\n"));
    ui::MarkedLetterEdit *editor = dialog.editor();
    const int utilize = static_cast<int>(editor->toPlainText().indexOf(QStringLiteral("utilize")));
    // then the findings are marked in the letter, with their message on the mark
    EXPECT_FALSE(editor->messagesAt(utilize + 2).isEmpty());
    EXPECT_TRUE(editor->messagesAt(0).isEmpty());

    // When the reader goes through the findings with F8 to the one on "utilize"
    ui::FindingsPanel *panel = dialog.findingsPanel();
    for (int i = 0; i < 20 && !(panel->currentFinding() && panel->currentFinding()->excerpt == QLatin1String("utilize")); ++i)
        QTest::keyClick(&dialog, Qt::Key_F8);
    ASSERT_NE(panel->currentFinding(), nullptr);
    ASSERT_EQ(panel->currentFinding()->excerpt, QStringLiteral("utilize"));
    // then its words are selected in the letter
    EXPECT_EQ(editor->textCursor().selectedText(), QStringLiteral("utilize"));
    // and its first fix replaces them there, checked again a moment later
    ASSERT_FALSE(panel->fixButtons().isEmpty());
    QTest::mouseClick(panel->fixButtons().first(), Qt::LeftButton);
    EXPECT_TRUE(editor->toPlainText().contains(QStringLiteral("Please use the credit")));
    AMENDS_WAIT_FOR(std::none_of(dialog.result().findings.cbegin(), dialog.result().findings.cend(),
                                 [](const core::Finding &f) { return f.excerpt == QLatin1String("utilize"); }),
                    2000);
    // and a letter that is not a draft offers no Dismiss, which it could not keep
    const QList<QPushButton *> buttons = panel->findChildren<QPushButton *>();
    EXPECT_TRUE(std::none_of(buttons.cbegin(), buttons.cend(), [](QPushButton *b) { return b->text().contains(QStringLiteral("Dismiss")); }));
}

TEST(ReviewPage_Checklist, AnItemLeadsWhereItCanBePutRight)
{
    // Given a letter with an empty improvement and a refund of $59.00 where the case
    // refunds $59.90
    test::WindowFixture fixture;
    fixture.window->show();
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), true);
    ASSERT_EQ(fixture.window->document()->draft().caseDetails.amountRefund, QStringLiteral("59.90"));
    fixture.window->sectionPage(core::Section::Improvement)->editor()->clear();
    fixture.window->sectionPage(core::Section::Remedy)->editor()->setPlainText(QStringLiteral("Today we refunded $59.00 to your card."));
    fixture.window->checks()->checkNow();
    fixture.window->wizard()->showStep(ui::WizardStep::Review);
    QListWidget *checklist = fixture.window->findChild<QListWidget *>(QStringLiteral("reviewChecklist"));
    ASSERT_NE(checklist, nullptr);
    const auto activate = [checklist](const QString &words) {
        for (int i = 0; i < checklist->count(); ++i) {
            if (checklist->item(i)->text().contains(words)) {
                Q_EMIT checklist->itemActivated(checklist->item(i));
                return true;
            }
        }
        return false;
    };

    // When the writer activates "Improvement is still empty", then the improvement's page opens
    ASSERT_TRUE(activate(QStringLiteral("Improvement is still empty")));
    EXPECT_EQ(fixture.window->wizard()->currentStep(), ui::WizardStep::Improvement);

    // When they go back and activate the findings that must be fixed, then the first of
    // them opens in its section with its words selected
    fixture.window->wizard()->showStep(ui::WizardStep::Review);
    ASSERT_TRUE(activate(QStringLiteral("must be fixed")));
    const core::Finding *shown = fixture.window->findingsPanel()->currentFinding();
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(shown->severity, core::Severity::Error);
    EXPECT_EQ(shown->excerpt, QStringLiteral("$59.00"));
    EXPECT_EQ(fixture.window->wizard()->currentStep(), ui::WizardStep::Remedy);
    EXPECT_EQ(fixture.window->sectionPage(core::Section::Remedy)->editor()->textCursor().selectedText(), QStringLiteral("$59.00"));

    // and an item that is fine leads nowhere
    fixture.window->wizard()->showStep(ui::WizardStep::Review);
    ASSERT_TRUE(activate(QStringLiteral("Regret is covered")));
    EXPECT_EQ(fixture.window->wizard()->currentStep(), ui::WizardStep::Review);
}
