#include "checkcontroller.h"

#include "core/draftdocument.h"
#include "services/lettercheck.h"
#include "services/proofreader.h"

namespace amends::ui {

CheckController::CheckController(core::DraftDocument *document, services::LetterCheck *letterCheck, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_letterCheck(letterCheck)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kCoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &CheckController::startBackgroundCheck);
    connect(&m_watcher, &QFutureWatcher<core::CheckResult>::finished, this, &CheckController::takeBackgroundResult);
    connect(m_document, &core::DraftDocument::changed, this, &CheckController::schedule);
    schedule();
}

CheckController::~CheckController() = default;

const core::RuleSet &CheckController::rules() const
{
    // Kept so the reference stays valid while the service's cache changes.
    m_rules = m_letterCheck->rules(m_document->draft().language);
    return *m_rules;
}

QStringList CheckController::ruleErrors() const
{
    return rules().errors();
}

void CheckController::setProofreader(services::Proofreader *proofreader)
{
    m_proofreader = proofreader;
    connect(proofreader, &services::Proofreader::changed, this, &CheckController::schedule);
    schedule();
}

void CheckController::schedule()
{
    ++m_generation;
    const bool tooLong = m_document->draft().sectionTextLength() > kLiveCheckLimit;
    if (tooLong != m_paused) {
        m_paused = tooLong;
        if (m_paused) {
            // Old findings would point into text that is no longer there.
            setResult(m_generation, {}, {}, {});
        }
        Q_EMIT pausedChanged(m_paused);
    }
    if (tooLong || m_held)
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void CheckController::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (m_held)
        m_timer.stop();
    else if (isStale())
        schedule();
}

void CheckController::startBackgroundCheck()
{
    if (m_watcher.isRunning() || m_paused)
        return; // takeBackgroundResult() starts the next one
    const core::Draft &draft = m_document->draft();
    m_running.generation = m_generation;
    m_running.letter = m_document->letter();
    m_running.subject = core::subjectFromLetter(draft, m_running.letter);
    // The editors' dictionary (thread-safe) and a copy of the words they accept, so
    // the letter is marked as the editors mark it; without a proofreader, no spelling.
    services::LetterCheck::SharedSpelling spelling;
    if (m_proofreader)
        spelling = {m_proofreader->sharedSpeller(), m_proofreader->acceptedWords()};
    m_watcher.setFuture(m_letterCheck->checkInBackground(m_running.subject, std::move(spelling)));
}

void CheckController::takeBackgroundResult()
{
    Running running = std::exchange(m_running, {});
    if (running.generation == m_generation && m_resultGeneration != m_generation)
        setResult(running.generation, std::move(running.letter), std::move(running.subject), m_watcher.result());
    else if (isStale() && !m_paused && !m_timer.isActive())
        startBackgroundCheck(); // the letter moved on while it was checked
}

void CheckController::checkNow()
{
    m_timer.stop();
    const core::Draft &draft = m_document->draft();
    core::ComposedLetter letter = m_document->letter();
    core::CheckSubject subject = core::subjectFromLetter(draft, letter);
    // The editors' dictionary and accepted words, so the letter is marked as the
    // editors mark it; without a proofreader, spelling is not checked.
    services::LetterCheck::Spelling spelling;
    if (m_proofreader)
        spelling = {m_proofreader->speller(), &m_proofreader->acceptedWords()};
    core::CheckResult result = m_letterCheck->check(subject, spelling);
    setResult(m_generation, std::move(letter), std::move(subject), std::move(result));
}

void CheckController::setResult(quint64 generation, core::ComposedLetter letter, core::CheckSubject subject,
                                core::CheckResult result)
{
    m_resultGeneration = generation;
    m_letter = std::move(letter);
    m_subject = std::move(subject);
    m_result = std::move(result);
    Q_EMIT checked();
}

QList<core::Finding> CheckController::sectionFindings(core::Section section) const
{
    QList<core::Finding> mapped;
    for (const core::Finding &finding : m_result.findings) {
        if (finding.section != section)
            continue;
        if (std::optional<core::Finding> inSection = mapToSection(finding))
            mapped.append(*inSection);
    }
    return mapped;
}

std::optional<core::Finding> CheckController::mapToSection(const core::Finding &finding) const
{
    if (!finding.section || finding.end <= finding.start)
        return std::nullopt;
    const std::optional<core::SectionSource> source = m_letter.sectionSource(*finding.section, finding.start, finding.end);
    if (!source)
        return std::nullopt;
    core::Finding mapped = finding;
    if (!source->verbatim)
        mapped.suggestions.clear(); // a filled-in value cannot be replaced in place
    mapped.start = source->start;
    mapped.end = source->end;
    return mapped;
}

} // namespace amends::ui
