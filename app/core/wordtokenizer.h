#pragma once

#include "span.h"

#include <QList>
#include <QStringView>
#include <QTextBoundaryFinder>

#include <optional>

namespace amends::core {

/// A word a spelling check should look at. A hyphenated compound ("well-known") is
/// one token that lists its parts, so that a speller can accept it whole and
/// otherwise judge each part on its own.
struct WordToken {
    Span span;
    QList<Span> parts; ///< Two or more for a hyphenated compound; empty otherwise.

    bool operator==(const WordToken &) const = default;
};

/// Splits text into words with Unicode word boundaries (QTextBoundaryFinder).
///
/// Kept inside a word: straight and curly apostrophes between letters ("don't",
/// "can’t"). Joined into one token: words linked by a hyphen. Split apart: words run
/// together with '.', ':' or '_' ("e.g" → "e", "g"), as `hunspell -l` does. Skipped:
/// anything holding a digit together with the letters, dashes, dots or slashes around
/// it (numbers, amounts, dates, invoice and reference numbers such as "INV-1001"),
/// email addresses, URLs and domain names, `{field.key}` placeholders, and tokens
/// longer than kMaxWordLength. A token therefore holds only letters, combining
/// marks, inner apostrophes and (in a compound) hyphens: never markup, spaces or
/// anything a spell-checking library could read as a command.
///
/// The tokenizer refers to the text it is given; keep the text alive and unchanged
/// while using it. Not thread-safe; use one per thread.
class WordTokenizer
{
public:
    /// Longer tokens are no words (hashes, encoded data, runaway strings) and are skipped.
    static constexpr qsizetype kMaxWordLength = 64;

    explicit WordTokenizer(QStringView text);

    /// The next word, or std::nullopt at the end of the text.
    std::optional<WordToken> next();

    /// Every word of @p text, in order.
    static QList<WordToken> tokenize(QStringView text);

    /// "'" and the typographic apostrophes (U+2019, and U+2018 as often mistyped).
    static bool isApostrophe(QChar c);
    static bool isHyphen(QChar c);

private:
    void scanChunk(qsizetype start, qsizetype end);
    void prepareFinder(qsizetype chunkStart, qsizetype chunkEnd);
    void collectAtoms(qsizetype start, qsizetype end, QList<Span> &atoms);
    void splitSegment(qsizetype start, qsizetype end, QList<Span> &atoms) const;
    void emitTokens(const QList<Span> &atoms);

    QStringView m_text;
    qsizetype m_position = 0;
    QList<WordToken> m_pending;
    QList<Span> m_atoms;
    qsizetype m_nextPending = 0;
    std::optional<QTextBoundaryFinder> m_finder;
    qsizetype m_finderStart = 0;
    qsizetype m_finderEnd = 0;
};

} // namespace amends::core
