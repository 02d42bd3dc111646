// Phrase patterns: the input is a pattern, a record separator ('\x1e') and a text.
// Compiling gives a pattern or a message; a pattern matched at every word of the text
// stays inside the sentence, spans at most 63 words, and the cheap pre-checks the
// checker relies on never rule out a real match.

#include "fuzzsupport.h"

#include "core/phrasepattern.h"
#include "core/textscan.h"

using namespace amends;

namespace {

// Word lists that refer to each other, as rule packs' lists do, and the contractions
// English packs declare.
const QHash<QString, QStringList> &lists()
{
    static const QHash<QString, QStringList> value{
        {QStringLiteral("party"), {QStringLiteral("the bank"), QStringLiteral("our {system}"), QStringLiteral("partner")}},
        {QStringLiteral("system"), {QStringLiteral("system"), QStringLiteral("billing [software]"), QStringLiteral("charge~")}},
        {QStringLiteral("self"), {QStringLiteral("{self}"), QStringLiteral("we")}},
    };
    return value;
}

core::ScanRules scanRules()
{
    core::ScanRules rules;
    rules.contractions.insert(QStringLiteral("don't"), {QStringLiteral("do"), QStringLiteral("not")});
    rules.contractions.insert(QStringLiteral("you'd"), {QStringLiteral("you"), QStringLiteral("would|had")});
    rules.suffixes.append({QStringLiteral("n't"), {QStringLiteral("not")}});
    rules.abbreviations.insert(QStringLiteral("mr"));
    return rules;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data, size), 2);
    const QString source = QString::fromUtf8(parts[0]);
    const QString text = QString::fromUtf8(parts[1]);

    static const core::ScanRules rules = scanRules();
    core::Vocabulary vocabulary;
    for (const QStringList &words : rules.contractions) {
        for (const QString &word : words) {
            if (word.contains(u'|'))
                vocabulary.add(word);
        }
    }
    QString error;
    const core::PhrasePattern pattern = core::PhrasePattern::compile(source, {&lists(), &rules, &vocabulary}, &error);
    if (pattern.isValid() == !error.isEmpty())
        fuzz::fail("a pattern compiles or gives a message, never both", source + QLatin1Char('\n') + error);
    if (!pattern.isValid())
        return 0;

    const core::TextScan scan(text, rules);
    const QList<int> ids = vocabulary.tokenIds(scan);
    for (int sentence = 0; sentence < scan.sentences().size(); ++sentence) {
        const core::SentenceBounds bounds = scan.sentenceBounds(sentence);
        const int first = bounds.first;
        const int limit = bounds.limit;
        core::PhrasePattern::SentenceWords words;
        words.reset(ids, first, limit);
        for (int t = first; t < limit; ++t) {
            const int end = pattern.longestMatch(ids, t, bounds);
            const QString where = source + QStringLiteral(" at word %1 of %2-%3 → %4").arg(t).arg(first).arg(limit).arg(end);
            if (end != -1 && (end < t || end > limit || end - t > 63))
                fuzz::fail("a match stays inside its sentence and spans at most 63 words", where);
            if (end > t && !(pattern.canStartWith(ids[t]) && pattern.mayMatchAt(ids, t, limit) && pattern.hasRequiredWords(ids, t, limit)
                            && pattern.hasRequiredWords(ids, t, limit, &words)))
                fuzz::fail("the pre-checks never rule out a real match", where);
        }
    }
    return 0;
}
