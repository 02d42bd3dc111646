#include "services/letterdocument.h"
#include "services/proofreader.h"
#include "ui/autosavecontroller.h"
#include "ui/checkcontroller.h"
#include "ui/exportcontroller.h"
#include "ui/letterpreview.h"
#include "ui/letterwizard.h"
#include "ui/markedletteredit.h"
#include "ui/reviewpage.h"
#include "ui/sectioneditor.h"
#include "ui/sectionpage.h"
#include "ui/screenshotter.h"
#include "ui/guidedialog.h"
#include "ui/preferencesdialog.h"
#include "ui/reviewpanel.h"
#include "ui/rulecatalogdialog.h"
#include "ui/textletterdialog.h"
#include "ui/welcomedialog.h"

#include "core/draftdocument.h"
#include "core/interfacelanguage.h"
#include "core/lettersize.h"
#include "core/draftfile.h"

#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>
#include <QTextBrowser>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QScreen>
#include <QTest>

#include <functional>

using namespace amends;

TEST(MainWindow_SaveAndReopen, RestoresEveryEdit)
{
    test::WindowFixture fixture;
    ASSERT_TRUE(fixture.window->newFromScenario(QStringLiteral("refund-not-applied"), true));
    fixture.window->show();
    ui::SectionEditor *editor = fixture.window->sectionPage(core::Section::Explanation)->editor();
    editor->moveCursor(QTextCursor::End);
    editor->insertPlainText(QStringLiteral(" Ünïcödé note.")); // keyClicks is ASCII-only
    const core::Draft edited = fixture.window->document()->draft();
    const QString path = fixture.dir.filePath(QStringLiteral("saved.amends"));
    ASSERT_TRUE(fixture.window->saveDraft(path).isEmpty());
    EXPECT_FALSE(fixture.window->document()->isModified());
    EXPECT_EQ(fixture.settings.recentFiles().value(0), path);

    test::WindowFixture second;
    ASSERT_TRUE(second.window->loadDraft(path).isEmpty());
    EXPECT_EQ(second.window->document()->draft(), edited);
    EXPECT_EQ(second.window->sectionPage(core::Section::Explanation)->editor()->toPlainText(),
              edited.section(core::Section::Explanation));
    EXPECT_FALSE(second.window->document()->isModified());
}

TEST(MainWindow_Open, KeepsTheCurrentLetterWhenTheFileIsBad)
{
    test::WindowFixture fixture;
    ASSERT_TRUE(fixture.window->newFromScenario(QStringLiteral("overcharge"), true));
    const core::Draft before = fixture.window->document()->draft();
    const QString path = fixture.dir.filePath(QStringLiteral("broken.amends"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\":\"amends-draft\",\"vers");
    file.close();
    const QString error = fixture.window->loadDraft(path);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(fixture.window->document()->draft(), before);
}

TEST(MainWindow_Recovery, RestoresTheLetterOfASessionThatDidNotClose)
{
    QTemporaryDir shared;
    const QString recovery = shared.filePath(QStringLiteral("recovery"));
    core::Settings settings(shared.filePath(QStringLiteral("s.ini")));
    core::Draft unsaved;
    {
        ui::MainWindow crashed(settings, recovery);
        crashed.newFromScenario(QStringLiteral("duplicate-charge"), true);
        crashed.document()->setField(QStringLiteral("customer.name"), QStringLiteral("Recovered Person"));
        crashed.wizard()->setCurrentIndex(1); // a page change writes the recovery copy
        unsaved = crashed.document()->draft();
        // The window now goes away without its close handling, as in a crash.
        ASSERT_TRUE(QDir(recovery).entryList({QStringLiteral("*.amends")}, QDir::Files).size() == 1);
    }
    ui::MainWindow next(settings, recovery);
    const auto orphans = next.recoveryStore()->orphans();
    ASSERT_EQ(orphans.size(), 1);
    next.restoreRecovered(orphans.first());
    EXPECT_EQ(next.document()->draft(), unsaved);
    EXPECT_TRUE(next.document()->isModified());
    EXPECT_TRUE(next.recoveryStore()->orphans().isEmpty());
}

TEST(MainWindow_Close, WithSavedWorkLeavesNoRecoveryFile)
{
    test::WindowFixture fixture;
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), true);
    fixture.window->show();
    fixture.window->document()->setField(QStringLiteral("customer.name"), QStringLiteral("Someone"));
    fixture.window->autosave()->saveNow();
    const QString recovery = fixture.window->recoveryStore()->directory();
    EXPECT_EQ(QDir(recovery).entryList({QStringLiteral("*.amends")}, QDir::Files).size(), 1);
    ASSERT_TRUE(fixture.window->saveDraft(fixture.dir.filePath(QStringLiteral("done.amends"))).isEmpty());
    EXPECT_TRUE(fixture.window->close());
    EXPECT_TRUE(QDir(recovery).entryList({QStringLiteral("*.amends")}, QDir::Files).isEmpty());
}

