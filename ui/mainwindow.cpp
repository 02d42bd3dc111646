#include "mainwindow.h"

#include "autosavecontroller.h"
#include "casedetailspage.h"
#include "checkcontroller.h"
#include "checkssettingsdialog.h"
#include "findingactions.h"
#include "findingmarks.h"
#include "findingspanel.h"
#include "guidedialog.h"
#include "exportcontroller.h"
#include "letterpreview.h"
#include "letterwizard.h"
#include "proofreadinghighlighter.h"
#include "reviewpage.h"
#include "reviewpanel.h"
#include "scenariodialog.h"
#include "sectioneditor.h"
#include "sectionpage.h"
#include "textletterdialog.h"
#include "trainingwindow.h"
#include "welcomedialog.h"

#include "core/checktypes.h"
#include "core/draftdocument.h"
#include "core/draftfile.h"
#include "core/language.h"
#include "core/lettersize.h"
#include "core/personaldictionary.h"
#include "core/readiness.h"
#include "core/settings.h"
#include "core/textfile.h"
#include "services/lettercheck.h"
#include "services/letterexport.h"
#include "services/proofreader.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QKeyEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace amends::ui {

namespace {

// The window's checks follow the user's choices; spelling suggestions are computed
// in the editors' menus, on demand, never while typing.
services::LetterCheckOptions windowCheckOptions(const core::Settings &settings)
{
    services::LetterCheckOptions options = services::LetterCheckOptions::fromSettings(settings);
    options.maxSpellingSuggestions = 0;
    return options;
}

// Accepts a dialog when Ctrl+Enter is pressed in the widget it watches.
class SubmitOnCtrlEnter : public QObject
{
public:
    explicit SubmitOnCtrlEnter(QDialog *dialog)
        : QObject(dialog)
        , m_dialog(dialog)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
                m_dialog->accept();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDialog *m_dialog;
};

// However the window is shown, the dictionary and the first check start by then.
constexpr int kBackgroundStartLimitMs = 300;

} // namespace

MainWindow::MainWindow(core::Settings &settings, const QString &recoveryDirectory, QWidget *parent)
    : MainWindow(settings, recoveryDirectory, QString(), parent)
{
}

MainWindow::MainWindow(core::Settings &settings, const QString &recoveryDirectory, const QString &sampleScenario,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_guidanceLanguage(core::dataLanguage(settings.letterLanguage()))
    , m_guidance(core::loadGuidance(m_guidanceLanguage))
    , m_document(new core::DraftDocument(this))
    , m_letterCheck(std::make_unique<services::LetterCheck>())
    , m_recovery(std::make_unique<core::RecoveryStore>(recoveryDirectory))
    , m_autosave(new AutosaveController(m_document, m_recovery.get(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_wizard(new LetterWizard(this))
    , m_preview(new LetterPreview(m_document, this))
{
    auto *previewPanel = new QWidget(this);
    previewPanel->setObjectName(QStringLiteral("previewPanel"));
    QPalette desk = previewPanel->palette();
    desk.setColor(QPalette::Window, QColor(0xe9, 0xec, 0xef));
    previewPanel->setPalette(desk);
    previewPanel->setAutoFillBackground(true);
    auto *previewLabel = new QLabel(tr("Preview of the letter"), previewPanel);
    desk.setColor(QPalette::WindowText, QColor(0x49, 0x50, 0x57));
    previewLabel->setPalette(desk);
    QFont bold = previewLabel->font();
    bold.setBold(true);
    previewLabel->setFont(bold);
    auto *previewLayout = new QVBoxLayout(previewPanel);
    previewLayout->setContentsMargins(14, 10, 14, 14);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview, 1);

    auto *wizardPanel = new QWidget(this);
    auto *wizardLayout = new QVBoxLayout(wizardPanel);
    wizardLayout->setContentsMargins(10, 10, 10, 10);
    wizardLayout->addWidget(m_wizard);

    m_splitter->addWidget(wizardPanel);
    m_splitter->addWidget(previewPanel);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    // The pages go in after the splitter holds the wizard: the splitter measures what it
    // is given, and measuring eight pages of wrapped text costs more than the window.
    createPages();
    createFindingsPanel();
    createReviewPanel();

    createMenus();
    setupConnections();
    setupProofreading();
    restoreLayout();
    m_sampleScenarioFound = !sampleScenario.isEmpty() && newFromScenario(sampleScenario, true);
    if (!m_sampleScenarioFound)
        newFromScenario(m_scenarios.scenarios(QStringLiteral("en")).value(0).id);
    statusBar()->showMessage(tr("Ready"), 3000);

    // The dictionary and the rules load on other threads, but on two cores they would
    // still slow the building and first paint of the window: they start once it has been
    // painted (event()), at once for a window that is not shown, and in any case soon.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            startBackgroundWork();
    });
    QTimer::singleShot(kBackgroundStartLimitMs, this, &MainWindow::startBackgroundWork);
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_backgroundStarted)
        QTimer::singleShot(0, this, &MainWindow::startBackgroundWork);
    return QMainWindow::event(event);
}

