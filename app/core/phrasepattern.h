#pragma once

#include "textscan.h"
#include "wordstemmer.h"

#include <QByteArray>
#include <QDataStream>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace amends::core {

/// A phrase rule compiled to a small matcher over tokens (see resources/rules/README.md):
///
///   words        literal words, case-insensitive; apostrophes of any style; a
///                contraction matches its full form too ("don't" = "do not")
///   (a|b c)      one of several alternatives, each a phrase
///   [a|b]        optional
///   word~        the word and its inflections (charge, charges, charged, charging)
///   {list}       any entry of a named word list of the rule pack; {list}~ inflects
///                the last word of each entry
///   *            any one word;  **  up to three words
///   !word !(a|b) the next word is not one of these (matches nothing itself)
///   ^            the start of the sentence (matches nothing itself)
///   ?            only in a sentence that ends with a question mark (matches nothing)
///
/// A match never crosses a sentence boundary.
/// The words of a rule set, numbered: patterns and texts are matched by number, so a
/// word is hashed once per text, not once per pattern.
///
/// A word with several readings ("would|had", from "you'd") has a number of its own; a
/// pattern word matches it when the word is one of its readings.
class Vocabulary
{
public:
    /// Word forms for `word~` come from @p stemmer (Portuguese, Spanish) instead of the
    /// English inflection rules: every word with the word's stem matches. Set before
    /// any word is added.
    void setStemmer(std::shared_ptr<const WordStemmer> stemmer) { m_stemmer = std::move(stemmer); }
    const WordStemmer *stemmer() const { return m_stemmer.get(); }
    /// The word's number, adding it when new (while compiling).
    int add(const QString &word);
    /// The numbers a pattern word matches, sorted: its own, those of the words with
    /// several readings it is one of, and for such a word those of each reading.
    /// Words with several readings must be added before the patterns that use them.
    QList<int> matching(const QString &word);
    /// With a stemmer: the numbers `word~` matches — matching(word), every word added so
    /// far that shares its stem, and the stem's own number, which tokenIds() gives to
    /// words no pattern names literally. Add the patterns' literal words first
    /// (addWordsOf()) so that none is missed.
    QList<int> matchingForms(const QString &word);
    /// The word's number, or -1 for a word no pattern uses.
    int find(const QString &word) const { return m_ids.value(word, -1); }
    int size() const { return static_cast<int>(m_ids.size()); }
    /// Numbers for every token of @p scan (-1 for unknown words).
    QList<int> tokenIds(const TextScan &scan) const;

    /// Writes the numbered words for RuleSet::serialize(): what tokenIds() needs, not
    /// what add() and matching() keep to compile patterns, nor the stemmer.
    void write(QDataStream &out) const;
    /// Reads what write() wrote; the stemmer is set apart (setStemmer()). A vocabulary
    /// read numbers texts' words; it compiles no more patterns. False when the stream
    /// holds no such thing.
    bool read(QDataStream &in);

private:
    QHash<QString, int> m_ids;
    QHash<QString, QList<int>> m_readingOf; ///< reading → numbers of the words it is a reading of
    std::shared_ptr<const WordStemmer> m_stemmer;
    QHash<QString, QList<int>> m_byStem; ///< stem → numbers of the words added with it
};

class PhrasePattern
{
public:
    struct Node;
    class NodeTable;
    /// What the patterns of one rule set share while they compile: each word list and
    /// each word is parsed once, not at every use. Valid while the lists, scan rules
    /// and vocabulary stay as they were.
    class CompileCache
    {
    public:
        CompileCache();
        ~CompileCache();
        CompileCache(const CompileCache &) = delete;
        CompileCache &operator=(const CompileCache &) = delete;
        struct Data;
        Data &data() { return *m_data; }

    private:
        std::unique_ptr<Data> m_data;
    };

    struct Context {
        const QHash<QString, QStringList> *lists = nullptr;
        const ScanRules *scan = nullptr;
        Vocabulary *vocabulary = nullptr;
        CompileCache *cache = nullptr; ///< optional
    };

    /// Compiles @p source; on failure returns an empty pattern and sets @p error.
    static PhrasePattern compile(const QString &source, const Context &context, QString *error);

    bool isValid() const { return m_nodes != nullptr; }
    QString source() const { return QString::fromUtf8(m_source); }

    /// The longest match starting at token @p first, as one past its last token, or -1.
    /// @p ids are the text's token numbers (Vocabulary::tokenIds); @p sentence is the
    /// sentence holding @p first, whose end is never passed. A match spans at most 63 words.
    int longestMatch(const QList<int> &ids, int first, const SentenceBounds &sentence) const;

