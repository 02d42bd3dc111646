#include "checkcontroller.h"

#include "core/composer.h"
#include "core/draftdocument.h"
#include "core/language.h"
#include "core/settings.h"
#include "services/hyphensyllablecounter.h"
#include "services/proofreader.h"

namespace amends::ui {

CheckController::CheckController(core::DraftDocument *document, core::Settings &settings, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_settings(settings)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(60);
    connect(&m_timer, &QTimer::timeout, this, &CheckController::checkNow);
    connect(m_document, &core::DraftDocument::changed, this, &CheckController::schedule);
    reloadRules();
}

CheckController::~CheckController() = default;

QStringList CheckController::ruleErrors() const
{
    return m_checker ? m_checker->rules().errors() : QStringList();
}

void CheckController::reloadRules()
{
    m_language = m_document->draft().language;
    m_checker = std::make_unique<core::Checker>(core::RuleSet::load(core::baseLanguage(m_language), m_settings.houseRuleFiles()));
    m_syllables = std::make_unique<services::HyphenSyllableCounter>(m_language);
    const QStringList disabled = m_settings.disabledRules();
    m_options.disabledRules = QSet<QString>(disabled.begin(), disabled.end());
    checkNow();
}

void CheckController::setProofreader(services::Proofreader *proofreader)
{
    m_proofreader = proofreader;
    // Suggestions are computed in the editor's menu, on demand: never while typing.
    m_options.maxSpellingSuggestions = 0;
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
            m_subject = {};
            m_result = {};
            m_maps.fill(std::nullopt);
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
    if (m_document->draft().language != m_language) {
        reloadRules(); // checks again itself
        return;
    }
    m_subject = core::subjectFromDraft(m_document->draft());
    core::CheckTools tools{nullptr, m_syllables.get()};
    if (m_proofreader && m_proofreader->speller()) {
        tools.speller = m_proofreader->speller();
        tools.accepted = &m_proofreader->acceptedWords();
    }
    m_result = m_checker->check(m_subject, tools, m_options);
    m_maps.fill(std::nullopt);
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
    qsizetype blockStart = -1;
    for (const core::CheckSubject::SectionSpan &span : m_subject.sections) {
        if (span.section == *finding.section)
            blockStart = span.span.start;
    }
    if (blockStart < 0)
        return std::nullopt;
    std::optional<core::SectionOffsetMap> &cached = m_maps[core::sectionIndex(*finding.section)];
    if (!cached)
        cached.emplace(m_document->draft(), *finding.section);
    const core::SectionOffsetMap &map = *cached;
    core::Finding mapped = finding;
    const qsizetype start = finding.start - blockStart;
    const qsizetype end = finding.end - blockStart;
    if (!map.isVerbatim(start, end))
        mapped.suggestions.clear(); // a filled-in value cannot be replaced in place
    mapped.start = map.toSectionText(start);
    mapped.end = map.toSectionText(end, true);
    return mapped;
}

} // namespace amends::ui