void MainWindow::startBackgroundWork()
{
    if (m_backgroundStarted)
        return;
    m_backgroundStarted = true;
    m_proofreader->startLoading();
    m_checks->setHeld(false);
}

MainWindow::~MainWindow() = default;

bool MainWindow::isSettled() const
{
    return !m_proofreader->isLoading() && !m_checks->isStale() && !m_preview->isStale();
}

void MainWindow::createPages()
{
    m_casePage = new CaseDetailsPage(m_document, m_wizard);
    m_wizard->addPage(m_casePage);
    for (core::Section section : core::kSections) {
        auto *page = new SectionPage(m_document, section, m_guidance.forSection(section), m_wizard);
        m_sectionPages.append(page);
        m_wizard->addPage(page);
    }
    m_reviewPage = new ReviewPage(m_document, m_wizard);
    m_wizard->addPage(m_reviewPage);
}

void MainWindow::createFindingsPanel()
{
    m_letterCheck->setOptions(windowCheckOptions(m_settings));
    m_checks = new CheckController(m_document, m_letterCheck.get(), this);
    m_checks->setHeld(true); // until startBackgroundWork()
    m_findingActions = new FindingActions(*this, m_document, m_checks, m_settings, this);
    m_findingMarks = new FindingMarks(*this, m_checks, this);
    m_findings = new FindingsPanel(this);
    auto *dock = new QDockWidget(tr("Findings"), this);
    dock->setObjectName(QStringLiteral("findingsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {200}, Qt::Vertical);
}

void MainWindow::createReviewPanel()
{
    // The panel itself is built when the dock is first shown (reviewPanel()): most
    // sessions are writing, not reviewing, and the window opens sooner without it.
    auto *dock = new QDockWidget(tr("Review"), this);
    dock->setObjectName(QStringLiteral("reviewDock"));
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide(); // shown by View → Review Mode, and whenever the draft has open comments
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            reviewPanel();
    });
    const auto showOpenComments = [this, dock] {
        const QList<core::ReviewComment> &comments = m_document->draft().review.comments;
        if (std::any_of(comments.begin(), comments.end(), [](const core::ReviewComment &c) { return !c.resolved; }))
            dock->show();
    };
    connect(m_document, &core::DraftDocument::wasReset, dock, showOpenComments);
    connect(m_document, &core::DraftDocument::reviewChanged, dock, showOpenComments);
}

ReviewPanel *MainWindow::reviewPanel()
{
    if (m_review)
        return m_review;
    m_review = new ReviewPanel(m_document, m_settings, this);
    connect(m_review, &ReviewPanel::commentRequested, this, &MainWindow::requestComment);
    m_review->setSection(m_wizard->currentPage()->section());
    m_review->setCheckResult(shownCheckResult());
    applyPresentation();
    auto *dock = findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    dock->setWidget(m_review);
    // Shown before it had a panel, the dock was given an empty widget's width.
    if (dock->isVisible())
        resizeDocks({dock}, {dock->sizeHint().width()}, Qt::Horizontal);
    return m_review;
}

void MainWindow::applyPresentation()
{
    QFont font = m_review->font();
    font.setPointSizeF(m_presentation ? QFont().pointSizeF() * 1.6 : QFont().pointSizeF());
    m_review->setFont(font);
}

