#pragma once

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <functional>
#include <future>

namespace amends::core {

/// Whether corrections worked out when @p asked were asked for (@p words) answer a request
/// for @p max: they were asked for as many, or came out shorter than asked (then complete).
bool correctionsAnswer(int asked, const QStringList &words, int max);

/// Corrections for misspelled words, shared by the spellers of one language that check
/// letters on several threads at once (each thread has a dictionary of its own, as
/// Hunspell is not thread-safe). Working out a word's corrections is slow — tens of
/// milliseconds in Hunspell, where checking a letter takes one — so each word's are
/// worked out once, by the first thread that asks; a thread that asks for a word another
/// is still working out waits for that answer instead of working it out again. Emptied
/// when it reaches its capacity, which bounds memory on texts of many unknown words.
class SharedSuggestions
{
public:
    static constexpr qsizetype kCapacity = 512;

    /// Up to @p max corrections of @p word: remembered ones, or those @p compute (called
    /// with @p max, on this thread) works out.
    QStringList suggestions(const QString &word, int max, const std::function<QStringList(int max)> &compute);

    qsizetype size() const;

private:
    struct Entry {
        int max = 0; ///< how many were asked for when they were worked out
        std::shared_future<QStringList> words;
    };

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace amends::core
