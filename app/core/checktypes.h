#pragma once

#include "draft.h"
#include "finding.h"
#include "readability.h"
#include "sectioncoverage.h"
#include "textscan.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace amends::core {

class AcceptedWords;
class Speller;
class SyllableCounter;

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
    /// For plain text: the case the letter answers, when known (its case fields only),
    /// so that the letter's facts can be checked against it. A draft is its own case.
    std::optional<Draft> caseDetails;
};

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
    /// Words the speller must accept (names, personal dictionary). For a draft without
    /// them, its own field values are accepted; for plain text, the names in its
    /// greeting and signature are accepted as well.
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

} // namespace amends::core