void MainWindow::checkTextLetter(const QString &text)
{
    // The editors' dictionary with the personal dictionary: the letter gets the
    // findings a draft with the same text gets.
    const services::LetterCheck::Spelling spelling{m_proofreader->speller(), &m_proofreader->personalWords()};
    auto *dialog = new TextLetterDialog(m_letterCheck.get(), spelling, m_document->draft().language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setText(text);
    connect(dialog, &TextLetterDialog::draftCreated, this, [this](const core::Draft &draft) {
        if (!maybeSave())
            return;
        m_document->reset(draft, QString(), true);
        m_wizard->showStep(WizardStep::CaseDetails);
        statusBar()->showMessage(tr("The letter is now a draft: fill in the case details, then repair each part."), 8000);
    });
    dialog->show();
}

void MainWindow::requestComment()
{
    const std::optional<core::Section> section = m_wizard->currentPage()->section();
    int start = -1;
    int end = -1;
    if (section) {
        const QTextCursor cursor = sectionPage(*section)->editor()->textCursor();
        if (cursor.hasSelection()) {
            start = cursor.selectionStart();
            end = cursor.selectionEnd();
        }
    }
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("commentDialog"));
    dialog.setWindowTitle(tr("Add comment"));
    dialog.setLabelText(tr("Your comment (Ctrl+Enter adds it):"));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    // In a multi-line box Enter starts a new line, so Ctrl+Enter submits.
    if (auto *box = dialog.findChild<QPlainTextEdit *>())
        box->installEventFilter(new SubmitOnCtrlEnter(&dialog));
    if (dialog.exec() == QDialog::Accepted && !dialog.textValue().trimmed().isEmpty())
        reviewPanel()->addComment(dialog.textValue().trimmed(), start, end);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New from Scenario…"), QKeySequence::New,
                    this, &MainWindow::newFromScenarioInteractive);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), QKeySequence::Open, this,
                    &MainWindow::openInteractive);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Check a &Text Letter…"), this, [this] { checkTextLetter(); });
    file->addSeparator();
    QAction *saveAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"),
                                          QKeySequence::Save, this, &MainWindow::save);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"), QKeySequence::SaveAs,
                    this, &MainWindow::saveAs);
    file->addSeparator();
    m_export = new ExportController(m_document, m_settings, this);
    m_export->installFileActions(file, nullptr);
    // The review step leads on: save, export or send from where the letter is judged.
    m_reviewPage->addLeaveAction(saveAction, tr("Save the &Draft"));
    m_reviewPage->addLeaveAction(m_export->action(ExportController::Action::Pdf), tr("Export as &PDF…"));
    m_reviewPage->addLeaveAction(m_export->action(ExportController::Action::Send), tr("Send by &Email…"));
    // The preview shows the letterhead logo as the PDF will; a logo that cannot be read
    // is reported when exporting.
    const auto showLogo = [this] {
        const auto pdf = services::pdfOptionsFor(m_document->draft(), services::exportOptionsFrom(m_settings), nullptr);
        m_preview->setLogo(pdf ? pdf->logo : QImage());
    };
    showLogo();
    connect(m_export, &ExportController::preferencesChanged, this, showLogo);
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), QKeySequence::Quit, this,
                    &QWidget::close);

    // Edit actions work on whichever editor has the focus, each with its own undo history.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    const auto forFocused = [](auto lineEditMember, auto textEditMember) {
        return [lineEditMember, textEditMember] {
            QWidget *focused = QApplication::focusWidget();
            if (auto *line = qobject_cast<QLineEdit *>(focused))
                (line->*lineEditMember)();
            else if (auto *text = qobject_cast<QPlainTextEdit *>(focused))
                (text->*textEditMember)();
        };
    };
    edit->addAction(tr("&Undo"), QKeySequence::Undo, this, forFocused(&QLineEdit::undo, &QPlainTextEdit::undo));
    edit->addAction(tr("&Redo"), QKeySequence::Redo, this, forFocused(&QLineEdit::redo, &QPlainTextEdit::redo));
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, this, forFocused(&QLineEdit::cut, &QPlainTextEdit::cut));
    edit->addAction(tr("&Copy"), QKeySequence::Copy, this, forFocused(&QLineEdit::copy, &QPlainTextEdit::copy));
    edit->addAction(tr("&Paste"), QKeySequence::Paste, this, forFocused(&QLineEdit::paste, &QPlainTextEdit::paste));
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, this,
                    forFocused(&QLineEdit::selectAll, &QPlainTextEdit::selectAll));
    // The editors handle these keys themselves; the menu entries are for discovery.
    for (QAction *action : edit->actions())
        action->setShortcutContext(Qt::WidgetShortcut);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Next Step"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), m_wizard, &LetterWizard::next)
        ->setShortcutContext(Qt::WidgetShortcut);
    go->addAction(tr("&Previous Step"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), m_wizard, &LetterWizard::back)
        ->setShortcutContext(Qt::WidgetShortcut);
    go->addSeparator();
    // From finding to finding without leaving the keyboard: each is shown in its editor,
    // its words selected, with its reason and fixes in the findings panel.
    const auto goToFinding = [this](bool forward) {
        if (!m_findings->showNextFinding(forward))
            statusBar()->showMessage(tr("No findings to go to: the writing passes every check."), 4000);
    };
    go->addAction(tr("Next &Finding"), QKeySequence(Qt::Key_F8), this, [goToFinding] { goToFinding(true); })
        ->setObjectName(QStringLiteral("nextFinding"));
    go->addAction(tr("Previous F&inding"), QKeySequence(Qt::SHIFT | Qt::Key_F8), this, [goToFinding] { goToFinding(false); })
        ->setObjectName(QStringLiteral("previousFinding"));

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_export->installPreferencesAction(settingsMenu);
    settingsMenu->addAction(tr("&Checks…"), this, &MainWindow::showChecksSettings);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reviewMode = view->addAction(tr("&Review Mode"), this, [this](bool on) {
        findChild<QDockWidget *>(QStringLiteral("reviewDock"))->setVisible(on);
        if (on)
            m_wizard->showStep(WizardStep::Review);
    });
    reviewMode->setCheckable(true);
    reviewMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // Closing the panel with its own button (or opening it for open comments) keeps
    // the menu entry in step, so the shortcut always does what it says.
    connect(findChild<QDockWidget *>(QStringLiteral("reviewDock")), &QDockWidget::visibilityChanged, reviewMode,
            &QAction::setChecked);
    QAction *presentation = view->addAction(tr("&Presentation View"), this, [this](bool on) {
        m_findings->setPresentationMode(on);
        m_presentation = on;
        if (m_review)
            applyPresentation();
    });
    presentation->setCheckable(true);
    presentation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), QKeySequence(Qt::Key_F1), this, &MainWindow::showGuide);
    help->addAction(tr("&Welcome Page"), this, &MainWindow::showWelcome);
    help->addAction(tr("&Rule Catalogue"), this, [this] { m_findingActions->showRuleInfo(QString()); });
    help->addAction(tr("&Training…"), this, [this] { TrainingWindow::open(this); });
    help->addSeparator();
    help->addAction(tr("&About Amends"), this, &MainWindow::showAbout);
}

