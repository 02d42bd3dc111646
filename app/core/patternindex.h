#pragma once

#include "phrasepattern.h"

#include <QHash>
#include <QList>

#include <functional>

namespace amends::core {

/// Many phrase patterns indexed by the words they can start with, so a text is matched
/// against all of them in one pass: each word looks up only the patterns that can start
/// there.
class PatternIndex
{
public:
    /// @p tag is reported with every match of @p pattern.
    void add(const PhrasePattern &pattern, int tag);
    bool isEmpty() const { return m_patterns.isEmpty(); }

    /// Calls @p found(tag, firstToken, endToken) for the longest match of every pattern
    /// at every token, in text order.
    /// @p ids are the text's token numbers in the patterns' vocabulary.
    void scan(const TextScan &text, const QList<int> &ids, const std::function<void(int tag, int first, int end)> &found) const;

private:
    QList<std::pair<PhrasePattern, int>> m_patterns;
    QHash<int, QList<int>> m_byFirstWord; ///< word number → indices into m_patterns
    QList<int> m_anywhere;
};

} // namespace amends::core
