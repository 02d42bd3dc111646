#pragma once

#include "phrasepattern.h"

#include <QDataStream>
#include <QList>

#include <functional>
#include <utility>
#include <vector>

namespace amends::core {

/// Many phrase patterns indexed by the two words they can start with, so a text is
/// matched against all of them in one pass: each word looks up only the patterns that
/// can start there and then go on with the word that follows.
///
/// Immutable once built: the start pairs of all patterns are kept in one sorted array,
/// grouped by first word (a few bytes a pair, one allocation however many patterns).
class PatternIndex
{
public:
    /// A pattern and the tag reported with every match of it.
    using Tagged = std::pair<PhrasePattern, int>;

    PatternIndex() = default;
    /// Indexes @p patterns; at one token they are tried in this order.
    explicit PatternIndex(QList<Tagged> patterns);

    bool isEmpty() const { return m_patterns.isEmpty(); }

    /// Writes the index, not its patterns, for RuleSet::serialize().
    void write(QDataStream &out) const;
    /// Takes the index write() wrote over @p patterns, the same in the same order: no
    /// sorting. False when the stream holds no index of them.
    bool read(QList<Tagged> patterns, QDataStream &in);

    /// Calls @p found(tag, firstToken, endToken) for the longest match of every pattern
    /// at every token, in text order (at one token, in the order the patterns were given,
    /// those that can start anywhere last).
    /// @p ids are the text's token numbers in the patterns' vocabulary.
    void scan(const TextScan &text, const QList<int> &ids, const std::function<void(int tag, int first, int end)> &found) const;
    /// The same for matches that start at tokens [@p firstToken, @p endToken) only.
    void scan(const TextScan &text, const QList<int> &ids, int firstToken, int endToken,
              const std::function<void(int tag, int first, int end)> &found) const;

private:
    /// A pattern (index into m_patterns) that can start with a given first word, when
    /// word @c second follows it (PhrasePattern::kAnyWord: whatever follows).
    struct Start {
        int second;
        int pattern;
        friend bool operator<(const Start &a, const Start &b)
        {
            return a.second != b.second ? a.second < b.second : a.pattern < b.pattern;
        }
    };

    QList<Tagged> m_patterns;
    /// The starts of first word w are m_starts[m_offsets[w], m_offsets[w + 1]), sorted by
    /// second word then pattern, so those for any second word (kAnyWord, the lowest) lead.
    std::vector<int> m_offsets;
    std::vector<Start> m_starts;
    std::vector<int> m_anywhere; ///< patterns that can start with any word, ascending
};

} // namespace amends::core
