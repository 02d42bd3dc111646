#pragma once

#include "acceptedwords.h"
#include "finding.h"
#include "speller.h"
#include "wordtokenizer.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace amends::core {

/// The spelling pass shared by the editors, the checker and `amends-cli spell`.
///
/// All offsets are UTF-16 code units into the text passed in (QString indices). Words
/// are found by WordTokenizer: numbers, codes, addresses and placeholders are never
/// checked. A word is correct when @p accepted holds it or the speller knows it; a word
/// written with curly apostrophes is also tried with straight ones. A hyphenated
/// compound is correct when it is known whole; otherwise each unknown part is reported
/// on its own, a first part that @p accepted holds as a prefix ("pre-" of
/// "pre-approved") being known. The functions run on the calling thread and use
/// @p speller, which is not thread-safe, so give each thread its own speller.
namespace SpellCheck {

/// Whether one word (as the tokenizer returns it) is spelled correctly.
bool isCorrect(QStringView word, Speller &speller, const AcceptedWords &accepted);

/// The misspelled words of @p text, in order.
QList<Span> findMisspellings(QStringView text, Speller &speller, const AcceptedWords &accepted);

/// The misspelled word that holds @p position or ends right at it (where the cursor
/// stands after typing it), if any.
std::optional<Span> misspellingAt(QStringView text, qsizetype position, Speller &speller,
                                      const AcceptedWords &accepted);

/// Up to @p max corrections for @p word, best first. When the word is written with a
/// curly apostrophe, the suggestions are too. Slow: tens of milliseconds per word.
QStringList suggestions(QStringView word, Speller &speller, int max);

} // namespace SpellCheck

/// Spelling findings for @p text, in order: rule and category "spelling", severity
/// warning, start/end as UTF-16 offsets into @p text, excerpt the word, section unset
/// (the caller knows it). Suggestions (at most @p maxSuggestions, best first) are
/// filled only when @p maxSuggestions > 0, because each costs tens of milliseconds.
QList<Finding> findSpellingErrors(QStringView text, Speller &speller, const AcceptedWords &accepted,
                                  int maxSuggestions);

} // namespace amends::core
