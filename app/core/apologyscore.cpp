#include "apologyscore.h"

#include <QCoreApplication>

#include <QHash>

#include <algorithm>

namespace amends::core {

namespace {

struct ApologyScoreText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::ApologyScore)
};

QString coverageAdvice(Section section)
{
    switch (section) {
    case Section::Regret: return ApologyScoreText::tr("Say sorry plainly in the first paragraph.");
    case Section::Responsibility: return ApologyScoreText::tr("Say that the mistake was ours.");
    case Section::Explanation: return ApologyScoreText::tr("Explain in plain words what went wrong.");
    case Section::Remedy: return ApologyScoreText::tr("Say what we did to put it right, with the amount and the date.");
    case Section::Improvement: return ApologyScoreText::tr("Say what changes so it does not happen again.");
    case Section::Contact: return ApologyScoreText::tr("Give a named person, a phone number or email, and the follow-up date.");
    }
    return {};
}

} // namespace

QString scoreExplanation()
{
    return ApologyScoreText::tr("The apology score (0 to 100) gives up to 70 points for the six parts a letter covers, weighted as "
              "readers value them (Lewicki, Polin & Lount 2016): responsibility %1, remedy %2, regret %3, explanation %4, "
              "improvement %5, contact %6. A part counts only when it does its job: \"sorry if you feel\" is no regret, "
              "blaming a supplier owns nothing. Findings take away up to 30 points: %7 for an error, %8 for a warning, %9 "
              "for a suggestion. Asking for forgiveness neither earns nor costs anything. A letter with an error-level "
              "finding, which must not be sent as it is, scores at most %10.")
        .arg(sectionWeight(Section::Responsibility))
        .arg(sectionWeight(Section::Remedy))
        .arg(sectionWeight(Section::Regret))
        .arg(sectionWeight(Section::Explanation))
        .arg(sectionWeight(Section::Improvement))
        .arg(sectionWeight(Section::Contact))
        .arg(findingPenalty(Severity::Error))
        .arg(findingPenalty(Severity::Warning))
        .arg(findingPenalty(Severity::Suggestion))
        .arg(ApologyScore::kBlockedMaximum);
}

int sectionWeight(Section section)
{
    switch (section) {
    case Section::Responsibility: return 18;
    case Section::Remedy: return 16;
    case Section::Regret: return 10;
    case Section::Explanation: return 9;
    case Section::Improvement: return 9;
    case Section::Contact: return 8;
    }
    return 0;
}

int findingPenalty(Severity severity)
{
    switch (severity) {
    case Severity::Error: return 10;
    case Severity::Warning: return 4;
    case Severity::Suggestion: return 1;
    }
    return 0;
}

// A section counts when at least one of its cues is not part of a finding that undoes
// it: "sorry if you feel…" is not an apology, "the processor made a mistake" owns nothing.
static bool genuinelyCovered(const CheckResult &result, Section section)
{
    const QStringList undoing = sectionUndoneBy(section);
    for (const SectionCoverage::Cue &cue : result.coverage.cues) {
        if (cue.section != section)
            continue;
        // The words first: few findings share a cue's words, and the score is worked out
        // again on every check while the writer types.
        const bool undone = !undoing.isEmpty() && std::any_of(result.findings.begin(), result.findings.end(), [&](const Finding &f) {
            return f.start < cue.span.end && cue.span.start < f.end && undoing.contains(f.category);
        });
        if (!undone)
            return true;
    }
    return false;
}

ApologyScore scoreLetter(const CheckResult &result)
{
    ApologyScore score;
    QList<std::pair<int, QString>> gains; // points to win, advice
    for (Section section : kSections) {
        if (genuinelyCovered(result, section))
            score.coveragePoints += sectionWeight(section);
        else
            gains.append({sectionWeight(section), coverageAdvice(section)});
    }
    int penalty = 0;
    QHash<QString, int> byCategory;
    for (const Finding &finding : result.findings) {
        if (finding.category == QLatin1String("missing-section") && finding.rule.startsWith(QLatin1String("structure.missing-")))
            continue; // counted in the coverage already
        penalty += findingPenalty(finding.severity);
        byCategory[finding.message] += findingPenalty(finding.severity);
    }
    score.findingPoints = std::max(0, ApologyScore::kFindingMaximum - penalty);
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        gains.append({std::min(it.value(), ApologyScore::kFindingMaximum), ApologyScoreText::tr("Fix: %1").arg(it.key())});
    std::stable_sort(gains.begin(), gains.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &gain : std::as_const(gains))
        score.improvements.append(gain.second);
    score.value = score.coveragePoints + score.findingPoints;
    // A letter that must not go out as it is cannot rank with one that can.
    if (result.hasErrors())
        score.value = std::min(score.value, ApologyScore::kBlockedMaximum);
    return score;
}

} // namespace amends::core
