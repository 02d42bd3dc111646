#pragma once

#include "span.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace amends::core {

/// A word of the checked text, normalised for matching: case-folded, curly apostrophes
/// made straight. A contraction is expanded into several tokens that share its span
/// ("don't" → "do" "not"), so rules written in full match both forms; a part with
/// several readings holds them joined by '|' ("you'd" → "you" "would|had").
struct Token {
    qsizetype start = 0; ///< UTF-16 offsets into the text.
    qsizetype end = 0;
    int sentence = 0;
    int form = 0;           ///< Its normalised form: TextScan::norm().
    bool expansion = false; ///< A second or later part of an expanded contraction.
};


/// The tokens [first, limit) of one sentence, and whether it asks a question: where a
/// phrase pattern may match.
struct SentenceBounds {
    int first = 0;
    int limit = 0;
    bool question = false;
};

/// How a language writes contractions and abbreviations (from its rule pack).
struct ScanRules {
    QHash<QString, QStringList> contractions;       ///< "can't" → {"can", "not"}
    QList<std::pair<QString, QStringList>> suffixes; ///< "n't" → {"not"}
    QSet<QString> abbreviations;                    ///< "mr", "e.g": a following '.' ends no sentence
};

/// The text split into tokens, sentences and paragraphs once, for every check to share.
class TextScan
{
public:
    TextScan(const QString &text, const ScanRules &rules);

    const QString &text() const { return m_text; }
    const QList<Token> &tokens() const { return m_tokens; }
    /// The normalised form of @p token ("you'd" → "you", "would|had"), for matching.
    const QString &norm(const Token &token) const { return m_forms[token.form]; }
    /// The distinct normalised forms of the tokens, in order of first use: a token's
    /// form is its place here.
    const QStringList &forms() const { return m_forms; }
    const QList<Span> &sentences() const { return m_sentences; }
    const QList<Span> &paragraphs() const { return m_paragraphs; }
    /// Number of words (an expanded contraction counts once).
    int wordCount() const { return m_wordCount; }
    /// Index of the sentence or paragraph holding @p position, or -1. A paragraph starts
    /// at its first word; the blank lines and the indent before it lead into it.
    int sentenceAt(qsizetype position) const;
    int paragraphAt(qsizetype position) const;
    /// Tokens [first, last) of sentence @p index.
    std::pair<int, int> sentenceTokens(int index) const;
    /// Whether sentence @p index ends with a question mark (closing quotes aside).
    bool isQuestion(int index) const;
    SentenceBounds sentenceBounds(int index) const
    {
        const auto [first, limit] = sentenceTokens(index);
        return {first, limit, isQuestion(index)};
    }

    /// Lower-case form used for matching: case folded, apostrophes straightened.
    static QString normalise(QStringView word);

private:
    void scanSentencesAndParagraphs(const ScanRules &rules);
    void scanWords(const ScanRules &rules);
    /// The tokens of one normalised word: itself, or its contraction's parts.
    static QStringList expand(const QString &norm, const ScanRules &rules);

    QString m_text;
    QList<Token> m_tokens;
    QStringList m_forms;
    QList<Span> m_sentences;
    QList<Span> m_paragraphs;
    QList<int> m_sentenceFirstToken;
    int m_wordCount = 0;
};

} // namespace amends::core

// A list of them grows by moving its bytes, not by copying each one.
Q_DECLARE_TYPEINFO(amends::core::Token, Q_RELOCATABLE_TYPE);