void MainWindow::setupConnections()
{
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    connect(m_document, &core::DraftDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &core::DraftDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &core::DraftDocument::wasReset, this, &MainWindow::updateSectionHelp);
    // Guidance and phrases speak the letter's language, which the case page may change.
    connect(m_document, &core::DraftDocument::changed, this, [this] {
        if (core::dataLanguage(m_document->draft().language) != m_guidanceLanguage)
            updateSectionHelp();
    });
    connect(m_wizard, &LetterWizard::currentIndexChanged, this, [this] {
        m_preview->setHighlightedSection(m_wizard->currentPage()->section());
        m_findings->setCurrentSection(m_wizard->currentPage()->section());
        if (m_review)
            m_review->setSection(m_wizard->currentPage()->section());
        m_autosave->saveNow();
    });
    connect(m_casePage, &CaseDetailsPage::rememberProfileRequested, this, &MainWindow::rememberProfile);
    connect(m_reviewPage, &ReviewPage::stepRequested, m_wizard, &LetterWizard::showStep);
    // The errors that block sending are findings, or fields still to fill on the case page.
    connect(m_reviewPage, &ReviewPage::firstErrorRequested, this, [this] {
        if (!m_findings->showFirstError())
            m_wizard->showStep(WizardStep::CaseDetails);
    });
    connect(m_export, &ExportController::done, this, [this](const QString &message) {
        statusBar()->showMessage(message, 6000);
    });
    connect(m_checks, &CheckController::checked, this, [this] {
        showCheckResult();
        m_findingMarks->refresh();
    });
    // Leaving a word by typing after it changes the text, and the next check shows the
    // word (its result for the text before would show the half-typed one a moment);
    // leaving it by moving the cursor shows it now.
    for (core::Section section : core::kSections) {
        connect(
            sectionEditor(section)->highlighter(), &ProofreadingHighlighter::typedWordLeft, this,
            [this] {
                if (!m_checks->isStale())
                    showCheckResult();
            },
            Qt::QueuedConnection);
    }
    connect(m_checks, &CheckController::pausedChanged, this, [this](bool paused) {
        if (paused)
            statusBar()->showMessage(tr("This letter is far longer than a letter should be, so it is no longer checked as "
                                        "you type. Shorten it to resume the checks."), 15000);
    });
    connect(m_findings, &FindingsPanel::findingActivated, m_findingActions, &FindingActions::show);
    connect(m_findings, &FindingsPanel::fixRequested, m_findingActions, &FindingActions::applyFix);
    connect(m_findings, &FindingsPanel::dismissRequested, m_findingActions, &FindingActions::dismiss);
    connect(m_findings, &FindingsPanel::ruleInfoRequested, m_findingActions, &FindingActions::showRuleInfo);
    connect(m_findings, &FindingsPanel::fillInRequested, this, [this] { m_wizard->showStep(WizardStep::CaseDetails); });
    // Exports always concern the open draft, so its latest check applies.
    m_export->setReadinessCheck([this](const core::Draft &) {
        m_checks->checkNow();
        return core::readinessProblems(m_document->draft(), m_document->letter(), m_checks->result());
    });
    connect(m_autosave, &AutosaveController::failed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Could not keep a recovery copy: %1").arg(reason), 8000);
    });
}

