#pragma once

#include "dictionarycodec.h"
#include "dictionaryfinder.h"

#include "core/speller.h"

#include <memory>
#include <string>
#include <vector>

class Hunspell;

namespace amends::services {

/// A Speller over one libhunspell dictionary. Words are converted to the encoding the
/// dictionary declares and suggestions back. Input that is no single word (empty,
/// longer than WordTokenizer::kMaxWordLength, holding spaces, control characters or
/// markup such as Hunspell's "<?xml" requests) is never passed to Hunspell: it is not
/// correct and has no suggestions.
///
/// Each object owns its Hunspell instance and must be used by one thread at a time.
/// Loading is serialised process-wide: Hunspell 1.7.1 cannot construct two
/// dictionaries at once safely. A loaded dictionary is best kept for the process's
/// life: Hunspell does not give its memory back when freed.
class HunspellSpeller : public core::Speller
{
public:
    struct LoadResult {
        std::unique_ptr<HunspellSpeller> speller;
        QString error; ///< Plain-language reason when speller is null.
    };

    /// Loads a dictionary; an affix file whose PHONE, REP or MAP table is malformed, or
    /// that declares UTF-8 and is not, and a file holding a NUL character are refused
    /// (Hunspell would crash on them), as are missing or unreadable files.
    static LoadResult load(const DictionaryPaths &paths);
    /// Empty when the PHONE, REP and MAP tables of @p affPath are well formed (a count
    /// line "KEY N", then N entries of the right number of values), else the reason,
    /// naming the table and the line.
    static QString affixFileProblem(const QString &affPath);
    /// Empty unless the word file @p dicPath cannot be read or holds a NUL character
    /// (Hunspell would cut a word there and later fault on it); else the reason.
    static QString wordFileProblem(const QString &dicPath);
    ~HunspellSpeller() override;

    QString language() const override { return m_language; }
    bool isCorrect(const QString &word) override;
    QStringList suggestions(const QString &word, int max = 8) override;
    /// The dictionary's stems (lemmas) of @p word, from its affix rules: "cobramos" →
    /// cobrar, cobrir. Empty for a word the dictionary does not know.
    QStringList stems(const QString &word);

    /// The encoding named by SET in the .aff file.
    QString encoding() const { return m_codec.name(); }
    const DictionaryPaths &paths() const { return m_paths; }

private:
    HunspellSpeller(std::unique_ptr<Hunspell> hunspell, DictionaryCodec codec, const DictionaryPaths &paths);
    std::optional<std::string> prepare(const QString &word);
    /// @p call's result, or an empty one when Hunspell throws.
    template <typename Result, typename Call>
    static Result guarded(Call call);
    /// Hunspell's words decoded, empty and repeated ones left out, at most @p max.
    QStringList decodeAll(const std::vector<std::string> &words, qsizetype max);

    std::unique_ptr<Hunspell> m_hunspell;
    DictionaryCodec m_codec;
    DictionaryPaths m_paths;
    QString m_language;
};

} // namespace amends::services
