#include "patternindex.h"

#include "compiledform.h"

#include <QVarLengthArray>

#include <algorithm>
#include <iterator>
#include <numeric>

namespace amends::core {

PatternIndex::PatternIndex(QList<Tagged> patterns) : m_patterns(std::move(patterns))
{
    // Counted by first word, then placed: one array, no list per word or pair.
    std::vector<QList<std::pair<int, int>>> pairs;
    pairs.reserve(m_patterns.size());
    int words = 0;
    std::size_t starts = 0;
    for (const auto &[pattern, tag] : std::as_const(m_patterns)) {
        pairs.push_back(pattern.startPairs());
        for (const auto &[first, second] : std::as_const(pairs.back()))
            words = std::max(words, first + 1);
        starts += pairs.back().size();
    }
    m_offsets.assign(words + 1, 0);
    for (const QList<std::pair<int, int>> &patternPairs : pairs) {
        for (const auto &[first, second] : patternPairs)
            ++m_offsets[first + 1];
    }
    std::partial_sum(m_offsets.begin(), m_offsets.end(), m_offsets.begin());
    m_starts.resize(starts);
    std::vector<int> next(m_offsets.begin(), m_offsets.end() - 1);
    for (int index = 0; index < static_cast<int>(m_patterns.size()); ++index) {
        if (m_patterns[index].first.startsAnywhere())
            m_anywhere.push_back(index);
        for (const auto &[first, second] : std::as_const(pairs[index]))
            m_starts[next[first]++] = {second, index};
    }
    for (int word = 0; word < words; ++word)
        std::sort(m_starts.begin() + m_offsets[word], m_starts.begin() + m_offsets[word + 1]);
}

void PatternIndex::write(QDataStream &out) const
{
    compiledform::writeArray(out, m_offsets);
    compiledform::writeArray(out, m_starts);
    compiledform::writeArray(out, m_anywhere);
}

bool PatternIndex::read(QList<Tagged> patterns, QDataStream &in)
{
    m_patterns = std::move(patterns);
    if (!compiledform::readArray(in, m_offsets) || !compiledform::readArray(in, m_starts) || !compiledform::readArray(in, m_anywhere)
        || m_offsets.empty() || m_offsets.front() != 0 || m_offsets.back() != static_cast<int>(m_starts.size())
        || !std::is_sorted(m_offsets.begin(), m_offsets.end()))
        return false;
    const int count = static_cast<int>(m_patterns.size());
    const auto known = [count](int pattern) { return pattern >= 0 && pattern < count; };
    return std::all_of(m_starts.begin(), m_starts.end(), [&](const Start &start) { return known(start.pattern); })
           && std::all_of(m_anywhere.begin(), m_anywhere.end(), known);
}

void PatternIndex::scan(const TextScan &text, const QList<int> &ids, const std::function<void(int, int, int)> &found) const
{
    scan(text, ids, 0, static_cast<int>(text.tokens().size()), found);
}

void PatternIndex::scan(const TextScan &text, const QList<int> &ids, int firstToken, int endToken,
                        const std::function<void(int, int, int)> &found) const
{
    const QList<Token> &tokens = text.tokens();
    const int words = static_cast<int>(m_offsets.size()) - 1;
    const auto byPattern = [](const Start &a, const Start &b) { return a.pattern < b.pattern; };
    QVarLengthArray<Start, 64> candidates;
    const int end = std::min(endToken, static_cast<int>(tokens.size()));
    int sentence = -1;
    SentenceBounds bounds;
    PhrasePattern::SentenceWords sentenceWords;
    for (int i = std::max(0, firstToken); i < end; ++i) {
        if (tokens[i].sentence != sentence) {
            sentence = tokens[i].sentence;
            bounds = text.sentenceBounds(sentence);
            sentenceWords.reset(ids, bounds.first, bounds.limit);
        }
        const int limit = bounds.limit;
        candidates.clear();
        if (const int word = ids[i]; word >= 0 && word < words) {
            const Start *begin = m_starts.data() + m_offsets[word];
            const Start *last = m_starts.data() + m_offsets[word + 1];
            const auto paired = std::partition_point(begin, last, [](const Start &s) { return s.second == PhrasePattern::kAnyWord; });
            if (i + 1 < limit && ids[i + 1] >= 0 && paired != last) {
                const int second = ids[i + 1];
                const auto from = std::partition_point(paired, last, [second](const Start &s) { return s.second < second; });
                const auto to = std::partition_point(from, last, [second](const Start &s) { return s.second == second; });
                std::merge(begin, paired, from, to, std::back_inserter(candidates), byPattern);
            } else {
                candidates.append(begin, paired - begin);
            }
        }
        const auto tryPattern = [&](int index) {
            const auto &[pattern, tag] = m_patterns[index];
            if (!pattern.hasRequiredWords(ids, i, limit, &sentenceWords))
                return;
            const int matchEnd = pattern.longestMatch(ids, i, bounds);
            if (matchEnd > i)
                found(tag, i, matchEnd);
        };
        for (const Start &start : candidates)
            tryPattern(start.pattern);
        for (int index : m_anywhere) {
            if (m_patterns[index].first.mayMatchAt(ids, i, limit))
                tryPattern(index);
        }
    }
}

} // namespace amends::core
