#include "patternindex.h"

namespace amends::core {

void PatternIndex::add(const PhrasePattern &pattern, int tag)
{
    const int index = static_cast<int>(m_patterns.size());
    m_patterns.append({pattern, tag});
    if (pattern.startsAnywhere()) {
        m_anywhere.append(index);
        return;
    }
    for (int word : pattern.firstWords())
        m_byFirstWord[word].append(index);
}

void PatternIndex::scan(const TextScan &text, const QList<int> &ids, const std::function<void(int, int, int)> &found) const
{
    const QList<Token> &tokens = text.tokens();
    for (int i = 0; i < tokens.size(); ++i) {
        const int limit = text.sentenceTokens(tokens[i].sentence).second;
        const auto tryPattern = [&](int index) {
            const auto &[pattern, tag] = m_patterns[index];
            if (!pattern.mayMatchAt(ids, i, limit))
                return;
            const int end = pattern.longestMatch(ids, i, limit);
            if (end > i)
                found(tag, i, end);
        };
        if (const auto it = m_byFirstWord.constFind(ids[i]); ids[i] >= 0 && it != m_byFirstWord.constEnd()) {
            for (int index : *it)
                tryPattern(index);
        }
        for (int index : m_anywhere)
            tryPattern(index);
    }
}

} // namespace amends::core