// Spelling in every section editor, following the letter's language; a missing
// dictionary is reported once per language and editing goes on unmarked.
void MainWindow::setupProofreading()
{
    // The window opens without waiting for the dictionary; spelling marks follow.
    m_proofreader = new services::Proofreader(m_document, services::DictionaryFinder(),
                                              core::PersonalDictionary::defaultFolder(), this,
                                              services::Proofreader::Loading::Deferred);
    for (SectionPage *page : std::as_const(m_sectionPages))
        page->editor()->setProofreader(m_proofreader);
    connect(m_proofreader, &services::Proofreader::dictionaryMissing, this,
            [this](const QString &, const QString &message) { statusBar()->showMessage(message, 20000); });
    m_checks->setProofreader(m_proofreader);
}

void MainWindow::restoreLayout()
{
    // The first time, as large as fits the screen (a 1366×768 laptop included), up to a
    // comfortable size; later, as the writer left it, but never larger than the screen.
    const QRect available = screen()->availableGeometry();
    const QSize fitting(std::min(1360, available.width() * 96 / 100), std::min(860, available.height() * 92 / 100));
    resize(fitting);
    restoreGeometry(m_settings.windowGeometry());
    if (width() > available.width() || height() > available.height())
        resize(std::min(width(), available.width()), std::min(height(), available.height()));
    restoreState(m_settings.windowState());
    if (!m_splitter->restoreState(m_settings.splitterState()))
        m_splitter->setSizes({760, 600});
}

core::CheckResult MainWindow::shownCheckResult() const
{
    // As in the editors, a word being typed is no misspelling until the writer leaves
    // it: the list would otherwise change at every key of every word.
    core::CheckResult result = m_checks->result();
    for (core::Section section : core::kSections) {
        const int typing = sectionEditor(section)->highlighter()->typingPosition();
        if (typing < 0)
            continue;
        result.findings.removeIf([&](const core::Finding &finding) {
            if (finding.section != section || finding.category != QLatin1String("spelling"))
                return false;
            // Findings lie in the letter's text; the typing position in the section's.
            const std::optional<core::Finding> inSection = m_checks->mapToSection(finding);
            return inSection && inSection->start <= typing && typing <= inSection->end;
        });
    }
    return result;
}

void MainWindow::showCheckResult()
{
    const core::CheckResult shown = shownCheckResult();
    m_findings->setResult(shown);
    if (m_review)
        m_review->setCheckResult(shown);
    m_reviewPage->setCheckResult(shown);
}

SectionPage *MainWindow::sectionPage(core::Section section) const
{
    return m_sectionPages.value(static_cast<int>(core::sectionIndex(section)));
}

SectionEditor *MainWindow::sectionEditor(core::Section section) const
{
    return sectionPage(section)->editor();
}

void MainWindow::showSection(core::Section section)
{
    m_wizard->showSection(section);
}