    /// Stands for "any word, or none" in startPairs().
    static constexpr int kAnyWord = -2;
    /// The first two words a match can start with, as word numbers; the second is
    /// kAnyWord when any word (or the end of the sentence) may follow the first.
    /// Empty when startsAnywhere(). Worked out at each call (only indexing needs them,
    /// once): a rule set keeps its patterns' starts in its index, not twice.
    QList<std::pair<int, int>> startPairs() const;
    bool startsAnywhere() const { return m_startsAnywhere; }
    /// Cheap pre-check before longestMatch(): false when the word after @p first rules
    /// a match out.
    bool mayMatchAt(const QList<int> &ids, int first, int limit) const;
    /// Whether a match can start at a word numbered @p id (cheap: no matching).
    bool canStartWith(int id) const;
    /// Where each word of one sentence last appears, for hasRequiredWords(): set once per
    /// sentence, asked for every pattern tried in it.
    class SentenceWords
    {
    public:
        /// Records the tokens [@p first, @p limit) of @p ids, forgetting the last sentence's.
        void reset(const QList<int> &ids, int first, int limit);
        /// The last of the recorded tokens numbered @p id, or -1.
        int lastPlace(int id) const
        {
            return id >= 0 && std::size_t(id) < m_places.size() && m_places[id].stamp == m_stamp ? m_places[id].token : -1;
        }

    private:
        struct Place {
            quint32 stamp = 0;
            int token = -1;
        };
        std::vector<Place> m_places; ///< by word number
        quint32 m_stamp = 0;
    };

    /// Cheap pre-check before longestMatch(): false when a word every match needs is
    /// missing from the tokens [first, limit). @p words, when given, holds the sentence's
    /// words (a quicker look-up for small word sets).
    bool hasRequiredWords(const QList<int> &ids, int first, int limit, const SentenceWords *words = nullptr) const;

    /// Writes compiled patterns for RuleSet::serialize(): each pattern where it is used,
    /// and the matcher nodes of all of them once, in a table that writeNodes() writes
    /// after them and a Reader reads before them.
    class Writer
    {
    public:
        Writer();
        ~Writer();
        Writer(const Writer &) = delete;
        Writer &operator=(const Writer &) = delete;
        void write(QDataStream &out, const PhrasePattern &pattern);
        void writeNodes(QDataStream &out) const;

    private:
        struct Data;
        std::unique_ptr<Data> m_data;
    };

    /// Reads what a Writer wrote: the node table first (readNodes()), then the patterns.
    class Reader
    {
    public:
        Reader();
        ~Reader();
        Reader(const Reader &) = delete;
        Reader &operator=(const Reader &) = delete;
        /// False when the table is malformed.
        bool readNodes(QDataStream &in);
        /// False when the pattern refers to no node of the table.
        bool read(QDataStream &in, PhrasePattern &pattern) const;

    private:
        struct Data;
        std::unique_ptr<Data> m_data;
    };

private:
    QByteArray m_source; ///< UTF-8: kept for diagnostics, at half the size
    /// The matcher's nodes, flat (see NodeTable in the source): the pattern's own, or the
    /// table every pattern of a rule set read from its compiled form shares.
    std::shared_ptr<const NodeTable> m_nodes;
    int m_root = -1;
    QList<int> m_firstWords;  ///< sorted; empty when m_startsAnywhere
    QList<int> m_secondWords; ///< sorted; empty: any second word (no pre-check)
    bool m_startsAnywhere = false;
    /// Word sets (sorted) that every match takes one word of: the rarest few of the
    /// pattern's words that are neither optional nor alternatives.
    QList<QList<int>> m_requiredWords;
};

/// Whether any of @p patterns matches somewhere in sentence @p sentence of @p scan.
bool matchesInSentence(const QList<PhrasePattern> &patterns, const TextScan &scan, const QList<int> &ids, int sentence);

/// matchesInSentence() asked once for each list of patterns (named by @p list) and
/// sentence of one scan: a long sentence with many matches of a rule would otherwise be
/// scanned again for each, in time growing with the square of its length.
class SentenceMatches
{
public:
    SentenceMatches(const TextScan &scan, const QList<int> &ids)
        : m_scan(scan)
        , m_ids(ids)
    {
    }
    bool matches(int list, const QList<PhrasePattern> &patterns, int sentence);

private:
    const TextScan &m_scan;
    const QList<int> &m_ids;
    QHash<quint64, bool> m_known;
};

/// The inflected forms of an English-like word: "charge" → charges, charged, charging.
QStringList inflections(const QString &word);

} // namespace amends::core
