#include "checker.h"

#include "acceptedwords.h"
#include "composer.h"
#include "factchecks.h"
#include "plaintextletter.h"
#include "sentencemodel.h"
#include "spellcheck.h"
#include "structurechecks.h"
#include "structurerules.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <future>
#include <map>
#include <numeric>
#include <optional>

namespace amends::core {

namespace {

// From this many characters on, spelling, the sentence model and the section cues run on
// threads of their own; below it starting a thread costs more than it saves.
constexpr qsizetype kParallelSize = 64 * 1024;

Finding ruleFinding(const Rule &rule, const QString &text, Span span)
{
    Finding finding;
    finding.rule = rule.id;
    finding.category = rule.category;
    finding.severity = rule.severity;
    finding.start = span.start;
    finding.end = span.end;
    finding.excerpt = text.mid(span.start, span.end - span.start);
    finding.message = QString(rule.message).replace(QLatin1String("{match}"), finding.excerpt);
    finding.explanation = rule.explanation;
    finding.suggestions = rule.suggestions;
    return finding;
}

// Where the rules given by regular expressions match, rule by rule and in text order:
// a pass of its own over the text, beside the phrase patterns' (the switched-off rules'
// too, since a required rule switched off still counts as matched).
QList<std::pair<int, Span>> regexMatches(const QString &text, const RuleSet &rules)
{
    QList<std::pair<int, Span>> matches;
    for (int r = 0; r < rules.rules().size(); ++r) {
        for (const QRegularExpression &regex : rules.rules()[r].regexes) {
            auto it = regex.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                if (match.capturedLength() > 0)
                    matches.append({r, {match.capturedStart(), match.capturedEnd()}});
            }
        }
    }
    return matches;
}

// The rule packs' findings: their phrase patterns' matches, then @p regexes
// (regexMatches(), asked for when they are needed), then the required rules not met.
QList<Finding> packFindings(const TextScan &scan, const QList<int> &ids, const RuleSet &rules, const QSet<QString> &disabled,
                            const std::function<QList<std::pair<int, Span>>()> &regexes)
{
    QList<std::pair<int, Span>> accepted; // made findings at the end, into a list of their size
    QHash<int, qsizetype> lastEnd; // one finding per rule per stretch of text
    QSet<int> matchedRules;
    SentenceMatches excepted(scan, ids); // the rules' exceptions, by rule
    const QList<Token> &tokens = scan.tokens();
    const auto accept = [&](int r, Span span) {
        matchedRules.insert(r);
        const Rule &rule = rules.rules()[r];
        if (rule.required || disabled.contains(rule.id) || span.start < lastEnd.value(r, -1))
            return;
        if (excepted.matches(r, rule.unless, scan.sentenceAt(span.start)))
            return;
        lastEnd[r] = span.end;
        accepted.append({r, span});
    };
    rules.ruleIndex().scan(scan, ids, [&](int r, int first, int end) { accept(r, {tokens[first].start, tokens[end - 1].end}); });
    for (const auto &[r, span] : regexes())
        accept(r, span);
    QList<Finding> findings;
    findings.reserve(accepted.size() + 1);
    for (const auto &[r, span] : std::as_const(accepted))
        findings.append(ruleFinding(rules.rules()[r], scan.text(), span));
    for (int r = 0; r < rules.rules().size(); ++r) {
        const Rule &rule = rules.rules()[r];
        if (rule.required && !matchedRules.contains(r) && !disabled.contains(rule.id))
            findings.append(ruleFinding(rule, scan.text(), {0, 0}));
    }
    return findings;
}

void attributeSections(QList<Finding> &findings, const CheckSubject &subject, const TextScan &scan, const SectionCoverage &coverage)
{
    for (Finding &finding : findings) {
        if (finding.section)
            continue;
        for (const CheckSubject::SectionSpan &known : subject.sections) {
            if (known.span.contains(finding.start) || (known.span.start == finding.start && finding.start == finding.end))
                finding.section = known.section;
        }
        // In plain text a finding without a span (the letter is too short, a fact stated
        // nowhere) is about the whole letter, not about the paragraph it happens to start.
        if (!finding.section && subject.sections.isEmpty() && finding.end > finding.start) {
            const int paragraph = scan.paragraphAt(finding.start);
            if (paragraph >= 0 && !coverage.paragraphSections[paragraph].isEmpty())
                finding.section = coverage.paragraphSections[paragraph].first();
        }
    }
}

// What the sentence model sees in each sentence: the sentences where it finds each
// section (in @p sections), and the problems it finds, as findings on the whole sentence.
QList<Finding> judgedFindings(const TextScan &scan, const SentenceModel &model, const QSet<QString> &disabled,
                              std::array<QList<int>, kSections.size()> &sections)
{
    constexpr int kCategories = SentenceModel::kCategoryCount;
    std::array<QString, kCategories> ids;
    std::array<bool, kCategories> enabled{};
    for (int c = 0; c < kCategories; ++c) {
        ids[c] = StructureRuleId::judged(SentenceModel::categories()[c]);
        enabled[c] = !disabled.contains(ids[c]);
    }
    QList<Finding> findings;
    const QStringList words = model.formWords(scan);
    for (int s = 0; s < scan.sentences().size(); ++s) {
        const auto [first, limit] = scan.sentenceTokens(s);
        if (first == limit)
            continue;
        const std::array<bool, SentenceModel::kLabelCount> labels = model.labels(scan, s, &words);
        for (const Section section : kSections) {
            if (labels[SentenceModel::sectionLabel(section)] && (questionCanCarry(section) || !scan.isQuestion(s)))
                sections[sectionIndex(section)].append(s);
        }
        for (int c = 0; c < kCategories; ++c) {
            if (labels[c] && enabled[c])
                findings.append(structureFinding(scan.text(), ids[c], scan.sentences()[s]));
        }
    }
    return findings;
}

// Where a rule or a structure check found a problem, it says it more precisely (its
// words, a fix) than the model's finding on the whole sentence: that one goes.
void dropJudgedBesideRuled(QList<Finding> &findings)
{
    const auto judged = [](const Finding &f) { return StructureRuleId::isJudged(f.rule); };
    struct Ruled {
        QList<Span> spans;             ///< the other findings of a category, by start
        QList<qsizetype> furthestEnd;  ///< the furthest end among spans[0..i]
    };
    QHash<QString, Ruled> ruled;
    for (const Finding &finding : std::as_const(findings)) {
        if (!judged(finding) && finding.end > finding.start)
            ruled[finding.category].spans.append({finding.start, finding.end});
    }
    for (Ruled &category : ruled) {
        std::sort(category.spans.begin(), category.spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        qsizetype furthest = 0;
        for (const Span &span : std::as_const(category.spans))
            category.furthestEnd.append(furthest = std::max(furthest, span.end));
    }
    findings.removeIf([&](const Finding &finding) {
        if (!judged(finding))
            return false;
        const auto it = ruled.constFind(finding.category);
        if (it == ruled.constEnd())
            return false;
        // A span starting inside the finding, or one starting before it that reaches in.
        const QList<Span> &spans = it->spans;
        const auto next = std::lower_bound(spans.begin(), spans.end(), finding.start,
                                           [](const Span &span, qsizetype at) { return span.start < at; });
        if (next != spans.end() && next->start < finding.end)
            return true;
        return next != spans.begin() && it->furthestEnd[next - spans.begin() - 1] > finding.start;
    });
}

// Two findings of one category on overlapping words say the same thing twice: keep one.
void removeOverlaps(QList<Finding> &findings)
{
    const auto byPosition = [&findings](int a, int b) {
        const Finding &x = findings[a];
        const Finding &y = findings[b];
        return x.start != y.start ? x.start < y.start : x.severity < y.severity;
    };
    // Errors first, since they decide whether a letter may leave: no warning that starts
    // earlier may hide one. Then by position, the more severe first where two start
    // together (the earlier match is usually the longer, more specific one, with the more
    // fitting advice). Each finding with words is kept unless a finding of its category
    // already kept covers some of the same words. (Sorted by number: a finding is large.)
    std::vector<int> order(findings.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool aError = findings[a].severity == Severity::Error;
        const bool bError = findings[b].severity == Severity::Error;
        return aError != bError ? aError : byPosition(a, b);
    });
    QHash<QString, std::map<qsizetype, qsizetype>> keptSpans; // category → kept start → end
    std::vector<int> kept;
    kept.reserve(order.size());
    for (const int index : order) {
        const Finding &finding = findings[index];
        if (finding.end > finding.start) {
            std::map<qsizetype, qsizetype> &spans = keptSpans[finding.category];
            // Kept spans do not overlap each other, so only the nearest on each side can
            // overlap this one.
            const auto next = spans.lower_bound(finding.start);
            if ((next != spans.end() && next->first < finding.end)
                || (next != spans.begin() && std::prev(next)->second > finding.start))
                continue;
            spans.emplace_hint(next, finding.start, finding.end);
        }
        kept.push_back(index);
    }
    std::stable_sort(kept.begin(), kept.end(), byPosition);
    QList<Finding> result;
    result.reserve(qsizetype(kept.size()));
    for (const int index : kept)
        result.append(std::move(findings[index]));
    findings = std::move(result);
}

// A plain letter has no case fields; the names it uses are in its greeting and its
// signature, so the words there are accepted — and only there (and what any letter
// accepts: AcceptedWords::forLetter()).
AcceptedWords namesOfPlainLetter(const TextScan &scan, const RuleSet &rules)
{
    AcceptedWords accepted = AcceptedWords::forLetter();
    const QString &text = scan.text();
    const QRegularExpressionMatch greeting = rules.structure().greetingLine.match(text);
    if (greeting.hasMatch())
        accepted.addWordsOf(greeting.capturedView());
    if (const qsizetype signature = signatureStart(scan, rules); signature >= 0)
        accepted.addWordsOf(QStringView(text).mid(signature));
    return accepted;
}

} // namespace