TEST(MainWindow_Layout, PersistsBetweenSessions)
{
    QTemporaryDir dir;
    core::Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QSize chosen;
    {
        ui::MainWindow window(settings, dir.filePath(QStringLiteral("r")));
        window.show();
        // A size the writer chose, within the screen
        const QRect available = window.screen()->availableGeometry();
        chosen = QSize(std::min(1111, available.width() - 50), std::min(777, available.height() - 50));
        window.resize(chosen);
        window.close();
    }
    ui::MainWindow reopened(settings, dir.filePath(QStringLiteral("r")));
    EXPECT_EQ(reopened.size(), chosen);
}

TEST(MainWindow_Review, ListsWhatIsMissing)
{
    test::WindowFixture fixture;
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), false);
    fixture.window->wizard()->setCurrentIndex(fixture.window->wizard()->count() - 1); // unreachable: case page incomplete
    EXPECT_EQ(fixture.window->wizard()->currentIndex(), 0);
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), true);
    fixture.window->document()->setSectionText(core::Section::Improvement, QString());
    fixture.window->document()->setField(QStringLiteral("amount.refund"), QString());
    fixture.window->wizard()->setCurrentIndex(fixture.window->wizard()->count() - 1);
    ASSERT_EQ(fixture.window->wizard()->currentPage(), fixture.window->reviewPage());
    QStringList items;
    QListWidget *list = fixture.window->reviewPage()->checklist();
    for (int i = 0; i < list->count(); ++i)
        items.append(list->item(i)->text());
    const QString all = items.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Improvement is still empty."))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("amount.refund"))) << all.toStdString();
}

TEST(MainWindow_Screenshots, WritesOnePngPerPage)
{
    test::WindowFixture fixture;
    fixture.window->resize(1200, 800);
    fixture.window->newFromScenario(QStringLiteral("duplicate-charge"), true);
    fixture.window->show();
    QString error;
    const QStringList files = ui::saveWizardScreenshots(*fixture.window, fixture.dir.filePath(QStringLiteral("shots")), &error);
    ASSERT_EQ(files.size(), 8) << error.toStdString();
    EXPECT_TRUE(files.first().endsWith(QStringLiteral("01-case-details.png")));
    EXPECT_TRUE(files.last().endsWith(QStringLiteral("08-review.png")));
    const QImage image(files.at(1));
    EXPECT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 1000);
}

namespace {

// Whether the preview's letterhead (its first paragraph) holds an image.
bool previewShowsLogo(ui::LetterPreview *preview)
{
    preview->refreshNow();
    for (auto it = preview->document()->firstBlock().begin(); !it.atEnd(); ++it) {
        if (it.fragment().charFormat().isImageFormat())
            return true;
    }
    return false;
}

// Calls a function whenever a widget receives events of one type.
class OnEvent : public QObject
{
public:
    OnEvent(QObject *watched, QEvent::Type type, std::function<void()> call)
        : m_type(type)
        , m_call(std::move(call))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == m_type)
            m_call();
        return QObject::eventFilter(watched, event);
    }

private:
    QEvent::Type m_type;
    std::function<void()> m_call;
};

} // namespace

TEST(MainWindow_Preview, ShowsTheLetterheadLogoOfThePreferences)
{
    // given a logo chosen in the preferences
    QTemporaryDir dir;
    const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
    QImage logo(120, 40, QImage::Format_RGB32);
    logo.fill(QColor(0x1d, 0x3d, 0x5c));
    ASSERT_TRUE(logo.save(logoPath));
    core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setLetterheadLogo(logoPath);
    // when a window opens a letter
    ui::MainWindow window(settings, dir.filePath(QStringLiteral("recovery")));
    ASSERT_TRUE(window.newFromScenario(QStringLiteral("duplicate-charge"), true));
    // then its preview shows the logo in the letterhead, as the PDF does
    EXPECT_TRUE(window.preview()->hasLogo());
    EXPECT_TRUE(previewShowsLogo(window.preview()));
    // and when the preferences drop the logo, the preview drops it too
    settings.setLetterheadLogo(QString());
    Q_EMIT window.exportController()->preferencesChanged();
    EXPECT_FALSE(window.preview()->hasLogo());
    EXPECT_FALSE(previewShowsLogo(window.preview()));
}

