#include "patternindex.h"

#include <QVarLengthArray>

#include <algorithm>
#include <iterator>

namespace amends::core {

void PatternIndex::add(const PhrasePattern &pattern, int tag)
{
    const int index = static_cast<int>(m_patterns.size());
    m_patterns.append({pattern, tag});
    if (pattern.startsAnywhere()) {
        m_anywhere.append(index);
        return;
    }
    for (const auto &[first, second] : pattern.startPairs()) {
        if (first >= static_cast<int>(m_byFirstWord.size()))
            m_byFirstWord.resize(first + 1);
        Start &start = m_byFirstWord[first];
        (second == PhrasePattern::kAnyWord ? start.anySecond : start.bySecond[second]).append(index);
    }
}

void PatternIndex::scan(const TextScan &text, const QList<int> &ids, const std::function<void(int, int, int)> &found) const
{
    scan(text, ids, 0, static_cast<int>(text.tokens().size()), found);
}

void PatternIndex::scan(const TextScan &text, const QList<int> &ids, int firstToken, int endToken,
                        const std::function<void(int, int, int)> &found) const
{
    const QList<Token> &tokens = text.tokens();
    const int byFirstWord = static_cast<int>(m_byFirstWord.size());
    QVarLengthArray<int, 64> candidates;
    const int end = std::min(endToken, static_cast<int>(tokens.size()));
    int sentence = -1;
    SentenceBounds bounds;
    for (int i = std::max(0, firstToken); i < end; ++i) {
        if (tokens[i].sentence != sentence) {
            sentence = tokens[i].sentence;
            bounds = text.sentenceBounds(sentence);
        }
        const int limit = bounds.limit;
        candidates.clear();
        if (const int word = ids[i]; word >= 0 && word < byFirstWord) {
            const Start &start = m_byFirstWord[word];
            const QList<int> *paired = nullptr;
            if (i + 1 < limit && !start.bySecond.isEmpty()) {
                if (const auto it = start.bySecond.constFind(ids[i + 1]); it != start.bySecond.constEnd())
                    paired = &*it;
            }
            if (paired) {
                std::merge(start.anySecond.begin(), start.anySecond.end(), paired->begin(), paired->end(),
                           std::back_inserter(candidates));
            } else {
                candidates.append(start.anySecond.constData(), start.anySecond.size());
            }
        }
        const auto tryPattern = [&](int index) {
            const auto &[pattern, tag] = m_patterns[index];
            if (!pattern.hasRequiredWords(ids, i, limit))
                return;
            const int matchEnd = pattern.longestMatch(ids, i, bounds);
            if (matchEnd > i)
                found(tag, i, matchEnd);
        };
        for (int index : candidates)
            tryPattern(index);
        for (int index : m_anywhere) {
            if (m_patterns[index].first.mayMatchAt(ids, i, limit))
                tryPattern(index);
        }
    }
}

} // namespace amends::core
