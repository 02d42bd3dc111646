#pragma once

#include "core/readability.h"

#include <QHash>
#include <QString>

#include <memory>

namespace amends::services {

class HyphenDictionary;

/// Counts syllables from a hyphenation dictionary (libhyphen, the pattern files of
/// LibreOffice and TeX): a word's syllables are its hyphenation points plus one, found
/// with the minimum word-edge lengths set to one letter. For English, whose patterns
/// skip many syllable breaks, the vowel-group count is used where it is higher. Portuguese
/// and Spanish patterns never leave one letter at a word's edge nor part two vowels, so
/// each piece they leave is counted by its vowel nuclei, hiatus included. Results are cached per
/// instance; use one instance per thread (the dictionary itself is shared read-only).
class HyphenSyllableCounter : public core::SyllableCounter
{
public:
    /// Counts for @p language ("en-US") with its dictionary, loaded at the first word
    /// (or by load()); falls back to counting vowel groups when none is installed (see
    /// isUsingDictionary()).
    explicit HyphenSyllableCounter(const QString &language);
    ~HyphenSyllableCounter() override;

    /// Loads the dictionary now, if it is not loaded yet (it is shared: once one counter
    /// has loaded it, the others find it loaded).
    void load() const;
    int syllables(const QString &word) override;
    QString method() const override;
    bool isUsingDictionary() const { return dictionary() != nullptr; }

    /// The dictionary file used for @p language, or empty when none is installed.
    static QString dictionaryPath(const QString &language);

private:
    const HyphenDictionary *dictionary() const;

    enum class Language { English, Portuguese, Spanish, Other };
    Language m_language;
    QString m_path; ///< empty: no dictionary installed
    mutable std::shared_ptr<const HyphenDictionary> m_dictionary;
    mutable bool m_loaded = false;
    core::VowelGroupCounter m_fallback;
    QHash<QString, int> m_cache;
};

} // namespace amends::services
