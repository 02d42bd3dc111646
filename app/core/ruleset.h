#pragma once

#include "finding.h"
#include "patternindex.h"
#include "phrasepattern.h"
#include "textscan.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

namespace amends::core {

/// The fixed vocabulary of finding categories (docs/ARCHITECTURE.md, "Command line contract").
const QStringList &findingCategories();

struct RuleExample {
    QString bad;
    QString good;
};

/// One rule of a rule pack: what to look for, and what to tell the writer.
struct Rule {
    QString id;
    QString category;
    Severity severity = Severity::Warning;
    QList<PhrasePattern> patterns;
    QList<QRegularExpression> regexes;
    QList<PhrasePattern> unless; ///< Any of these in the same sentence cancels a match.
    QString message;             ///< May contain {match}, replaced by the matched words.
    QString explanation;
    QString source;              ///< Where the reasoning comes from.
    QStringList suggestions;     ///< Replacements for the matched words.
    QStringList badExamples;
    QStringList goodExamples;
    QString packName;            ///< The pack the rule came from.
    /// A house rule that must match somewhere: its finding reports the absence.
    bool required = false;
};

/// Data the structure checks read per language: section cues, greetings, targets.
struct StructureData {
    QHash<QString, QList<PhrasePattern>> sectionCues; ///< section key → cues
    /// section key → patterns that, in the same sentence, show a cue is not that section
    /// ("support" in "our support team was closed" offers no contact)
    QHash<QString, QList<PhrasePattern>> sectionCuesUnless;
    QList<PhrasePattern> apologyCues;
    QList<PhrasePattern> genericGreetings;
    QList<PhrasePattern> channelCues;
    QList<QRegularExpression> specificsRegex; ///< an amount or a date
    QList<QRegularExpression> channelRegex;   ///< a phone number or an email address
    QRegularExpression greetingLine{QStringLiteral("(?!)")}; ///< a line that opens a letter ("Dear …"); none by default
    QRegularExpression closingLine{QStringLiteral("(?!)")};  ///< a line that closes it ("Kind regards,")
    QStringList acronymAllowList;
    /// Everyday words written in capitals for emphasis ("SO sorry", "a LOT"): shouting,
    /// not acronyms to explain.
    QStringList emphasisWords;
    /// Words after which a word in capitals is a keyword to type or text ("Reply YES",
    /// "text STOP to 60060"), normalised as TextScan::norm(): taken as written, neither
    /// shouting nor acronym.
    QStringList keywordCues;
    /// The language's reading-ease formula as the catalogue explains it: why the band,
    /// and where the formula comes from. Empty: the English texts (Flesch).
    QString readabilityExplanation;
    QString readabilitySource;
    double readabilityMinimum = 60.0;
    double readabilityMaximum = 80.0;
    int longSentenceWords = 25;
    int shortLetterWords = 80;
    int longLetterWords = 600;
    int maxApologies = 3;
    int promptBusinessDays = 2;
};

/// Every rule pack of one language merged, ready to check texts: immutable once built
/// and shared by all threads.
class RuleSet
{
public:
    /// Loads `:/rules/<data language>/*.json` plus @p extraFiles (house rules).
    /// Problems (bad JSON, unknown category, pattern errors) go to errors().
    ///
    /// The built-in packs alone (no extra files, the default root) come from their
    /// compiled form, `:/compiled-rules/<data language>.rules`, when the program embeds
    /// one made from these very packs (see loadBuiltIn()); otherwise they are compiled.
    static std::shared_ptr<const RuleSet> load(const QString &dataLanguage, const QStringList &extraFiles = {},
                                               const QString &root = QStringLiteral(":/rules"));
    /// The same with the word forms of `word~` given by @p stemmer instead of the
    /// language's own (to compare stemmers); always compiled.
    static std::shared_ptr<const RuleSet> load(const QString &dataLanguage, std::shared_ptr<const WordStemmer> stemmer);
    /// Compiles the packs as load() does, never reading a compiled form.
    static std::shared_ptr<const RuleSet> compile(const QString &dataLanguage, const QStringList &extraFiles = {},
                                                  const QString &root = QStringLiteral(":/rules"));
    /// The built-in packs of @p dataLanguage from the compiled form in @p compiledFile when
    /// it is one of this format made from the packs under `:/rules` as they are now;
    /// compiled from the packs when it is missing, damaged or stale.
    static std::shared_ptr<const RuleSet> loadBuiltIn(const QString &dataLanguage, const QString &compiledFile);

    /// A digest of the pack files of @p dataLanguage under @p root, names and bytes: what
    /// a compiled form records to be used only with the packs it was made from.
    static QByteArray packsHash(const QString &dataLanguage, const QString &root = QStringLiteral(":/rules"));
    /// The compiled form: everything the set holds, behind a header with the format
    /// version, @p packsHash and a checksum of the rest.
    QByteArray serialize(const QByteArray &packsHash) const;
    /// A set from serialize()'s bytes, or nullptr with @p error set when they are not a
    /// compiled form of this format, are damaged, or were made from packs whose digest is
    /// not @p packsHash.
    static std::shared_ptr<const RuleSet> deserialize(const QByteArray &bytes, const QByteArray &packsHash, QString *error);
    /// Whether the set was read from a compiled form rather than compiled from its packs.
    bool isFromCompiledForm() const { return m_fromCompiledForm; }

    QString language() const { return m_language; }
    const QList<Rule> &rules() const { return m_rules; }
    const Rule *rule(const QString &id) const;
    const ScanRules &scanRules() const { return m_scan; }
    /// Every word the patterns use, numbered.
    const Vocabulary &vocabulary() const { return m_vocabulary; }
    const StructureData &structure() const { return m_structure; }
    /// Rules that house packs asked to switch off.
    const QStringList &disabledByPacks() const { return m_disabled; }
    QStringList errors() const { return m_errors; }

    /// Every rule pattern; the tag is the rule's index in rules().
    const PatternIndex &ruleIndex() const { return m_ruleIndex; }
    /// Section cues; the tag is the section's index (Section as int).
    const PatternIndex &sectionCueIndex() const { return m_cueIndex; }
    /// Tag 0: apology, 1: generic greeting, 2: contact channel.
    enum CueKind { ApologyCue, GenericGreetingCue, ChannelCue };
    const PatternIndex &cueIndex() const { return m_otherCues; }

private:
    static std::shared_ptr<const RuleSet> compile(const QString &dataLanguage, const QStringList &extraFiles, const QString &root,
                                                  std::shared_ptr<const WordStemmer> stemmer);

    friend class RulePackReader;
    /// The patterns of ruleIndex(), sectionCueIndex() and cueIndex(), tagged.
    std::array<QList<PatternIndex::Tagged>, 3> indexedPatterns() const;
    void index();

    QString m_language;
    QList<Rule> m_rules;
    ScanRules m_scan;
    Vocabulary m_vocabulary;
    StructureData m_structure;
    QStringList m_disabled;
    QStringList m_errors;
    PatternIndex m_ruleIndex;
    PatternIndex m_cueIndex;
    PatternIndex m_otherCues;
    bool m_fromCompiledForm = false;
};

} // namespace amends::core
