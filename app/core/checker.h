#pragma once

#include "draft.h"
#include "finding.h"
#include "readability.h"
#include "ruleset.h"
#include "sectioncoverage.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace amends::core {

class AcceptedWords;
class Speller;

/// What is checked: the text, its language and, for a draft, where each section is and
/// the draft itself (names, dates, required fields, dismissed findings).
struct CheckSubject {
    QString text;
    QString language = QStringLiteral("en-US");
    struct SectionSpan {
        Section section;
        Span span;
    };
    QList<SectionSpan> sections; ///< Known for drafts; empty for plain text.
    Span greeting{-1, -1};       ///< The salutation line of a draft, when known.
    std::optional<Draft> draft;
};

/// A draft is checked as its composed plain text (DESIGN.md): offsets point into it.
CheckSubject subjectFromDraft(const Draft &draft);
CheckSubject subjectFromText(const QString &text, const QString &language);

struct CheckOptions {
    QSet<QString> disabledRules;
    bool spelling = true;
    int maxSpellingSuggestions = 5;
};

/// Services the checker may use; every pointer may be null (then that part is skipped
/// or a simpler method is used). Not thread-safe: one per thread.
struct CheckTools {
    Speller *speller = nullptr;
    SyllableCounter *syllables = nullptr;
    /// Words the speller must accept (names, personal dictionary); for a draft without
    /// them, its own field values are accepted.
    const AcceptedWords *accepted = nullptr;
};

struct DismissedFinding {
    Finding finding;
    QString reason;
    QString author;
};

struct CheckMetrics {
    int words = 0;
    int sentences = 0;
    Readability readability;
    double readabilityMinimum = 0.0;
    double readabilityMaximum = 0.0;
    QStringList sectionsPresent;
};

struct CheckResult {
    QList<Finding> findings; ///< In text order.
    QList<DismissedFinding> dismissed;
    CheckMetrics metrics;
    SectionCoverage coverage;
    bool hasErrors() const;
};

/// Runs every check of a language on a text: rule packs, structure, readability and
/// (with a speller) spelling. Immutable and thread-safe; the tools are per call.
class Checker
{
public:
    explicit Checker(std::shared_ptr<const RuleSet> rules);

    CheckResult check(const CheckSubject &subject, CheckTools tools = {}, const CheckOptions &options = {}) const;
    const RuleSet &rules() const { return *m_rules; }

private:
    std::shared_ptr<const RuleSet> m_rules;
};

/// Finds the dismissal in @p draft that covers @p finding (same rule, same words).
const Dismissal *findDismissal(const Draft &draft, const Finding &finding);

} // namespace amends::core
