#pragma once

#include "ruleset.h"
#include "section.h"
#include "textscan.h"

#include <QList>

#include <array>
#include <optional>

namespace amends::core {

/// Which of the six sections a text contains, found from each language's cue phrases,
/// for drafts and plain text alike.
struct SectionCoverage {
    /// Every cue match: the section and where.
    struct Cue {
        Section section;
        Span span;
    };
    QList<Cue> cues;
    std::array<bool, kSections.size()> present{};
    /// Paragraph index → the sections found in it (by a cue, or by the sentence model in
    /// a plain letter), in the order first found.
    QList<QList<Section>> paragraphSections;

    bool has(Section section) const { return present[sectionIndex(section)]; }
    /// Records that paragraph @p paragraph holds @p section (once; nothing for -1).
    void addToParagraph(int paragraph, Section section);
    QStringList presentKeys() const;
    /// The first cue of @p section inside @p span, if any.
    std::optional<Span> firstCue(Section section, Span span) const;
};

/// Whether a question can carry @p section. Owning a mistake and saying what went wrong
/// are statements: "Why was I charged twice?" (a customer's words quoted in a reply) and
/// "Could you tell me which dates we charged you on?" do neither. An apology, a remedy, a
/// change or contact can be offered as a question ("Shall I refund it to your card?").
bool questionCanCarry(Section section);

/// The finding categories that undo @p section in the sentence they are found in: a
/// non-apology is no regret ("we apologise for any inconvenience"), and a sentence that
/// shifts the blame or argues our case ("that is not our responsibility") owns nothing.
QStringList sectionUndoneBy(Section section);

/// Cues count wherever they appear: what matters is what the letter says, not which
/// wizard page it was typed on; but not in a question that cannot carry their section.
SectionCoverage detectSections(const TextScan &scan, const QList<int> &ids, const RuleSet &rules);

} // namespace amends::core