bool CheckResult::hasErrors() const
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Error; });
}

CheckSubject subjectFromDraft(const Draft &draft)
{
    return subjectFromLetter(draft, composeLetter(draft));
}

CheckSubject subjectFromLetter(const Draft &draft, const ComposedLetter &letter)
{
    const LetterText &layout = letter.plain;
    CheckSubject subject;
    subject.text = layout.text;
    subject.language = draft.language;
    for (const LetterText::Block &block : layout.blocks) {
        if (block.section)
            subject.sections.append({*block.section, block.span});
        else if (block.kind == BlockKind::Salutation && block.span.end > block.span.start)
            subject.greeting = block.span;
    }
    subject.draft = draft;
    return subject;
}

CheckSubject subjectFromText(const QString &text, const QString &language)
{
    CheckSubject subject;
    subject.text = text;
    subject.language = language;
    return subject;
}

const Dismissal *findDismissal(const Draft &draft, const Finding &finding)
{
    for (const Dismissal &dismissal : draft.dismissals) {
        if (dismissal.rule == finding.rule && dismissal.excerpt == finding.excerpt)
            return &dismissal;
    }
    return nullptr;
}

// A section said in a sentence whose own finding undoes it is not the letter's
// (sectionUndoneBy()): an apology that is itself a non-apology ("we apologise for any
// inconvenience", "sorry you feel that way") is no regret, and a sentence that shifts the
// blame or argues our case ("that is not our responsibility") owns no mistake. Its cues
// and the model's call there (@p judgedSections) do not count, unless the writer dismissed
// the finding: the findings as they will stand after the model's give way to the rules'
// and overlaps are settled, as at the end of Checker::check(). Returns the sections the
// letter seemed to have and now lacks.
static QList<Section> discountUndoneSections(const CheckSubject &subject, const TextScan &scan, const QList<Finding> &findings,
                                             SectionCoverage &coverage, std::array<QList<int>, kSections.size()> &judgedSections)
{
    QList<Section> lost;
    for (const Section section : kSections) {
        const QStringList undoing = sectionUndoneBy(section);
        if (undoing.isEmpty())
            continue;
        QList<Finding> undoingFindings;
        for (const Finding &finding : findings) {
            if (undoing.contains(finding.category))
                undoingFindings.append(finding);
        }
        if (undoingFindings.isEmpty())
            continue;
        dropJudgedBesideRuled(undoingFindings);
        removeOverlaps(undoingFindings);
        QSet<int> undone; // sentences
        for (const Finding &finding : std::as_const(undoingFindings)) {
            if (!(subject.draft && findDismissal(*subject.draft, finding)))
                undone.insert(scan.sentenceAt(finding.start));
        }
        const std::size_t index = sectionIndex(section);
        QList<int> &judged = judgedSections[index];
        const bool had = coverage.present[index] || !judged.isEmpty();
        QSet<int> emptied; // paragraphs that lost a cue of the section
        coverage.cues.removeIf([&](const SectionCoverage::Cue &cue) {
            if (cue.section != section || !undone.contains(scan.sentenceAt(cue.span.start)))
                return false;
            emptied.insert(scan.paragraphAt(cue.span.start));
            return true;
        });
        judged.removeIf([&](int sentence) { return undone.contains(sentence); });
        coverage.present[index] = !judged.isEmpty();
        for (const SectionCoverage::Cue &cue : std::as_const(coverage.cues)) {
            if (cue.section == section) {
                coverage.present[index] = true;
                emptied.remove(scan.paragraphAt(cue.span.start));
            }
        }
        for (const int paragraph : std::as_const(emptied)) {
            if (paragraph >= 0 && paragraph < coverage.paragraphSections.size())
                coverage.paragraphSections[paragraph].removeAll(section);
        }
        if (had && !coverage.present[index])
            lost.append(section);
    }
    return lost;
}

