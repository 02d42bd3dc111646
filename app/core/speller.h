#pragma once

#include <QString>
#include <QStringList>

namespace amends::core {

/// A spelling dictionary for one language. Implementations are not thread-safe: use
/// one instance per thread (Hunspell objects cannot be shared between threads).
class Speller
{
public:
    virtual ~Speller() = default;

    /// BCP 47 tag of the dictionary's language, e.g. "en-US".
    virtual QString language() const = 0;
    /// Whether @p word (one word, no spaces) is spelled correctly.
    virtual bool isCorrect(const QString &word) = 0;
    /// Up to @p max corrections, best first. May be slow (tens of milliseconds).
    virtual QStringList suggestions(const QString &word, int max = 8) = 0;
};

} // namespace amends::core
