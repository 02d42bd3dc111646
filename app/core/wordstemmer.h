#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace amends::core {

/// The stem of a word in a language that inflects more than English: "cobramos",
/// "cobrou" and "cobrado" all give "cobr". A Snowball stemmer (libstemmer), used by
/// phrase patterns for `word~` in Portuguese and Spanish. Safe to share between
/// threads.
class WordStemmer
{
public:
    ~WordStemmer();
    WordStemmer(const WordStemmer &) = delete;
    WordStemmer &operator=(const WordStemmer &) = delete;

    /// The stemmer for the built-in data language @p dataLanguage ("pt-BR", "es"), or
    /// null for a language whose patterns inflect by rule (English) or that Snowball
    /// does not know.
    static std::shared_ptr<const WordStemmer> forLanguage(const QString &dataLanguage);
    /// Snowball's stemmer for @p dataLanguage, English included (the sentence model's
    /// word stems), or null for a language Snowball does not know here.
    static std::shared_ptr<const WordStemmer> snowball(const QString &dataLanguage);

    /// A stemmer that asks @p stem: another tool's stems, to compare with Snowball's.
    static std::shared_ptr<const WordStemmer> fromFunction(std::function<QString(const QString &)> stem);

    /// The stem of @p word (lower case, as tokens are normalised).
    QString stem(const QString &word) const;

private:
    struct Private;
    explicit WordStemmer(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace amends::core
