#include "sectioncoverage.h"

#include <array>

namespace amends::core {

void SectionCoverage::addToParagraph(int paragraph, Section section)
{
    if (paragraph >= 0 && paragraph < paragraphSections.size() && !paragraphSections[paragraph].contains(section))
        paragraphSections[paragraph].append(section);
}

QStringList SectionCoverage::presentKeys() const
{
    QStringList keys;
    for (Section section : kSections) {
        if (has(section))
            keys.append(sectionKey(section));
    }
    return keys;
}

std::optional<Span> SectionCoverage::firstCue(Section section, Span span) const
{
    for (const Cue &cue : cues) {
        if (cue.section == section && cue.span.start >= span.start && cue.span.start < span.end)
            return cue.span;
    }
    return std::nullopt;
}

bool questionCanCarry(Section section)
{
    return section != Section::Responsibility && section != Section::Explanation;
}

QStringList sectionUndoneBy(Section section)
{
    switch (section) {
    case Section::Regret: return {QStringLiteral("non-apology")};
    case Section::Responsibility: return {QStringLiteral("blame-shifting"), QStringLiteral("defensive")};
    default: return {};
    }
}

SectionCoverage detectSections(const TextScan &scan, const QList<int> &ids, const RuleSet &rules)
{
    SectionCoverage coverage;
    coverage.paragraphSections.resize(scan.paragraphs().size());
    const QList<Token> &tokens = scan.tokens();
    // Each section's exceptions, looked up once, not at every cue.
    std::array<QList<PhrasePattern>, kSections.size()> unless;
    for (const Section section : kSections)
        unless[sectionIndex(section)] = rules.structure().sectionCuesUnless.value(sectionKey(section));
    SentenceMatches excepted(scan, ids); // whether they occur, by section and sentence
    rules.sectionCueIndex().scan(scan, ids, [&](int tag, int first, int end) {
        const auto section = static_cast<Section>(tag);
        const int sentence = tokens[first].sentence;
        if ((!questionCanCarry(section) && scan.isQuestion(sentence)) || excepted.matches(tag, unless[sectionIndex(section)], sentence))
            return;
        const Span span{tokens[first].start, tokens[end - 1].end};
        coverage.cues.append({section, span});
        coverage.present[sectionIndex(section)] = true;
        coverage.addToParagraph(scan.paragraphAt(span.start), section);
    });
    return coverage;
}

} // namespace amends::core
