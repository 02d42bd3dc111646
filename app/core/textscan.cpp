#include "textscan.h"

#include <algorithm>

namespace amends::core {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'\u02BC';
}

bool isWordChar(QChar c)
{
    if (c.unicode() < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

// A line this short is an address, greeting or signature line, so its end ends a
// sentence even without punctuation; longer lines may be hard-wrapped prose.
constexpr qsizetype kShortLine = 45;

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

// Writes the normalised form of @p word into @p out, reusing its buffer.
void normaliseInto(QStringView word, QString &out)
{
    // Most words are ASCII: fold them in one pass.
    out.resize(word.size());
    QChar *to = out.data();
    qsizetype i = 0;
    for (; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        if (c >= 0x80)
            break;
        to[i] = QChar(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
    if (i == word.size())
        return;
    out = word.toString().toCaseFolded();
    for (QChar &c : out) {
        if (isApostrophe(c))
            c = u'\'';
    }
}

} // namespace

QString TextScan::normalise(QStringView word)
{
    QString out;
    normaliseInto(word, out);
    return out;
}

TextScan::TextScan(const QString &text, const ScanRules &rules)
    : m_text(text)
{
    scanSentencesAndParagraphs(rules);
    scanWords(rules);
}

void TextScan::scanSentencesAndParagraphs(const ScanRules &rules)
{
    const QString &text = m_text; // read only: the non-const [] would copy the text
    const qsizetype n = text.size();
    qsizetype sentenceStart = 0;
    qsizetype paragraphStart = 0;
    qsizetype lineStart = 0;
    auto closeSentence = [this, &sentenceStart](qsizetype end) {
        if (!QStringView(m_text).mid(sentenceStart, end - sentenceStart).trimmed().isEmpty())
            m_sentences.append({sentenceStart, end});
        sentenceStart = end;
    };
    // A paragraph starts at its first word, not on the blank lines before it.
    auto addParagraph = [this](qsizetype start, qsizetype end) {
        while (start < end && m_text.at(start).isSpace())
            ++start;
        if (start < end)
            m_paragraphs.append({start, end});
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (endsSentence(c)) {
            qsizetype j = i + 1;
            while (j < n && (endsSentence(text[j]) || text[j] == u'"' || text[j] == u'\u201D' || text[j] == u')'))
                ++j;
            if (j < n && !text[j].isSpace()) {
                i = j - 1; // 59.90, e.g.x, example.com; the rest of the run ends nothing either
                continue;
            }
            if (c == u'.') {
                qsizetype w = i;
                while (w > 0 && (text[w - 1].isLetter() || text[w - 1] == u'.'))
                    --w;
                if (rules.abbreviations.contains(normalise(QStringView(m_text).mid(w, i - w))))
                    continue;
            }
            closeSentence(j);
            i = j - 1;
        } else if (c == u'\n') {
            qsizetype nextBreak = m_text.indexOf(u'\n', i + 1);
            if (nextBreak < 0)
                nextBreak = n;
            const bool blankNext = QStringView(m_text).mid(i + 1, nextBreak - i - 1).trimmed().isEmpty();
            if (blankNext || i - lineStart < kShortLine)
                closeSentence(i + 1);
            if (blankNext) {
                addParagraph(paragraphStart, i);
                paragraphStart = i + 1;
            }
            lineStart = i + 1;
        }
    }
    closeSentence(n);
    addParagraph(paragraphStart, n);
}

void TextScan::scanWords(const ScanRules &rules)
{
    const QString &text = m_text; // read only: the non-const [] would copy the text
    const qsizetype n = text.size();
    m_tokens.reserve(n / 4 + 16); // about one word in five or six characters
    // Each distinct word is normalised and expanded once; its tokens name their forms.
    QHash<QString, QList<int>> known; // normalised word → the forms of its tokens
    QHash<QString, int> formPlace;    // form → its place in m_forms
    QString norm;
    qsizetype i = 0;
    int sentence = 0; // the first sentence that ends after the word
    while (i < n) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n) {
            if (isWordChar(text[end])) {
                ++end;
            } else if ((isApostrophe(text[end]) || text[end] == u'-') && end + 1 < n && isWordChar(text[end + 1])) {
                end += 2;
            } else {
                break;
            }
        }
        while (sentence < m_sentences.size() && m_sentences[sentence].end <= i)
            ++sentence;
        normaliseInto(QStringView(m_text).mid(i, end - i), norm);
        auto it = known.constFind(norm);
        if (it == known.constEnd()) {
            QList<int> forms;
            for (const QString &part : expand(norm, rules)) {
                auto place = formPlace.constFind(part);
                if (place == formPlace.constEnd()) {
                    place = formPlace.insert(part, static_cast<int>(m_forms.size()));
                    m_forms.append(part);
                }
                forms.append(*place);
            }
            // A deep copy, so that the key does not share the reused buffer.
            it = known.insert(QString(norm.constData(), norm.size()), forms);
        }
        ++m_wordCount;
        const QList<int> &forms = *it;
        for (int p = 0; p < forms.size(); ++p)
            m_tokens.append({i, end, sentence < m_sentences.size() ? sentence : 0, forms[p], p > 0});
        i = end;
    }
    m_sentenceFirstToken.fill(-1, m_sentences.size() + 1);
    for (int t = static_cast<int>(m_tokens.size()) - 1; t >= 0; --t)
        m_sentenceFirstToken[m_tokens[t].sentence] = t;
    m_sentenceFirstToken[m_sentences.size()] = static_cast<int>(m_tokens.size());
    for (int s = static_cast<int>(m_sentences.size()) - 1; s >= 0; --s) {
        if (m_sentenceFirstToken[s] < 0)
            m_sentenceFirstToken[s] = m_sentenceFirstToken[s + 1];
    }
}

QStringList TextScan::expand(const QString &norm, const ScanRules &rules)
{
    if (const auto it = rules.contractions.constFind(norm); it != rules.contractions.constEnd())
        return *it;
    for (const auto &[suffix, expansion] : rules.suffixes) {
        if (norm.size() > suffix.size() && norm.endsWith(suffix))
            return QStringList{norm.chopped(suffix.size())} + expansion;
    }
    return {QString(norm.constData(), norm.size())};
}

int TextScan::sentenceAt(qsizetype position) const
{
    const auto it = std::upper_bound(m_sentences.begin(), m_sentences.end(), position,
                                     [](qsizetype pos, const Span &span) { return pos < span.end; });
    return it == m_sentences.end() ? -1 : static_cast<int>(it - m_sentences.begin());
}

int TextScan::paragraphAt(qsizetype position) const
{
    const auto it = std::upper_bound(m_paragraphs.begin(), m_paragraphs.end(), position,
                                     [](qsizetype pos, const Span &span) { return pos < span.end; });
    // Between two paragraphs there are only the line break, blank lines and indent, and
    // they lead into the paragraph after them.
    return it == m_paragraphs.end() ? -1 : static_cast<int>(it - m_paragraphs.begin());
}

bool TextScan::isQuestion(int index) const
{
    if (index < 0 || index >= m_sentences.size())
        return false;
    const Span sentence = m_sentences[index];
    for (qsizetype i = sentence.end - 1; i >= sentence.start; --i) {
        const QChar c = m_text[i];
        if (c.isSpace() || c == u'"' || c == u'\u201D' || c == u')' || c == u'\'' || c == u'\u2019')
            continue;
        return c == u'?';
    }
    return false;
}

std::pair<int, int> TextScan::sentenceTokens(int index) const
{
    if (index < 0 || index >= m_sentences.size())
        return {0, 0};
    return {m_sentenceFirstToken[index], m_sentenceFirstToken[index + 1]};
}

} // namespace amends::core