TEST(MainWindow_Preview, AWindowIsPaintedBeforeItsPreviewLaysOutTheLetter)
{
    // given a preview whose letter was built in the background before its window was shown
    // (the pool's threads held, so the build waits for them, then runs to its end)
    core::DraftDocument document;
    document.reset(test::sampleDraft(), QString());
    ui::LetterPreview preview(&document);
    preview.resize(600, 800);
    QSemaphore hold;
    QThreadPool *pool = QThreadPool::globalInstance();
    QList<QFuture<void>> holders;
    for (int i = 0; i < pool->maxThreadCount(); ++i)
        holders.append(QtConcurrent::run([&hold] { hold.acquire(); }));
    QTest::qWait(40); // the preview's coalescing delay: its build is queued behind the holders
    hold.release(pool->maxThreadCount());
    pool->waitForDone();
    ASSERT_TRUE(preview.isStale());
    // when the window is shown
    QStringList order;
    QObject::connect(&preview, &ui::LetterPreview::refreshed, &preview, [&] { order.append(QStringLiteral("letter")); });
    OnEvent painted(preview.viewport(), QEvent::Paint, [&] {
        if (!order.contains(QStringLiteral("paint")))
            order.append(QStringLiteral("paint"));
    });
    preview.setVisible(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return order.contains(QStringLiteral("letter")); }, 5000));
    // then it is painted first, and the letter follows straight after
    EXPECT_EQ(order, (QStringList{QStringLiteral("paint"), QStringLiteral("letter")}));
    EXPECT_FALSE(preview.isStale());
    EXPECT_TRUE(preview.toPlainText().contains(test::sampleDraft().customer.name));
}

TEST(MainWindow_OpenedDraft, LongOneLineFieldsShowTheirStart)
{
    // given a draft with a subject and an address line longer than their fields
    test::WindowFixture fixture;
    core::Draft draft = test::sampleDraft();
    draft.subject = QStringLiteral("Refund of the duplicate charge on invoice INV-204817 for the October period (ref. AM-2026-11842)");
    draft.customer.email = QStringLiteral("zoe.with.a.very.long.address.for.work@accounts-payable.example.org");
    const QString path = fixture.dir.filePath(QStringLiteral("long.amends"));
    ASSERT_TRUE(core::DraftFile::save(draft, path).isEmpty());
    // when it is opened
    fixture.window->resize(900, 700);
    fixture.window->show();
    ASSERT_TRUE(fixture.window->loadDraft(path).isEmpty());
    // then every one-line field holding them shows its beginning
    int found = 0;
    for (QLineEdit *edit : fixture.window->findChildren<QLineEdit *>()) {
        if (edit->text() == draft.subject || edit->text() == draft.customer.email) {
            ++found;
            EXPECT_EQ(edit->cursorPosition(), 0) << edit->text().toStdString();
        }
    }
    EXPECT_EQ(found, 2);
}

TEST(MainWindow_Typing, ComposesTheLetterOnceForThePreviewAndTheChecks)
{
    // Given the window with a letter, settled
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    window.newFromScenario(QStringLiteral("duplicate-charge"), true);
    window.show();
    window.wizard()->showSection(core::Section::Regret);
    window.checks()->checkNow();
    window.preview()->refreshNow();
    ui::SectionEditor *editor = window.sectionEditor(core::Section::Regret);
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    bool previewed = false;
    bool checked = false;
    QObject::connect(window.preview(), &ui::LetterPreview::refreshed, editor, [&] { previewed = true; });
    QObject::connect(window.checks(), &ui::CheckController::checked, editor, [&] { checked = true; });
    const int before = window.document()->compositionCount();
    const QTextDocument *shown = window.preview()->document();
    // When one key is typed and both the preview and the findings have caught up
    QTest::keyClick(editor, Qt::Key_A);
    AMENDS_WAIT_FOR(previewed && checked, 2000);
    // Then the letter was composed once, and the checks saw that letter
    EXPECT_EQ(window.document()->compositionCount(), before + 1);
    // And the preview rewrote the paragraph in the document it shows (built on another
    // thread, patched in), rather than laying out a new document
    EXPECT_EQ(window.preview()->document(), shown);
    EXPECT_EQ(window.preview()->toPlainText(), services::buildLetterDocument(window.document()->letter())->toPlainText());
    EXPECT_EQ(window.checks()->subject().text, window.document()->letter().plain.text);
    EXPECT_TRUE(window.document()->draft().section(core::Section::Regret).endsWith(u'a'));
    EXPECT_EQ(window.document()->compositionCount(), before + 1);
    window.document()->reset(window.document()->draft(), QString()); // nothing to ask on close
}

