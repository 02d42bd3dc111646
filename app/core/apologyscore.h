#pragma once

#include "checker.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace amends::core {

/// How good an apology a letter is, from 0 to 100: up to 70 points for the six parts it
/// covers, weighted by how much each matters to readers (Lewicki, Polin & Lount 2016:
/// responsibility most, then the offer of repair; regret, explanation and the promise of
/// change about equal; contact is ours), and up to 30 points that findings take away by
/// severity. Asking for forgiveness earns and costs nothing. A letter with an
/// error-level finding (which blocks sending) scores at most 59.
struct ApologyScore {
    int value = 0;
    int coveragePoints = 0; ///< of kCoverageMaximum
    int findingPoints = 0;  ///< of kFindingMaximum
    /// What would raise the score most, in plain sentences, best first.
    QStringList improvements;

    static constexpr int kCoverageMaximum = 70;
    static constexpr int kFindingMaximum = 30;
    static constexpr int kBlockedMaximum = 59;
};

/// Points a section is worth when the letter covers it (they add up to 70).
int sectionWeight(Section section);
/// Points one finding of @p severity costs (missing sections cost through coverage).
int findingPenalty(Severity severity);

ApologyScore scoreLetter(const CheckResult &result);

/// How the score is made, in a paragraph for the rule catalogue and `amends-cli rules`.
QString scoreExplanation();

} // namespace amends::core
