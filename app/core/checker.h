#pragma once

#include "checktypes.h"
#include "ruleset.h"

#include <QString>

#include <memory>

namespace amends::core {

struct ComposedLetter;
class SentenceModel;

/// A draft is checked as its composed plain text: offsets point into it.
CheckSubject subjectFromLetter(const Draft &draft, const ComposedLetter &letter);
/// The same, composing the letter first.
CheckSubject subjectFromDraft(const Draft &draft);
CheckSubject subjectFromText(const QString &text, const QString &language);

/// Runs every check of a language on a text: rule packs, structure, readability and
/// (with a speller) spelling. Immutable and thread-safe; the tools are per call.
class Checker
{
public:
    /// With the sentence model shipped for the rules' language, if there is one.
    explicit Checker(std::shared_ptr<const RuleSet> rules);
    /// With @p model (null: rules alone).
    Checker(std::shared_ptr<const RuleSet> rules, std::shared_ptr<const SentenceModel> model);

    CheckResult check(const CheckSubject &subject, CheckTools tools = {}, const CheckOptions &options = {}) const;
    const RuleSet &rules() const { return *m_rules; }

private:
    std::shared_ptr<const RuleSet> m_rules;
    std::shared_ptr<const SentenceModel> m_model;
};

/// Finds the dismissal in @p draft that covers @p finding (same rule, same words).
const Dismissal *findDismissal(const Draft &draft, const Finding &finding);

} // namespace amends::core