namespace {

// Notes whether the window's background work had started when it was first painted.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(ui::MainWindow &window) : m_window(window) { window.installEventFilter(this); }
    bool painted = false;
    bool startedBeforePaint = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            startedBeforePaint = m_window.hasStartedBackgroundWork();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    ui::MainWindow &m_window;
};

} // namespace

TEST(MainWindow_StartUp, LoadsTheDictionaryAndChecksOnlyAfterTheFirstPaint)
{
    // Given a window just built and shown with a sample letter
    QTemporaryDir dir;
    core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(settings, dir.filePath(QStringLiteral("recovery")), QStringLiteral("overcharge"));
    EXPECT_TRUE(window.sampleScenarioFound());
    EXPECT_EQ(window.document()->draft().scenarioId, QStringLiteral("overcharge"));
    FirstPaintProbe probe(window);
    window.show();
    // Then nothing is loaded or checked yet: the dictionary waits, the check is held
    EXPECT_FALSE(window.hasStartedBackgroundWork());
    EXPECT_TRUE(window.proofreader()->isLoading());
    EXPECT_TRUE(window.checks()->isHeld());
    // When the event loop runs, the window is painted first, then the work starts and
    // the window settles with its findings and spelling
    AMENDS_WAIT_FOR(window.isSettled(), 20000);
    EXPECT_TRUE(probe.painted);
    EXPECT_FALSE(probe.startedBeforePaint);
    EXPECT_FALSE(window.checks()->isHeld());
    EXPECT_NE(window.proofreader()->speller(), nullptr);
    EXPECT_GT(window.checks()->result().metrics.words, 0);
    // The review panel is built only when its dock is first shown, with the score of
    // the letter as it is
    EXPECT_EQ(window.findChild<ui::ReviewPanel *>(), nullptr);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    dock->show();
    auto *panel = window.findChild<ui::ReviewPanel *>();
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel, window.reviewPanel());
    // as wide as the panel needs, not as an empty dock, on a laptop-sized window
    window.resize(1366, 768);
    QApplication::processEvents();
    EXPECT_GE(dock->width(), panel->minimumSizeHint().width());
    EXPECT_GE(dock->width(), 200);
    EXPECT_TRUE(panel->scoreLabel()->text().contains(QStringLiteral("100"))) << panel->scoreLabel()->text().toStdString();
    window.document()->reset(window.document()->draft(), QString()); // nothing to ask on close
}

TEST(MainWindow_StartUp, AWindowNeverShownStillLoadsAndChecks)
{
    // Given a window that is built but not shown (as a script or a test would)
    test::WindowFixture fixture;
    ui::MainWindow &window = *fixture.window;
    EXPECT_FALSE(window.hasStartedBackgroundWork());
    // Then its work starts as soon as the event loop runs, and it settles
    AMENDS_WAIT_FOR(window.hasStartedBackgroundWork(), 1000);
    AMENDS_WAIT_FOR(window.isSettled(), 20000);
    // And an unknown sample scenario falls back to the first one, and says so
    QTemporaryDir dir;
    core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow other(settings, dir.filePath(QStringLiteral("recovery")), QStringLiteral("no-such-scenario"));
    EXPECT_FALSE(other.sampleScenarioFound());
    EXPECT_FALSE(other.document()->draft().scenarioId.isEmpty());
}

TEST(MainWindow_Size, FitsTheScreenItOpensOn)
{
    // Given the screen the window opens on
    test::WindowFixture fixture;
    const QRect available = fixture.window->screen()->availableGeometry();
    // Then the window, opened for the first time, is no larger than it
    EXPECT_LE(fixture.window->width(), available.width());
    EXPECT_LE(fixture.window->height(), available.height());
    // And a size saved on a larger screen is brought back within it
    fixture.window->resize(available.width() + 600, available.height() + 400);
    fixture.settings.setWindowGeometry(fixture.window->saveGeometry());
    ui::MainWindow reopened(fixture.settings, fixture.dir.filePath(QStringLiteral("recovery2")));
    EXPECT_LE(reopened.width(), available.width());
    EXPECT_LE(reopened.height(), available.height());
    reopened.document()->reset(reopened.document()->draft(), QString());
}

