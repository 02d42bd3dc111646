#pragma once

#include "core/guidance.h"
#include "core/recoverystore.h"
#include "core/scenario.h"
#include "sectioneditors.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QMenu;
class QSplitter;

namespace amends::core {
class DraftDocument;
struct CheckResult;
class Settings;
} // namespace amends::core

namespace amends::services {
class LetterCheck;
class Proofreader;
} // namespace amends::services

namespace amends::ui {

class AutosaveController;
class CaseDetailsPage;
class CheckController;
class FindingActions;
class FindingMarks;
class FindingsPanel;
class ExportController;
class LetterPreview;
class LetterWizard;
class ReviewPage;
class ReviewPanel;
class SectionPage;

/// The application window: the letter wizard beside a live preview, the File and Edit
/// menus, and the wiring between them (all of it in setupConnections()).
class MainWindow : public QMainWindow, public SectionEditors
{
    Q_OBJECT

public:
    MainWindow(core::Settings &settings, const QString &recoveryDirectory, QWidget *parent = nullptr);
    /// Opens with scenario @p sampleScenario and its sample case instead of the first
    /// scenario (when there is no such scenario, the first; sampleScenarioFound() says).
    MainWindow(core::Settings &settings, const QString &recoveryDirectory, const QString &sampleScenario,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    bool sampleScenarioFound() const { return m_sampleScenarioFound; }

    /// Starts a new letter from a scenario; with @p withSample the scenario's sample
    /// case details are filled in (demonstrations, screenshots).
    bool newFromScenario(const QString &scenarioId, bool withSample = false);
    /// Opens a draft; returns an empty string on success, else the reason (the open
    /// draft is left as it was).
    QString loadDraft(const QString &path);
    /// Opens @p path: a text file (.txt) in Check a Text Letter, anything else as a
    /// draft; returns an empty string on success, else the reason (nothing changes).
    QString openLetter(const QString &path);
    /// Saves to @p path; empty on success, else the reason (nothing is lost).
    QString saveDraft(const QString &path);
    /// What the window opens once it is shown: a letter left by a crash (if the writer
    /// restores it), else @p path (a draft, or a text letter to check), else on the first
    /// start the welcome page, else the last letter when the settings say so.
    void startUp(const QString &path = QString());
    /// Asks whether to restore drafts left by an earlier session that ended abruptly;
    /// true when one was restored.
    bool offerRecovery();
    void restoreRecovered(const core::RecoveryStore::Orphan &orphan);
    /// Opens a letter written elsewhere (plain text) for checking and conversion.
    void checkTextLetter(const QString &text = QString());
    /// Shows the scenario picker when nothing else was opened.
    void showStartDialog();
    /// The welcome page: the ways to begin and the last letters (not modal).
    void showWelcome();
    /// Checks with the switched-off rules and house rule packs now in the settings.
    void applyCheckSettings();

    core::DraftDocument *document() const { return m_document; }
    LetterWizard *wizard() const { return m_wizard; }
    LetterPreview *preview() const { return m_preview; }
    CaseDetailsPage *casePage() const { return m_casePage; }
    SectionPage *sectionPage(core::Section section) const;
    SectionEditor *sectionEditor(core::Section section) const override;
    void showSection(core::Section section) override;
    ReviewPage *reviewPage() const { return m_reviewPage; }
    AutosaveController *autosave() const { return m_autosave; }
    ExportController *exportController() const { return m_export; }
    CheckController *checks() const { return m_checks; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    FindingActions *findingActions() const { return m_findingActions; }
    /// The review panel, built on first use (the dock shown, a comment added).
    ReviewPanel *reviewPanel();
    core::RecoveryStore *recoveryStore() const { return m_recovery.get(); }
    services::Proofreader *proofreader() const { return m_proofreader; }
    /// Whether what the window does in the background has caught up: the dictionary
    /// is loaded, and the letter as it is now is checked and previewed.
    bool isSettled() const;
    services::LetterCheck *letterCheck() const { return m_letterCheck.get(); }
    /// Whether the dictionary and the first check have been started (after the first
    /// paint, or at once for a window that is not shown).
    bool hasStartedBackgroundWork() const { return m_backgroundStarted; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createPages();
    void createMenus();
    void createFindingsPanel();
    void createReviewPanel();
    void requestComment();
    void setupConnections();
    void setupProofreading();
    /// The latest check as the writer is shown it: without the misspelling of the word
    /// being typed (as ProofreadingHighlighter::setTypingPosition() leaves it unmarked).
    core::CheckResult shownCheckResult() const;
    /// Shows shownCheckResult() in the findings panel, the review page and the review.
    void showCheckResult();
    void restoreLayout();
    void startBackgroundWork();
    void applyPresentation();
    void updateTitle();
    void updateSectionHelp();
    void rebuildRecentMenu();
    void rememberProfile();

    void newFromScenarioInteractive();
    void openInteractive();
    void openRecent(const QString &path);
    bool save();
    bool saveAs();
    bool maybeSave();
    void showAbout();
    void showGuide();
    void showChecksSettings();

    core::Settings &m_settings;
    core::ScenarioLibrary m_scenarios;
    QString m_guidanceLanguage; ///< the data language of m_guidance
    core::Guidance m_guidance;
    core::DraftDocument *m_document;
    std::unique_ptr<services::LetterCheck> m_letterCheck;
    std::unique_ptr<core::RecoveryStore> m_recovery;
    AutosaveController *m_autosave;
    QSplitter *m_splitter;
    LetterWizard *m_wizard;
    LetterPreview *m_preview;
    CaseDetailsPage *m_casePage = nullptr;
    QList<SectionPage *> m_sectionPages;
    ReviewPage *m_reviewPage = nullptr;
    QMenu *m_recentMenu = nullptr;
    services::Proofreader *m_proofreader = nullptr;
    bool m_backgroundStarted = false;
    bool m_sampleScenarioFound = false;
    ExportController *m_export = nullptr;
    CheckController *m_checks = nullptr;
    FindingsPanel *m_findings = nullptr;
    FindingActions *m_findingActions = nullptr;
    FindingMarks *m_findingMarks = nullptr;
    ReviewPanel *m_review = nullptr;
    bool m_presentation = false; ///< View → Presentation View is on
};

} // namespace amends::ui