Checker::Checker(std::shared_ptr<const RuleSet> rules)
    : m_rules(std::move(rules))
    , m_model(SentenceModel::builtIn(m_rules->language()))
{
}

Checker::Checker(std::shared_ptr<const RuleSet> rules, std::shared_ptr<const SentenceModel> model)
    : m_rules(std::move(rules))
    , m_model(std::move(model))
{
}

CheckResult Checker::check(const CheckSubject &subject, CheckTools tools, const CheckOptions &options) const
{
    const RuleSet &rules = *m_rules;
    QSet<QString> disabled = options.disabledRules;
    for (const QString &id : rules.disabledByPacks())
        disabled.insert(id);

    const TextScan scan(subject.text, rules.scanRules());
    // The passes that need only the scan (spelling, the sentence model, the section cues,
    // the rules' regular expressions, readability) run on other cores while the phrase
    // patterns run here, when the text is long.
    const std::launch launch = subject.text.size() >= kParallelSize ? std::launch::async : std::launch::deferred;
    std::future<QList<Finding>> spelling;
    std::optional<AcceptedWords> accepted;
    if (tools.speller && options.spelling && !disabled.contains(QStringLiteral("spelling"))) {
        if (subject.draft) {
            accepted = tools.accepted ? *tools.accepted : AcceptedWords::forDraft(*subject.draft);
        } else {
            accepted = namesOfPlainLetter(scan, rules);
            if (tools.accepted)
                accepted->addAll(*tools.accepted);
        }
        const auto task = [&subject, &tools, &accepted, &options] {
            return findSpellingErrors(subject.text, *tools.speller, *accepted, options.maxSpellingSuggestions);
        };
        spelling = std::async(launch, task);
    }
    CheckResult result;
    const QList<int> ids = rules.vocabulary().tokenIds(scan);
    std::array<QList<int>, kSections.size()> judgedSections;
    std::future<QList<Finding>> judged;
    if (m_model) {
        judged = std::async(launch,
                            [this, &scan, &disabled, &judgedSections] { return judgedFindings(scan, *m_model, disabled, judgedSections); });
    }
    std::future<SectionCoverage> sections = std::async(launch, [&scan, &ids, &rules] { return detectSections(scan, ids, rules); });
    std::future<QList<std::pair<int, Span>>> regexes = std::async(launch, [&subject, &rules] { return regexMatches(subject.text, rules); });
    VowelGroupCounter fallback;
    SyllableCounter &syllables = tools.syllables ? *tools.syllables : fallback;
    std::future<Readability> readability = std::async(launch, [&scan, &subject, &syllables] {
        return measureReadability(scan, {0, subject.text.size()}, subject.language, syllables);
    });
    QList<Finding> findings = packFindings(scan, ids, rules, disabled, [&regexes] { return regexes.get(); });
    result.coverage = sections.get();
    if (judged.valid()) {
        findings += judged.get();
    }
    const bool regretOnlyInNonApologies = discountUndoneSections(subject, scan, findings, result.coverage, judgedSections).contains(Section::Regret);
    for (std::size_t k = 0; k < judgedSections.size(); ++k) {
        result.coverage.present[k] = result.coverage.present[k] || !judgedSections[k].isEmpty();
        // A paragraph the model finds a section in holds it, as one with its cue does: the
        // structure checks read it as the section's, and its findings are filed under it.
        for (const int sentence : std::as_const(judgedSections[k]))
            result.coverage.addToParagraph(scan.paragraphAt(scan.sentences()[sentence].start), kSections[k]);
    }
    const StructureContext context{subject, scan, ids, result.coverage, rules};

    result.metrics.readability = readability.get();
    result.metrics.readabilityMinimum = rules.structure().readabilityMinimum;
    result.metrics.readabilityMaximum = rules.structure().readabilityMaximum;
    result.metrics.words = bodyWordCount(context);
    result.metrics.sentences = result.metrics.readability.sentences;
    result.metrics.sectionsPresent = result.coverage.presentKeys();

    QList<Finding> structure = structureFindings(context) + readabilityFindings(context, result.metrics.readability);
    if (const std::optional<Draft> &caseOf = subject.draft ? subject.draft : subject.caseDetails)
        structure += factFindings(scan, caseOf->caseDetails, subject.language);
    if (spelling.valid())
        findings += spelling.get();
    for (const Finding &finding : structure) {
        // Whose only apologies are non-apologies is told so by their findings, with a fix;
        // "never says sorry" would not be true.
        if (!disabled.contains(finding.rule)
            && !(regretOnlyInNonApologies && finding.rule == StructureRuleId::missingSection(sectionKey(Section::Regret))))
            findings.append(finding);
    }
    dropJudgedBesideRuled(findings);
    removeOverlaps(findings);
    attributeSections(findings, subject, scan, result.coverage);
    result.findings.reserve(findings.size());
    for (Finding &finding : findings) {
        const Dismissal *dismissal = subject.draft ? findDismissal(*subject.draft, finding) : nullptr;
        if (dismissal)
            result.dismissed.append({std::move(finding), dismissal->reason, dismissal->author});
        else
            result.findings.append(std::move(finding));
    }
    return result;
}

} // namespace amends::core