bool MainWindow::newFromScenario(const QString &scenarioId, bool withSample)
{
    const QString language = m_settings.letterLanguage();
    const core::Scenario *scenario = m_scenarios.find(scenarioId, core::dataLanguage(language));
    if (!scenario)
        return false;
    core::Draft draft = core::draftFromScenario(*scenario, language, QDate::currentDate());
    draft.sender = m_settings.senderProfile();
    draft.company = m_settings.companyProfile();
    if (withSample)
        core::applySample(draft, *scenario);
    m_document->reset(draft, QString());
    m_wizard->showStep(WizardStep::CaseDetails);
    return true;
}

QString MainWindow::loadDraft(const QString &path)
{
    core::DraftFile::LoadResult result = core::DraftFile::load(path);
    if (!result.draft)
        return result.error;
    m_document->reset(*result.draft, QFileInfo(path).absoluteFilePath());
    m_settings.addRecentFile(path);
    m_wizard->showStep(WizardStep::CaseDetails);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return {};
}

QString MainWindow::saveDraft(const QString &path)
{
    if (QString error = m_document->save(path); !error.isEmpty())
        return error;
    m_settings.addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return {};
}

QString MainWindow::openLetter(const QString &path)
{
    if (!path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive))
        return loadDraft(path);
    QString error;
    const std::optional<QString> text = core::TextFile::readText(path, core::kMaxLetterSize, tr("a letter"), &error);
    if (!text)
        return error;
    checkTextLetter(*text);
    return {};
}

