#pragma once

#include "textscan.h"

#include <QString>

namespace amends::core {

/// Counts the syllables of a word. Implementations may cache; one instance per thread.
class SyllableCounter
{
public:
    virtual ~SyllableCounter() = default;
    virtual int syllables(const QString &word) = 0;
    /// How the count is made, for reports ("hyphenation dictionary hyph_en_US").
    virtual QString method() const = 0;
};

/// Counts vowel groups, for when no hyphenation dictionary is installed.
class VowelGroupCounter : public SyllableCounter
{
public:
    int syllables(const QString &word) override;
    QString method() const override { return QStringLiteral("vowel groups"); }
};

struct Readability {
    QString formula;       ///< e.g. "flesch-reading-ease"
    double score = 0.0;
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    QString syllableMethod;
};

/// The language's readability formula over the prose sentences of @p span (sentences
/// ending in . ! ? or of eight words or more; address and signature lines are not prose).
/// English: Flesch Reading Ease; pt: Martins et al. (1996); es: Fernández Huerta.
Readability measureReadability(const TextScan &scan, Span span, const QString &language, SyllableCounter &counter);

/// @p score as a person reads it beside its target band [@p minimum, @p maximum]: a
/// whole number, or with one decimal where the whole number would put a score outside
/// the band inside it (59.6 below a band from 60 is "59.6", not "60").
QString readingEaseText(double score, double minimum, double maximum);

/// Sentence indices of @p scan inside @p span that count as prose.
QList<int> proseSentences(const TextScan &scan, Span span);

} // namespace amends::core
