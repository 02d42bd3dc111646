#include "spellcheck.h"

#include <QCoreApplication>

namespace amends::core {

namespace {

constexpr QChar kRightQuote(0x2019);

bool hasCurlyApostrophe(QStringView word)
{
    return word.contains(kRightQuote) || word.contains(QChar(0x2018));
}

QString straightApostrophes(QStringView word)
{
    QString result = word.toString();
    result.replace(kRightQuote, u'\'');
    result.replace(QChar(0x2018), u'\'');
    return result;
}

bool spellerAccepts(QStringView word, Speller &speller)
{
    // A raw-data string wraps the view without copying; the speller copies what it keeps.
    if (speller.isCorrect(QString::fromRawData(word.data(), word.size())))
        return true;
    return hasCurlyApostrophe(word) && speller.isCorrect(straightApostrophes(word));
}

QStringView wordOf(QStringView text, const Span &span)
{
    return text.mid(span.start, span.length());
}

// Appends the misspelled parts of one token.
void checkToken(QStringView text, const WordToken &token, Speller &speller, const AcceptedWords &accepted,
                QList<Span> &out)
{
    if (SpellCheck::isCorrect(wordOf(text, token.span), speller, accepted))
        return;
    if (token.parts.isEmpty()) {
        out.append(token.span);
        return;
    }
    for (const Span &part : token.parts) {
        const QStringView word = wordOf(text, part);
        const bool prefix = part.start == token.span.start && accepted.containsPrefix(word);
        if (!prefix && !SpellCheck::isCorrect(word, speller, accepted))
            out.append(part);
    }
}

struct SpellCheckText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::SpellCheck)
};

} // namespace

bool SpellCheck::isCorrect(QStringView word, Speller &speller, const AcceptedWords &accepted)
{
    return accepted.contains(word) || spellerAccepts(word, speller);
}

QList<Span> SpellCheck::findMisspellings(QStringView text, Speller &speller, const AcceptedWords &accepted)
{
    QList<Span> misspelled;
    WordTokenizer tokenizer(text);
    while (const std::optional<WordToken> token = tokenizer.next())
        checkToken(text, *token, speller, accepted, misspelled);
    return misspelled;
}

std::optional<Span> SpellCheck::misspellingAt(QStringView text, qsizetype position, Speller &speller,
                                                  const AcceptedWords &accepted)
{
    WordTokenizer tokenizer(text);
    while (const std::optional<WordToken> token = tokenizer.next()) {
        if (token->span.start > position)
            break;
        if (position > token->span.end)
            continue;
        QList<Span> misspelled;
        checkToken(text, *token, speller, accepted, misspelled);
        for (const Span &span : std::as_const(misspelled)) {
            if (position >= span.start && position <= span.end)
                return span;
        }
    }
    return std::nullopt;
}

QStringList SpellCheck::suggestions(QStringView word, Speller &speller, int max)
{
    if (max <= 0 || word.isEmpty())
        return {};
    if (!hasCurlyApostrophe(word))
        return speller.suggestions(word.toString(), max);
    QStringList result = speller.suggestions(straightApostrophes(word), max);
    for (QString &suggestion : result)
        suggestion.replace(u'\'', kRightQuote);
    return result;
}

QList<Finding> findSpellingErrors(QStringView text, Speller &speller, const AcceptedWords &accepted,
                                  int maxSuggestions)
{
    QList<Finding> findings;
    for (const Span &span : SpellCheck::findMisspellings(text, speller, accepted)) {
        Finding finding;
        finding.rule = QStringLiteral("spelling");
        finding.category = QStringLiteral("spelling");
        finding.severity = Severity::Warning;
        finding.start = span.start;
        finding.end = span.end;
        finding.excerpt = wordOf(text, span).toString();
        finding.message = SpellCheckText::tr("“%1” is not in the dictionary.").arg(finding.excerpt);
        finding.explanation = SpellCheckText::tr("A spelling mistake makes a letter look careless, and a careless apology "
                                 "reads as an insincere one. Correct the word, or add it to your dictionary "
                                 "if it is a name or a term you use.");
        finding.suggestions = SpellCheck::suggestions(finding.excerpt, speller, maxSuggestions);
        findings.append(finding);
    }
    return findings;
}

} // namespace amends::core