void MainWindow::startUp(const QString &path)
{
    if (offerRecovery())
        return;
    if (!path.isEmpty()) {
        if (const QString error = openLetter(path); !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot open the letter"), error);
        return;
    }
    if (!m_settings.welcomeShown()) {
        m_settings.setWelcomeShown(true);
        m_settings.sync();
        showWelcome();
        return;
    }
    const QStringList recent = m_settings.recentFiles();
    if (m_settings.reopenLastLetter() && !recent.isEmpty() && QFileInfo::exists(recent.first())) {
        if (const QString error = loadDraft(recent.first()); !error.isEmpty())
            statusBar()->showMessage(tr("The last letter could not be opened: %1").arg(error), 8000);
    }
}

void MainWindow::showWelcome()
{
    auto *welcome = new WelcomeDialog(m_settings.recentFiles(), this);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    // Each choice runs once the page has closed, from the event loop.
    const auto later = [this](auto action) { return [this, action] { QTimer::singleShot(0, this, action); }; };
    connect(welcome, &WelcomeDialog::newLetterRequested, this, later([this] { newFromScenarioInteractive(); }));
    connect(welcome, &WelcomeDialog::openRequested, this, later([this] { openInteractive(); }));
    connect(welcome, &WelcomeDialog::checkTextRequested, this, later([this] { checkTextLetter(); }));
    connect(welcome, &WelcomeDialog::recentRequested, this, [this](const QString &path) { openRecent(path); });
    connect(welcome, &WelcomeDialog::guideRequested, this, &MainWindow::showGuide);
    welcome->open();
}

bool MainWindow::offerRecovery()
{
    for (const core::RecoveryStore::Orphan &orphan : m_recovery->orphans()) {
        const QString name = orphan.originalPath.isEmpty() ? tr("an unsaved letter to %1").arg(orphan.draft.customer.name)
                                                           : QFileInfo(orphan.originalPath).fileName();
        const auto answer = QMessageBox::question(
            this, tr("Restore your letter?"),
            tr("Amends did not close normally last time. A copy of %1 from %2 was kept. Restore it?")
                .arg(name, QLocale().toString(orphan.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            restoreRecovered(orphan);
            return true;
        }
        core::RecoveryStore::removeOrphan(orphan.recoveryPath);
    }
    return false;
}

void MainWindow::restoreRecovered(const core::RecoveryStore::Orphan &orphan)
{
    m_document->reset(orphan.draft, orphan.originalPath, true);
    core::RecoveryStore::removeOrphan(orphan.recoveryPath);
    m_autosave->saveNow();
    statusBar()->showMessage(tr("Restored the letter. Save it to keep it."), 6000);
}

void MainWindow::showStartDialog()
{
    newFromScenarioInteractive();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.sync();
    m_autosave->discard();
    event->accept();
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled letter") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Amends").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateSectionHelp()
{
    const core::Draft &draft = m_document->draft();
    const QString language = core::dataLanguage(draft.language);
    if (language != m_guidanceLanguage) {
        m_guidance = core::loadGuidance(language);
        m_guidanceLanguage = language;
        for (core::Section section : core::kSections)
            sectionPage(section)->setGuidance(m_guidance.forSection(section));
    }
    const core::Scenario *scenario = m_scenarios.find(draft.scenarioId, language);
    const QList<core::Scenario> pool = scenario ? QList<core::Scenario>{*scenario} : m_scenarios.scenarios(language);
    for (core::Section section : core::kSections) {
        QStringList phrases;
        for (const core::Scenario &candidate : pool) {
            for (const QString &phrase : candidate.phrasesFor(section)) {
                if (!phrases.contains(phrase))
                    phrases.append(phrase);
            }
        }
        sectionPage(section)->setPhrases(phrases);
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent letters"))->setEnabled(false);
}

void MainWindow::rememberProfile()
{
    m_settings.setSenderProfile(m_document->draft().sender);
    m_settings.setCompanyProfile(m_document->draft().company);
    m_settings.sync();
    statusBar()->showMessage(tr("Your details will be used for new letters."), 4000);
}

void MainWindow::newFromScenarioInteractive()
{
    if (!maybeSave())
        return;
    ScenarioDialog dialog(m_scenarios.scenarios(core::dataLanguage(m_settings.letterLanguage())), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedId().isEmpty())
        newFromScenario(dialog.selectedId());
}

void MainWindow::openInteractive()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open letter"), QString(),
                                                      tr("Amends letters (*.amends);;Text letters (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = openLetter(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot open the letter"), error);
}

void MainWindow::openRecent(const QString &path)
{
    if (!maybeSave())
        return;
    if (const QString error = loadDraft(path); !error.isEmpty()) {
        if (!QFileInfo::exists(path))
            m_settings.removeRecentFile(path);
        QMessageBox::warning(this, tr("Cannot open the letter"), error);
    }
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    const QString error = saveDraft(m_document->filePath());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot save the letter"), error + QLatin1Char('\n') + tr("Your letter is still open; try another folder."));
    return error.isEmpty();
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        const core::Draft &draft = m_document->draft();
        QString base = draft.caseDetails.reference.isEmpty() ? draft.customer.name : draft.caseDetails.reference;
        base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
        suggested = (base.isEmpty() ? tr("letter") : base) + QLatin1String(".amends");
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save letter"), suggested, tr("Amends letters (*.amends)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".amends")))
        path += QLatin1String(".amends");
    const QString error = saveDraft(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot save the letter"), error + QLatin1Char('\n') + tr("Your letter is still open; try another folder."));
    return error.isEmpty();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox prompt(QMessageBox::Warning, tr("Save changes?"), tr("This letter has changes that are not saved yet. Save them?"),
                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    prompt.setObjectName(QStringLiteral("savePrompt"));
    prompt.setDefaultButton(QMessageBox::Save);
    // Every answer has a key: Alt+S, Alt+D, Escape.
    prompt.button(QMessageBox::Save)->setText(tr("&Save"));
    prompt.button(QMessageBox::Discard)->setText(tr("&Discard"));
    const int answer = prompt.exec();
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::showChecksSettings()
{
    ChecksSettingsDialog dialog(m_checks->rules(), m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyCheckSettings();
    if (const QStringList errors = m_checks->ruleErrors(); !errors.isEmpty())
        QMessageBox::warning(this, tr("House rules not loaded"),
                             tr("Some rules could not be read, so only the valid ones are used:\n%1").arg(errors.join(QLatin1Char('\n'))));
}

void MainWindow::applyCheckSettings()
{
    m_letterCheck->setOptions(windowCheckOptions(m_settings));
    m_checks->checkNow();
}

void MainWindow::showGuide()
{
    // One guide window, raised when it is already open.
    auto *guide = findChild<GuideDialog *>();
    if (!guide) {
        guide = new GuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Amends"),
                       tr("<h3>Amends %1</h3><p>Write apology letters that customers believe: say sorry, own the "
                          "mistake, explain it, put it right, prevent a repeat, and stay in touch.</p>")
                           .arg(QStringLiteral(AMENDS_VERSION)));
}

} // namespace amends::ui
