#include "readability.h"

#include "language.h"

#include <QHash>

#include <cmath>

namespace amends::core {

namespace {

constexpr int kProseWords = 8;

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿ");
    return vowels.contains(c.toLower());
}

} // namespace

int VowelGroupCounter::syllables(const QString &word)
{
    int groups = 0;
    bool inVowels = false;
    for (QChar c : word) {
        const bool vowel = isVowel(c);
        if (vowel && !inVowels)
            ++groups;
        inVowels = vowel;
    }
    // Silent e: make, completely, statement, charged, makes (but not table, ended, fixes).
    const QString lower = word.toLower();
    const auto consonantAt = [&lower](qsizetype fromEnd) {
        const qsizetype i = lower.size() - fromEnd;
        return i >= 0 && lower[i].isLetter() && !isVowel(lower[i]);
    };
    const bool silentE = (lower.endsWith(u'e') && !lower.endsWith(QLatin1String("le")) && consonantAt(2))
                         || (lower.endsWith(QLatin1String("ely")) && consonantAt(4))
                         || (lower.endsWith(QLatin1String("ement")) && consonantAt(6))
                         || (lower.endsWith(QLatin1String("ed")) && consonantAt(3) && !lower.endsWith(QLatin1String("ted"))
                             && !lower.endsWith(QLatin1String("ded")))
                         || (lower.endsWith(QLatin1String("es")) && consonantAt(3)
                             && !QStringLiteral("sxzgc").contains(lower[lower.size() - 3]) && !lower.endsWith(QLatin1String("hes")));
    if (groups > 1 && silentE)
        --groups;
    return qMax(1, groups);
}

QList<int> proseSentences(const TextScan &scan, Span span)
{
    QList<int> prose;
    const QList<Span> &sentences = scan.sentences();
    for (int s = 0; s < sentences.size(); ++s) {
        const Span &sentence = sentences[s];
        if (sentence.start < span.start || sentence.start >= span.end)
            continue;
        const auto [first, last] = scan.sentenceTokens(s);
        int words = 0;
        for (int t = first; t < last; ++t)
            words += scan.tokens()[t].expansion ? 0 : 1;
        const QStringView text = QStringView(scan.text()).mid(sentence.start, sentence.end - sentence.start).trimmed();
        const bool punctuated = !text.isEmpty() && QStringLiteral(".!?\u2026\"\u201D)").contains(text.back());
        if (words > 0 && (punctuated || words >= kProseWords))
            prose.append(s);
    }
    return prose;
}

Readability measureReadability(const TextScan &scan, Span span, const QString &language, SyllableCounter &counter)
{
    Readability result;
    result.syllableMethod = counter.method();
    QHash<QStringView, int> counted; // words recur: count each once
    for (int s : proseSentences(scan, span)) {
        ++result.sentences;
        const auto [first, last] = scan.sentenceTokens(s);
        for (int t = first; t < last; ++t) {
            const Token &token = scan.tokens()[t];
            if (token.expansion)
                continue;
            ++result.words;
            const QStringView word = QStringView(scan.text()).mid(token.start, token.end - token.start);
            auto it = counted.constFind(word);
            if (it == counted.constEnd())
                it = counted.insert(word, counter.syllables(word.toString()));
            result.syllables += *it;
        }
    }
    if (result.words == 0 || result.sentences == 0)
        return result;
    const double wordsPerSentence = double(result.words) / result.sentences;
    const double syllablesPerWord = double(result.syllables) / result.words;
    const QString base = baseLanguage(language);
    if (base == QLatin1String("pt")) {
        result.formula = QStringLiteral("flesch-martins");
        result.score = 248.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    } else if (base == QLatin1String("es")) {
        result.formula = QStringLiteral("fernandez-huerta");
        // As Law (2011) corrected the form usually printed: the last term is the words
        // per sentence, as in Flesch's, not the sentences per hundred words (with
        // which shorter sentences would read harder).
        result.score = 206.84 - 0.60 * (100.0 * syllablesPerWord) - 1.02 * wordsPerSentence;
    } else {
        result.formula = QStringLiteral("flesch-reading-ease");
        result.score = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    }
    return result;
}

QString readingEaseText(double score, double minimum, double maximum)
{
    const double whole = std::round(score);
    const bool inBand = score >= minimum && score <= maximum;
    const bool looksInBand = whole >= minimum && whole <= maximum;
    return QString::number(score, 'f', inBand == looksInBand ? 0 : 1);
}

} // namespace amends::core
