#include "cachingspeller.h"

namespace amends::core {

namespace {

// A copy that owns its characters, safe to keep after a raw-data string's buffer is gone.
QString ownedCopy(const QString &word)
{
    return QString(word.constData(), word.size());
}

} // namespace

CachingSpeller::CachingSpeller(std::unique_ptr<Speller> inner, qsizetype capacity, std::shared_ptr<SharedSuggestions> shared)
    : m_inner(std::move(inner))
    , m_capacity(qMax<qsizetype>(1, capacity))
    , m_shared(std::move(shared))
{
}

QString CachingSpeller::language() const
{
    return m_inner->language();
}

qsizetype CachingSpeller::cachedWords() const
{
    const QMutexLocker lock(&m_mutex);
    return m_correct.size();
}

bool CachingSpeller::isCorrect(const QString &word)
{
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_correct.constFind(word); it != m_correct.constEnd())
        return it.value();
    const bool correct = m_inner->isCorrect(word);
    if (m_correct.size() >= m_capacity)
        m_correct.clear();
    m_correct.insert(ownedCopy(word), correct);
    return correct;
}

QStringList CachingSpeller::suggestions(const QString &word, int max)
{
    if (max <= 0)
        return {};
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_suggestions.constFind(word); it != m_suggestions.constEnd()) {
        if (correctionsAnswer(it->max, it->words, max))
            return it->words.mid(0, max);
    }
    const QStringList words = m_shared ? m_shared->suggestions(word, max, [&](int n) { return m_inner->suggestions(word, n); })
                                       : m_inner->suggestions(word, max);
    if (m_suggestions.size() >= kSuggestionCapacity)
        m_suggestions.clear();
    m_suggestions.insert(ownedCopy(word), {max, words});
    return words;
}

} // namespace amends::core
