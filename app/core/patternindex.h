#pragma once

#include "phrasepattern.h"

#include <QHash>
#include <QList>

#include <functional>
#include <vector>

namespace amends::core {

/// Many phrase patterns indexed by the two words they can start with, so a text is
/// matched against all of them in one pass: each word looks up only the patterns that
/// can start there and then go on with the word that follows.
class PatternIndex
{
public:
    /// @p tag is reported with every match of @p pattern.
    void add(const PhrasePattern &pattern, int tag);
    bool isEmpty() const { return m_patterns.isEmpty(); }

    /// Calls @p found(tag, firstToken, endToken) for the longest match of every pattern
    /// at every token, in text order (at one token, in the order the patterns were added,
    /// those that can start anywhere last).
    /// @p ids are the text's token numbers in the patterns' vocabulary.
    void scan(const TextScan &text, const QList<int> &ids, const std::function<void(int tag, int first, int end)> &found) const;
    /// The same for matches that start at tokens [@p firstToken, @p endToken) only.
    void scan(const TextScan &text, const QList<int> &ids, int firstToken, int endToken,
              const std::function<void(int tag, int first, int end)> &found) const;

private:
    /// Patterns (indices into m_patterns, ascending) that can start with one word.
    struct Start {
        QList<int> anySecond;             ///< whatever word follows
        QHash<int, QList<int>> bySecond; ///< only when this word follows
    };

    QList<std::pair<PhrasePattern, int>> m_patterns;
    std::vector<Start> m_byFirstWord; ///< by word number
    QList<int> m_anywhere;
};

} // namespace amends::core
