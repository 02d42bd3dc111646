#include "sharedsuggestions.h"

#include <chrono>

namespace amends::core {

bool correctionsAnswer(int asked, const QStringList &words, int max)
{
    return asked >= max || words.size() < asked;
}

QStringList SharedSuggestions::suggestions(const QString &word, int max, const std::function<QStringList(int)> &compute)
{
    if (max <= 0)
        return {};
    for (;;) {
        Entry pending;
        std::promise<QStringList> promise;
        {
            QMutexLocker lock(&m_mutex);
            const auto it = m_entries.constFind(word);
            const bool ready = it != m_entries.constEnd() && it->words.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
            if (it == m_entries.constEnd() || (ready && !correctionsAnswer(it->max, it->words.get(), max))) {
                // This thread works them out; others asking meanwhile wait for its answer.
                if (m_entries.size() >= kCapacity)
                    m_entries.clear();
                m_entries.insert(QString(word.constData(), word.size()), {max, promise.get_future().share()});
                lock.unlock();
                QStringList words;
                try {
                    words = compute(max);
                } catch (...) {
                    promise.set_exception(std::current_exception());
                    const QMutexLocker relock(&m_mutex);
                    m_entries.remove(word);
                    throw;
                }
                promise.set_value(words);
                return words;
            }
            pending = *it;
        }
        const QStringList words = pending.words.get(); // waits while another thread works them out
        if (correctionsAnswer(pending.max, words, max))
            return words.mid(0, max);
        // Fewer were asked for then than now: ask again, and work them out if still so.
    }
}

qsizetype SharedSuggestions::size() const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

} // namespace amends::core
