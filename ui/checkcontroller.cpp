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
    m_timer.setInterval(60);
    connect(&m_timer, &QTimer::timeout, this, &CheckController::checkNow);
    connect(m_document, &core::DraftDocument::changed, this, &CheckController::schedule);
    checkNow();
}

CheckController::~CheckController() = default;

const core::RuleSet &CheckController::rules() const
{
    return *m_rules;
}

QStringList CheckController::ruleErrors() const
{
    return m_rules ? m_rules->errors() : QStringList();
}

void CheckController::setProofreader(services::Proofreader *proofreader)
{
    m_proofreader = proofreader;
    connect(proofreader, &services::Proofreader::changed, this, &CheckController::schedule);
    schedule();
}

void CheckController::schedule()
{
    const bool tooLong = m_document->draft().sectionTextLength() > kLiveCheckLimit;
    if (tooLong != m_paused) {
        m_paused = tooLong;
        if (m_paused) {
            // Old findings would point into text that is no longer there.
            m_letter = {};
            m_subject = {};
            m_result = {};
            Q_EMIT checked();
        }
        Q_EMIT pausedChanged(m_paused);
    }
    if (tooLong)
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void CheckController::checkNow()
{
    m_timer.stop();
    const core::Draft &draft = m_document->draft();
    m_rules = m_letterCheck->rules(draft.language);
    m_letter = m_document->letter();
    m_subject = core::subjectFromLetter(draft, m_letter);
    // The editors' dictionary and accepted words, so the letter is marked as the
    // editors mark it; without a proofreader, spelling is not checked.
    services::LetterCheck::Spelling spelling;
    if (m_proofreader)
        spelling = {m_proofreader->speller(), &m_proofreader->acceptedWords()};
    m_result = m_letterCheck->check(m_subject, spelling);
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
