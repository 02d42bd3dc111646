#pragma once

#include "sharedsuggestions.h"
#include "speller.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace amends::core {

/// A speller that remembers its answers, so a word that recurs costs one hash lookup.
/// Suggestions, which are slow, are remembered too. Both caches are emptied when
/// they reach their capacity, which bounds memory on large texts of unique words.
/// Thread-safe: calls are serialised, so the editors and a check running on another
/// thread can share one speller (the wrapped speller is only ever called by one thread
/// at a time). Spellers of one language on different threads may also share the
/// corrections they work out (SharedSuggestions).
class CachingSpeller : public Speller
{
public:
    static constexpr qsizetype kDefaultCapacity = 200'000;
    static constexpr qsizetype kSuggestionCapacity = 512;

    explicit CachingSpeller(std::unique_ptr<Speller> inner, qsizetype capacity = kDefaultCapacity,
                            std::shared_ptr<SharedSuggestions> shared = nullptr);

    QString language() const override;
    /// @p word may be a raw-data string (QString::fromRawData); the cache keeps a copy.
    bool isCorrect(const QString &word) override;
    QStringList suggestions(const QString &word, int max = 8) override;

    qsizetype cachedWords() const;

private:
    struct Suggestions {
        int max = 0;
        QStringList words;
    };

    mutable QMutex m_mutex;
    std::unique_ptr<Speller> m_inner;
    qsizetype m_capacity;
    QHash<QString, bool> m_correct;
    QHash<QString, Suggestions> m_suggestions;
    std::shared_ptr<SharedSuggestions> m_shared;
};

} // namespace amends::core
