#pragma once

#include "core/checker.h"
#include "core/composer.h"

#include <array>
#include <optional>

#include <QObject>
#include <QTimer>

#include <memory>

namespace amends::services {
class Proofreader;
}

namespace amends::core {
class DraftDocument;
class Settings;
class SyllableCounter;
} // namespace amends::core

namespace amends::ui {

/// Checks the open draft as it changes (coalesced, on the GUI thread: a letter takes
/// well under a millisecond) and tells the views what it found.
class CheckController : public QObject
{
    Q_OBJECT

public:
    CheckController(core::DraftDocument *document, core::Settings &settings, QObject *parent = nullptr);
    ~CheckController() override;

    /// Letters longer than this are not checked as they are typed (a letter is a few
    /// thousand characters; a huge paste would stall typing); checkNow() still checks.
    static constexpr qsizetype kLiveCheckLimit = 200 * 1024;

    const core::CheckResult &result() const { return m_result; }
    /// Whether live checking is paused because the letter is too long.
    bool isPausedForLength() const { return m_paused; }
    const core::CheckSubject &subject() const { return m_subject; }
    /// Rules of the draft's language, including house rules.
    const core::RuleSet &rules() const { return m_checker->rules(); }
    /// Problems loading rules (a broken house rule file), for a notice.
    QStringList ruleErrors() const;

    /// Findings inside a section, with offsets mapped into that section's own text.
    QList<core::Finding> sectionFindings(core::Section section) const;
    /// One finding of the letter mapped into its section's text; std::nullopt when it
    /// lies outside the six sections (e.g. in the greeting) or has no extent.
    std::optional<core::Finding> mapToSection(const core::Finding &finding) const;

    /// Re-reads settings (disabled rules, house rules) and checks again.
    void reloadRules();
    /// Checks now instead of after the short coalescing delay.
    void checkNow();
    /// Spelling findings come from the editors' proofreader (its dictionary and the
    /// words it accepts); without one, spelling is not checked.
    void setProofreader(services::Proofreader *proofreader);

Q_SIGNALS:
    void checked();
    /// Live checking stopped (or resumed) because of the letter's length.
    void pausedChanged(bool paused);

private:
    void schedule();

    core::DraftDocument *m_document;
    core::Settings &m_settings;
    QString m_language;
    std::unique_ptr<core::Checker> m_checker;
    std::unique_ptr<core::SyllableCounter> m_syllables;
    core::CheckOptions m_options;
    services::Proofreader *m_proofreader = nullptr;
    core::CheckSubject m_subject;
    core::CheckResult m_result;
    mutable std::array<std::optional<core::SectionOffsetMap>, core::kSections.size()> m_maps;
    bool m_paused = false;
    QTimer m_timer;
};

} // namespace amends::ui
