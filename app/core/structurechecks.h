#pragma once

#include "checktypes.h"
#include "ruleset.h"

namespace amends::core {

/// Everything the structure checks look at, computed once per check.
struct StructureContext {
    const CheckSubject &subject;
    const TextScan &scan;
    const QList<int> &ids; ///< token numbers in the rules' vocabulary
    const SectionCoverage &coverage;
    const RuleSet &rules;
};

/// Checks that need code rather than phrase lists: missing sections, a late apology,
/// a vague remedy, contact without a channel, empty required fields, personal greeting,
/// length, promptness, capitals, over-apologising and unexplained acronyms.
QList<Finding> structureFindings(const StructureContext &context);

/// Readability findings (reading ease below the band, long sentences) from @p measured.
QList<Finding> readabilityFindings(const StructureContext &context, const Readability &measured);

/// The words of the letter's body: a draft's six sections, or the whole plain text.
int bodyWordCount(const StructureContext &context);

/// Where the opening paragraph (the first after the greeting) lies, or an empty span.
Span openingParagraph(const StructureContext &context);

} // namespace amends::core
