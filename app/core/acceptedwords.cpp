#include "acceptedwords.h"

#include "fields.h"
#include "textfile.h"
#include "wordtokenizer.h"

#include <algorithm>

namespace amends::core {

namespace {

QString straightApostrophes(QStringView word)
{
    QString result = word.toString();
    result.replace(QChar(0x2019), u'\'');
    result.replace(QChar(0x2018), u'\'');
    return result;
}

bool hasCurlyApostrophe(QStringView word)
{
    return word.contains(QChar(0x2019)) || word.contains(QChar(0x2018));
}

bool isAllUpper(QStringView word)
{
    bool hasUpper = false;
    for (QChar c : word) {
        if (c.isLower())
            return false;
        hasUpper = hasUpper || c.isUpper();
    }
    return hasUpper;
}

// Two capitals or more and no small letter: "MPAN", "PNR" (not "I", not "Ltd").
bool isAcronym(QStringView word)
{
    return isAllUpper(word) && std::count_if(word.begin(), word.end(), [](QChar c) { return c.isUpper(); }) >= 2;
}

} // namespace

AcceptedWords AcceptedWords::forLetter()
{
    static const AcceptedWords letter = [] {
        AcceptedWords words;
        words.m_acronyms = true;
        for (const QString &name : TextFile::builtInListLines(QStringLiteral(":/spelling/payment-names.txt")))
            words.addWordsOf(name);
        for (const QString &prefix : TextFile::builtInListLines(QStringLiteral(":/spelling/prefixes.txt")))
            words.m_prefixes.insert(prefix.toLower());
        return words;
    }();
    return letter;
}

AcceptedWords AcceptedWords::forDraft(const Draft &draft, const QStringList &personalWords)
{
    AcceptedWords accepted = forLetter();
    for (const FieldSpec &spec : fieldSpecs())
        accepted.addWordsOf(fieldValue(draft, spec.key));
    for (const QString &word : draft.ignoredWords)
        accepted.add(word);
    for (const QString &word : personalWords)
        accepted.add(word);
    return accepted;
}

void AcceptedWords::add(QStringView word)
{
    if (word.isEmpty())
        return;
    const QString normal = straightApostrophes(word);
    m_upper.insert(normal.toUpper());
    m_words.insert(normal);
}

void AcceptedWords::addWordsOf(QStringView text)
{
    for (const WordToken &token : WordTokenizer::tokenize(text)) {
        add(text.mid(token.span.start, token.span.length()));
        for (const Span &part : token.parts)
            add(text.mid(part.start, part.length()));
    }
}

void AcceptedWords::addAll(const AcceptedWords &other)
{
    m_words.unite(other.m_words);
    m_upper.unite(other.m_upper);
    m_prefixes.unite(other.m_prefixes);
    m_acronyms = m_acronyms || other.m_acronyms;
}

bool AcceptedWords::containsPrefix(QStringView word) const
{
    return !m_prefixes.isEmpty() && m_prefixes.contains(word.toString().toLower());
}

bool AcceptedWords::contains(QStringView word) const
{
    if (isEmpty() || word.isEmpty())
        return false;
    if (hasCurlyApostrophe(word))
        return contains(straightApostrophes(word));
    if (containsExactly(word))
        return true;
    if (word.size() > 2 && word[word.size() - 2] == u'\'' && (word.back() == u's' || word.back() == u'S'))
        return containsExactly(word.chopped(2));
    return false;
}

bool AcceptedWords::containsExactly(QStringView word) const
{
    if (m_acronyms && isAcronym(word))
        return true;
    // A raw-data string wraps the view for the lookup without copying it.
    const QString key = QString::fromRawData(word.data(), word.size());
    if (m_words.contains(key))
        return true;
    if (isAllUpper(word) && m_upper.contains(key))
        return true;
    if (word.front().isUpper()) {
        QString lowered = key;
        lowered[0] = word.front().toLower();
        return m_words.contains(lowered);
    }
    return false;
}

} // namespace amends::core
