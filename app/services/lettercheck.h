#pragma once

#include "checkinput.h"

#include "core/acceptedwords.h"
#include "core/checker.h"

#include <QFuture>
#include <QList>
#include <QSet>
#include <QThreadPool>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace amends::core {
class Settings;
class Speller;
} // namespace amends::core

namespace amends::services {

/// What a check covers. Decided here, once, for every caller: the window, the
/// plain-letter dialog, training and `amends-cli`.
struct LetterCheckOptions {
    /// Packs added to the built-in rules of their language.
    QStringList houseRuleFiles;
    /// Rule ids switched off ("spelling" switches spelling off).
    QSet<QString> disabledRules;
    bool spelling = true;
    /// Corrections per misspelled word; 0 when they are computed on demand elsewhere.
    int maxSpellingSuggestions = 5;
    /// Where the built-in packs are, one folder per language: the packs compiled into
    /// Amends, or a folder of packs being written (resources/rules).
    QString rulesRoot = QStringLiteral(":/rules");
    /// Whether the sentence model judges what the rules miss (core::SentenceModel).
    bool sentenceModel = true;
    /// A model to use instead of the one built in for each language (one being trained).
    std::shared_ptr<const core::SentenceModel> model;
    /// For a process that runs one check and ends, which has called
    /// processheap::keepFreedMemory(): checkAll() loads the dictionary into memory backed
    /// by transparent huge pages (processheap.h), which spares most of the page faults
    /// loading it takes, for up to 2 MB more memory.
    bool dictionaryOnHugePages = false;

    /// The user's choices in the application: house rule packs and switched-off rules.
    static LetterCheckOptions fromSettings(const core::Settings &settings);
    /// The built-in rules alone, without spelling: what training shows, the same for
    /// every user.
    static LetterCheckOptions builtInOnly();
};

struct CheckOutput {
    CheckInput input;
    core::CheckResult result;
};

/// The one letter-check service. It owns the rule sets of each language (loaded once
/// and shared), lends each check a speller and a syllable counter from a pool (a
/// dictionary is loaded once per process), and applies its options to every check.
///
/// Thread-safe: check() may run on several threads at once.
class LetterCheck
{
public:
    explicit LetterCheck(LetterCheckOptions options = {});
    ~LetterCheck();

    const LetterCheckOptions &options() const { return m_options; }
    /// New options; rule sets are loaded again when the house packs change.
    void setOptions(LetterCheckOptions options);

    /// The rules of @p language (a tag such as en-US; its base language's packs),
    /// including the house packs. Never null: errors() lists what could not be read.
    std::shared_ptr<const core::RuleSet> rules(const QString &language) const;
    /// The sentence model that checks @p language: the options' model, else the one built
    /// in for it (read on first use); null when the options switch the model off or the
    /// language has none.
    std::shared_ptr<const core::SentenceModel> sentenceModel(const QString &language) const;

    /// Spelling the caller already has: the editors' dictionary and the words the
    /// writer accepted (case fields, personal dictionary, "Ignore all"), so the check
    /// marks what the editor marks. Used on the caller's thread only.
    struct Spelling {
        core::Speller *speller = nullptr;
        const core::AcceptedWords *accepted = nullptr;
    };

    /// Checks one letter on the calling thread. Without @p spelling, a speller of
    /// the letter's language is taken from the pool (when spelling is on and a
    /// dictionary is installed).
    core::CheckResult check(const core::CheckSubject &subject, std::optional<Spelling> spelling = std::nullopt) const;

    /// Spelling for a check on another thread: a speller that is thread-safe (the
    /// editors' CachingSpeller, shared) and a copy of the words the writer accepted.
    struct SharedSpelling {
        std::shared_ptr<core::Speller> speller;
        core::AcceptedWords accepted;
    };

    /// Checks one letter on this service's own background thread, one check at a time
    /// in the order asked, so a window stays responsive while a long letter is checked.
    /// The rules are loaded there too the first time. Destroying the service, or
    /// changing its options, waits for the checks under way.
    QFuture<core::CheckResult> checkInBackground(core::CheckSubject subject, std::optional<SharedSpelling> spelling) const;

    /// Checks many letters in parallel on every core, in the order given. Returns an
    /// empty list with @p error set when a language's rules cannot all be read.
    QList<CheckOutput> checkAll(const QList<CheckInput> &inputs, QString *error) const;

private:
    struct RuleCache;

    /// check() with @p suggestions corrections a misspelling at most.
    core::CheckResult check(const core::CheckSubject &subject, std::optional<Spelling> spelling, int suggestions) const;

    LetterCheckOptions m_options;
    std::unique_ptr<RuleCache> m_rules;
    mutable QThreadPool m_background;
};

} // namespace amends::services