namespace {

// The window of a start: recovery offered, then what startUp() opens.
ui::WelcomeDialog *welcomeOf(const ui::MainWindow &window)
{
    return window.findChild<ui::WelcomeDialog *>();
}

} // namespace

TEST(MainWindow_FirstStart, ShowsTheWelcomePageOnceWithTheWaysToBegin)
{
    // Given a first start
    test::WindowFixture fixture;
    fixture.window->show();
    // When the window starts up
    fixture.window->startUp();
    // Then the welcome page offers a scenario, a draft, a text letter and the guide
    ui::WelcomeDialog *welcome = welcomeOf(*fixture.window);
    ASSERT_NE(welcome, nullptr);
    EXPECT_TRUE(welcome->isVisible());
    for (const char *name : {"welcomeNew", "welcomeOpen", "welcomeCheck"})
        EXPECT_NE(welcome->findChild<QCommandLinkButton *>(QString::fromLatin1(name)), nullptr) << name;
    // And choosing "Check a letter written elsewhere" opens that dialog
    QTest::mouseClick(welcome->findChild<QCommandLinkButton *>(QStringLiteral("welcomeCheck")), Qt::LeftButton);
    AMENDS_WAIT_FOR(fixture.window->findChild<ui::TextLetterDialog *>() != nullptr, 5000);
    // And the next start does not show it again
    ui::MainWindow second(fixture.settings, fixture.dir.filePath(QStringLiteral("recovery2")));
    second.startUp();
    EXPECT_EQ(welcomeOf(second), nullptr);
}

TEST(MainWindow_LaterStart, ReopensTheLastLetterUnlessSwitchedOff)
{
    // Given a letter saved in an earlier session
    test::WindowFixture fixture;
    ASSERT_TRUE(fixture.window->newFromScenario(QStringLiteral("overcharge"), true));
    const QString path = fixture.dir.filePath(QStringLiteral("last.amends"));
    ASSERT_TRUE(fixture.window->saveDraft(path).isEmpty());
    fixture.settings.setWelcomeShown(true);
    // When the next session starts without a file
    ui::MainWindow next(fixture.settings, fixture.dir.filePath(QStringLiteral("recovery2")));
    next.startUp();
    // Then it holds the last letter
    EXPECT_EQ(next.document()->filePath(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(welcomeOf(next), nullptr);
    // And with the setting off, a start begins afresh
    fixture.settings.setReopenLastLetter(false);
    ui::MainWindow fresh(fixture.settings, fixture.dir.filePath(QStringLiteral("recovery3")));
    fresh.startUp();
    EXPECT_TRUE(fresh.document()->filePath().isEmpty());
}

TEST(MainWindow_Help, F1OpensTheUserGuide)
{
    test::WindowFixture fixture;
    QAction *f1 = nullptr;
    for (QAction *action : fixture.window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::Key_F1))
            f1 = action;
    }
    ASSERT_NE(f1, nullptr);
    f1->trigger();
    auto *guide = fixture.window->findChild<ui::GuideDialog *>();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->browser()->toPlainText().contains(QStringLiteral("The six parts of an apology")));
    EXPECT_EQ(fixture.window->findChild<ui::RuleCatalogDialog *>(), nullptr);
}

TEST(MainWindow_Keyboard, TheSavePromptHasAKeyForDiscard)
{
    // Given a letter with unsaved changes
    test::WindowFixture fixture;
    fixture.window->document()->setField(QStringLiteral("customer.name"), QStringLiteral("Changed"));
    ASSERT_TRUE(fixture.window->document()->isModified());
    // When the window is closed, the prompt's Discard has a mnemonic; Cancel keeps it open
    QString discardText;
    QTimer::singleShot(0, fixture.window.get(), [&] {
        auto *prompt = fixture.window->findChild<QMessageBox *>(QStringLiteral("savePrompt"));
        if (!prompt)
            return;
        discardText = prompt->button(QMessageBox::Discard)->text();
        prompt->button(QMessageBox::Cancel)->click();
    });
    EXPECT_FALSE(fixture.window->close());
    EXPECT_EQ(discardText, QStringLiteral("&Discard"));
}

