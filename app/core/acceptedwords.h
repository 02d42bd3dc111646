#pragma once

#include "draft.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace amends::core {

/// Words a spelling check accepts whatever the dictionary says: the names and other
/// values of a draft's case fields, the writer's personal dictionary and the draft's
/// "Ignore all" list.
///
/// Matching follows a dictionary's case rules: "Rivera" also accepts "RIVERA", and a
/// word written in lower case also accepts its capitalised form; a possessive "'s" is
/// allowed after any accepted word; curly and straight apostrophes are the same. A
/// letter's words (forLetter()) also accept every word in capitals of two letters or more,
/// an acronym ("MPAN", "PNR"): whether the customer knows it is the acronym rule's
/// question (jargon.unexplained-acronym, with a plain message and a fix), not a
/// misspelling to be given made-up corrections — as word processors leave words in
/// capitals out of their spelling checks; and the names of card schemes, wallets and
/// other ways to pay that dictionaries lack ("Mastercard", "Klarna", "Pix"; the list is
/// resources/spelling/payment-names.txt); and, as the first part of a hyphenated compound,
/// the prefixes dictionaries do not hold alone ("pre" of "pre-approved", "pré" of
/// "pré-pago"; resources/spelling/prefixes.txt). A value type, cheap to copy; not
/// synchronised.
class AcceptedWords
{
public:
    /// What any letter accepts: acronyms and the names of ways to pay (see above).
    static AcceptedWords forLetter();
    /// forLetter(), every word of every case field of @p draft, its ignored words and
    /// @p personalWords.
    static AcceptedWords forDraft(const Draft &draft, const QStringList &personalWords = {});

    /// Accepts one word (a token as WordTokenizer finds them).
    void add(QStringView word);
    /// Accepts every word of @p text, hyphenated compounds whole and part by part.
    void addWordsOf(QStringView text);
    /// Accepts every word @p other accepts.
    void addAll(const AcceptedWords &other);

    bool contains(QStringView word) const;
    /// Whether @p word, the first part of a hyphenated compound, is a prefix accepted
    /// there (in any case: "Pre-approved", "PRE-APPROVED").
    bool containsPrefix(QStringView word) const;
    bool isEmpty() const { return m_words.isEmpty() && !m_acronyms; }
    qsizetype size() const { return m_words.size(); }

    bool operator==(const AcceptedWords &) const = default;

private:
    bool containsExactly(QStringView word) const;

    QSet<QString> m_words;
    QSet<QString> m_upper; ///< The same words in upper case, for words written in capitals.
    QSet<QString> m_prefixes; ///< In lower case.
    bool m_acronyms = false;
};

} // namespace amends::core
