#pragma once

#include "core/checker.h"
#include "core/composer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <optional>

namespace amends::services {
class LetterCheck;
class Proofreader;
} // namespace amends::services

namespace amends::core {
class DraftDocument;
} // namespace amends::core

namespace amends::ui {

/// Checks the open draft as it changes through the letter-check service, and tells
/// the views what it found. The letter it checks is the document's composed letter,
/// the one the preview shows, so findings map back to the sections by looking them up.
///
/// Changes are coalesced and checked on the service's background thread, so typing
/// never waits for a check (a long letter takes tens of milliseconds): while a check
/// runs, further edits wait for it, and a result that the letter has moved past is
/// dropped for a fresh check. The rules are compiled there too on first use.
/// checkNow() checks on the calling thread, for callers that need the result at once.
class CheckController : public QObject
{
    Q_OBJECT

public:
    CheckController(core::DraftDocument *document, services::LetterCheck *letterCheck, QObject *parent = nullptr);
    ~CheckController() override;

    /// Letters longer than this are not checked as they are typed (a letter is a few
    /// thousand characters; a huge paste would stall typing); checkNow() still checks.
    static constexpr qsizetype kLiveCheckLimit = 200 * 1024;

    /// How long edits are gathered before a check starts.
    static constexpr int kCoalesceMs = 10;

    const core::CheckResult &result() const { return m_result; }
    /// Whether the letter has changed since result() was made (a check is waiting or
    /// under way).
    bool isStale() const { return m_resultGeneration != m_generation; }
    /// Whether live checking is paused because the letter is too long.
    bool isPausedForLength() const { return m_paused; }
    bool isHeld() const { return m_held; }
    const core::CheckSubject &subject() const { return m_subject; }
    /// Rules of the draft's language, including house rules.
    const core::RuleSet &rules() const;
    /// Problems loading rules (a broken house rule file), for a notice.
    QStringList ruleErrors() const;

    /// Findings inside a section, with offsets mapped into that section's own text.
    QList<core::Finding> sectionFindings(core::Section section) const;
    /// One finding of the letter mapped into its section's text; std::nullopt when it
    /// lies outside the six sections (e.g. in the greeting) or has no extent.
    std::optional<core::Finding> mapToSection(const core::Finding &finding) const;

    /// Checks now, on the calling thread, instead of in the background after the
    /// short coalescing delay.
    void checkNow();
    /// While held, changes are noted but no background check starts (the first one
    /// compiles the rules: a window holds it until it has first been painted).
    /// Releasing starts the check that is due.
    void setHeld(bool held);
    /// Spelling findings come from the editors' proofreader (its dictionary and the
    /// words it accepts); without one, spelling is not checked.
    void setProofreader(services::Proofreader *proofreader);

Q_SIGNALS:
    void checked();
    /// Live checking stopped (or resumed) because of the letter's length.
    void pausedChanged(bool paused);

private:
    void schedule();
    void startBackgroundCheck();
    void takeBackgroundResult();
    void setResult(quint64 generation, core::ComposedLetter letter, core::CheckSubject subject, core::CheckResult result);

    core::DraftDocument *m_document;
    services::LetterCheck *m_letterCheck;
    services::Proofreader *m_proofreader = nullptr;
    mutable std::shared_ptr<const core::RuleSet> m_rules;
    core::ComposedLetter m_letter; ///< The letter the latest result refers to.
    core::CheckSubject m_subject;
    core::CheckResult m_result;
    bool m_paused = false;
    bool m_held = false;
    QTimer m_timer;
    quint64 m_generation = 1;       ///< Counts the changes to the letter and the spelling.
    quint64 m_resultGeneration = 0; ///< The change m_result was made for.
    struct Running {
        quint64 generation = 0;
        core::ComposedLetter letter;
        core::CheckSubject subject;
    };
    Running m_running; ///< What the background check under way was given.
    QFutureWatcher<core::CheckResult> m_watcher;
};

} // namespace amends::ui