TEST(MainWindow_Keyboard, CtrlEnterAddsTheComment)
{
    // Given the Add comment box, typed into
    test::WindowFixture fixture;
    fixture.window->show();
    bool submitted = false;
    QTimer::singleShot(0, fixture.window.get(), [&] {
        auto *dialog = fixture.window->findChild<QInputDialog *>(QStringLiteral("commentDialog"));
        if (!dialog)
            return;
        auto *box = dialog->findChild<QPlainTextEdit *>();
        QTest::keyClicks(box, QStringLiteral("Name the refund date."));
        // When Ctrl+Enter is pressed
        QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
        submitted = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    Q_EMIT fixture.window->reviewPanel()->commentRequested();
    // Then the comment is added
    EXPECT_TRUE(submitted);
    ASSERT_EQ(fixture.window->document()->draft().review.comments.size(), 1);
    EXPECT_EQ(fixture.window->document()->draft().review.comments.first().text, QStringLiteral("Name the refund date."));
}

TEST(Preferences_Language, TheChosenInterfaceLanguageIsKeptForTheNextStart)
{
    // Given the preferences of a first start: the system's language
    test::WindowFixture fixture;
    ASSERT_TRUE(fixture.settings.interfaceLanguage().isEmpty());
    {
        ui::PreferencesDialog dialog(fixture.settings);
        QComboBox *chosen = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->findData(QStringLiteral("pt-BR")) >= 0)
                chosen = box;
        }
        ASSERT_NE(chosen, nullptr);
        EXPECT_EQ(chosen->currentData().toString(), QString());
        EXPECT_NE(dialog.findChild<QLabel *>(QStringLiteral("languageNote")), nullptr);

        // When Português is picked and the dialog accepted
        chosen->setCurrentIndex(chosen->findData(QStringLiteral("pt-BR")));
        dialog.accept();
    }

    // Then the choice is stored, shown again, and gives the Brazilian locale at start-up
    EXPECT_EQ(fixture.settings.interfaceLanguage(), QStringLiteral("pt-BR"));
    EXPECT_EQ(core::interfaceLocale(fixture.settings.interfaceLanguage()).name(), QStringLiteral("pt_BR"));
    ui::PreferencesDialog again(fixture.settings);
    bool shown = false;
    for (QComboBox *box : again.findChildren<QComboBox *>())
        shown = shown || box->currentData().toString() == QLatin1String("pt-BR");
    EXPECT_TRUE(shown);
    // An unknown stored value means the system's language
    fixture.settings.setInterfaceLanguage(QStringLiteral("xx"));
    EXPECT_TRUE(fixture.settings.interfaceLanguage().isEmpty());
}

TEST(Preferences_Texts, NoLiteralAmpersandAndNoUnchangedPasswordThatWasNeverSet)
{
    test::WindowFixture fixture;
    ui::PreferencesDialog dialog(fixture.settings);
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'&')) {
            EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString();
        }
    }
    for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        EXPECT_FALSE(edit->placeholderText().contains(QStringLiteral("Unchanged"))) << edit->placeholderText().toStdString();
}

TEST(MainWindow_Open, ATextFileGivenAtStartOpensInCheckATextLetter)
{
    // Given a letter written elsewhere, saved as text (as a file manager passes it on)
    test::WindowFixture fixture;
    const QString path = fixture.dir.filePath(QStringLiteral("reply.txt"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Dear Ms Rivera,\n\nWe are sorry we charged you twice. We have refunded the second payment.\n");
    }
    // When the window starts up with it
    fixture.window->show();
    fixture.window->startUp(path);
    // Then it is checked as a letter written elsewhere, not refused as a broken draft
    auto *dialog = fixture.window->findChild<ui::TextLetterDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->editor()->toPlainText().startsWith(QStringLiteral("Dear Ms Rivera,")));
    EXPECT_TRUE(fixture.window->document()->filePath().isEmpty());

    // And a text file larger than any letter is refused with the reason, nothing opened
    const QString huge = fixture.dir.filePath(QStringLiteral("huge.txt"));
    {
        QFile file(huge);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(core::kMaxLetterSize + 1, 'a'));
    }
    delete dialog;
    EXPECT_FALSE(fixture.window->openLetter(huge).isEmpty());
    EXPECT_EQ(fixture.window->findChild<ui::TextLetterDialog *>(), nullptr);
}
