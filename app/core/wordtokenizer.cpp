#include "wordtokenizer.h"

#include <QVarLengthArray>

namespace amends::core {

namespace {

// Word boundaries are computed for windows of about this many code units, ending at
// whitespace, so that a long text never needs them all at once.
constexpr qsizetype kWindowSize = 16 * 1024;
constexpr qsizetype kMaxPlaceholderKey = 64;

using Spans = QVarLengthArray<Span, 4>;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Characters that UAX #29 lets join letters into one word but that separate words
// for a speller, as in `hunspell -l`: "e.g", "10:30", "snake_case".
bool isInnerSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u':':
    case 0x2024: // one dot leader
    case 0xFE13:
    case 0xFE52:
    case 0xFE55:
    case 0xFF0E:
    case 0xFF1A:
        return true;
    default:
        return c.category() == QChar::Punctuation_Connector;
    }
}

// Characters of codes such as "INV-1001", "2026-11-20", "120.00", "ACC/77#3" or "Q4's".
bool isCodeChar(QChar c)
{
    return isWordChar(c) || WordTokenizer::isHyphen(c) || WordTokenizer::isApostrophe(c) || c == u'.' || c == u'/'
           || c == u'_' || c == u':' || c == u'#' || c == u'+';
}

bool isKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
           || c == u'_' || c == u'-';
}

bool isTrailingPunctuation(QChar c)
{
    static constexpr QStringView marks = u".,;:!?)]}>\"'\u2019\u201D\u00BB";
    return marks.contains(c);
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// `{field.key}`, as the composer recognises them, with a possessive "'s" after one.
void addPlaceholders(QStringView chunk, qsizetype offset, Spans &skip)
{
    for (qsizetype i = chunk.indexOf(u'{'); i >= 0; i = chunk.indexOf(u'{', i + 1)) {
        qsizetype j = i + 1;
        while (j < chunk.size() && j - i <= kMaxPlaceholderKey && isKeyChar(chunk[j]))
            ++j;
        if (j >= chunk.size() || chunk[j] != u'}' || j == i + 1)
            continue;
        qsizetype end = j + 1;
        if (end + 1 < chunk.size() && WordTokenizer::isApostrophe(chunk[end]) && chunk[end + 1] == u's')
            end += 2;
        skip.append({offset + i, offset + end});
    }
}

void addEmails(QStringView chunk, qsizetype offset, Spans &skip)
{
    static constexpr QStringView localMarks = u".!#$%&'*+/=?^_`{|}~-";
    for (qsizetype at = chunk.indexOf(u'@'); at >= 0; at = chunk.indexOf(u'@', at + 1)) {
        qsizetype left = at;
        while (left > 0 && (isWordChar(chunk[left - 1]) || localMarks.contains(chunk[left - 1])))
            --left;
        qsizetype right = at + 1;
        while (right < chunk.size() && (isWordChar(chunk[right]) || chunk[right] == u'-' || chunk[right] == u'.'))
            ++right;
        while (right > at + 1 && (chunk[right - 1] == u'.' || chunk[right - 1] == u'-'))
            --right;
        const QStringView domain = chunk.mid(at + 1, right - at - 1);
        const qsizetype dot = domain.lastIndexOf(u'.');
        if (left < at && dot > 0 && dot + 1 < domain.size())
            skip.append({offset + left, offset + right});
    }
}

qsizetype trimmedEnd(QStringView chunk)
{
    qsizetype end = chunk.size();
    while (end > 0 && isTrailingPunctuation(chunk[end - 1]))
        --end;
    return end;
}

// "example.com", "billing.example.co.uk/help": a host name whose last label is a
// common top-level domain. Two-letter domains that are English words ("in", "it",
// "no") are left out, so a missing space after a full stop is still checked.
bool isDomainName(QStringView host)
{
    static const QStringList topLevel = {
        QStringLiteral("com"), QStringLiteral("net"),  QStringLiteral("org"),    QStringLiteral("edu"),
        QStringLiteral("gov"), QStringLiteral("info"), QStringLiteral("biz"),    QStringLiteral("io"),
        QStringLiteral("co"),  QStringLiteral("uk"),   QStringLiteral("eu"),     QStringLiteral("de"),
        QStringLiteral("fr"),  QStringLiteral("es"),   QStringLiteral("nl"),     QStringLiteral("ch"),
        QStringLiteral("se"),  QStringLiteral("dk"),   QStringLiteral("fi"),     QStringLiteral("ie"),
        QStringLiteral("pt"),  QStringLiteral("br"),   QStringLiteral("mx"),     QStringLiteral("ar"),
        QStringLiteral("ca"),  QStringLiteral("au"),   QStringLiteral("nz"),     QStringLiteral("jp"),
        QStringLiteral("pl"),  QStringLiteral("app"),  QStringLiteral("dev"),    QStringLiteral("shop"),
        QStringLiteral("online"), QStringLiteral("store"), QStringLiteral("tech"), QStringLiteral("email")};
    const qsizetype lastDot = host.lastIndexOf(u'.');
    if (lastDot <= 0 || !topLevel.contains(host.mid(lastDot + 1)))
        return false;
    for (QStringView label : host.split(u'.')) {
        if (label.isEmpty())
            return false;
        for (QChar c : label) {
            if (!isAsciiLetter(c) && !c.isDigit() && c != u'-')
                return false;
        }
    }
    return true;
}

qsizetype urlStart(QStringView chunk)
{
    if (const qsizetype scheme = chunk.indexOf(u"://"); scheme > 0) {
        qsizetype start = scheme;
        while (start > 0 && (isAsciiLetter(chunk[start - 1]) || chunk[start - 1].isDigit() || chunk[start - 1] == u'+'
                             || chunk[start - 1] == u'-' || chunk[start - 1] == u'.'))
            --start;
        if (scheme - start >= 2 && isAsciiLetter(chunk[start]))
            return start;
    }
    for (QStringView prefix : {QStringView(u"www."), QStringView(u"mailto:")}) {
        const qsizetype at = chunk.indexOf(prefix, 0, Qt::CaseInsensitive);
        if (at >= 0 && (at == 0 || !isWordChar(chunk[at - 1])))
            return at;
    }
    qsizetype start = 0;
    while (start < chunk.size() && !isWordChar(chunk[start]))
        ++start;
    qsizetype hostEnd = start;
    while (hostEnd < chunk.size() && chunk[hostEnd] != u'/' && chunk[hostEnd] != u':' && chunk[hostEnd] != u'?')
        ++hostEnd;
    const QStringView host = chunk.mid(start, qMin(hostEnd, trimmedEnd(chunk)) - start);
    return isDomainName(host) ? start : -1;
}

void addUrls(QStringView chunk, qsizetype offset, Spans &skip)
{
    const qsizetype start = urlStart(chunk);
    const qsizetype end = trimmedEnd(chunk);
    if (start >= 0 && end > start)
        skip.append({offset + start, offset + end});
}

// Runs of letters, digits and code punctuation that hold a digit.
void addCodes(QStringView chunk, qsizetype offset, Spans &skip)
{
    qsizetype i = 0;
    while (i < chunk.size()) {
        if (!isCodeChar(chunk[i])) {
            ++i;
            continue;
        }
        qsizetype j = i;
        bool hasDigit = false;
        for (; j < chunk.size() && isCodeChar(chunk[j]); ++j)
            hasDigit = hasDigit || chunk[j].isNumber();
        if (hasDigit)
            skip.append({offset + i, offset + j});
        i = j;
    }
}

bool overlaps(const Spans &skip, const Span &span)
{
    for (const Span &s : skip) {
        if (span.start < s.end && s.start < span.end)
            return true;
    }
    return false;
}

// What in @p chunk (at @p offset in the text) is no word to check. The cheap scan
// first keeps the rarer searches off ordinary words.
Spans spansToSkip(QStringView chunk, qsizetype offset)
{
    bool hasBrace = false;
    bool hasAt = false;
    bool hasInnerDot = false;
    bool hasDigit = false;
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        const QChar c = chunk[i];
        hasBrace = hasBrace || c == u'{';
        hasAt = hasAt || c == u'@';
        hasInnerDot = hasInnerDot || ((c == u'.' || c == u':') && i + 1 < chunk.size() && isWordChar(chunk[i + 1]));
        hasDigit = hasDigit || c.isNumber();
    }
    Spans skip;
    if (hasBrace)
        addPlaceholders(chunk, offset, skip);
    if (hasAt)
        addEmails(chunk, offset, skip);
    if (hasInnerDot)
        addUrls(chunk, offset, skip);
    if (hasDigit)
        addCodes(chunk, offset, skip);
    return skip;
}

// A word holds a letter and no digit.
bool isCheckable(QStringView word)
{
    bool hasLetter = false;
    for (QChar c : word) {
        if (c.isNumber())
            return false;
        hasLetter = hasLetter || c.isLetter();
    }
    return hasLetter;
}

} // namespace

WordTokenizer::WordTokenizer(QStringView text)
    : m_text(text)
{
}

bool WordTokenizer::isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x2018);
}

bool WordTokenizer::isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

std::optional<WordToken> WordTokenizer::next()
{
    while (m_nextPending >= m_pending.size()) {
        m_pending.clear();
        m_nextPending = 0;
        while (m_position < m_text.size() && m_text[m_position].isSpace())
            ++m_position;
        if (m_position >= m_text.size())
            return std::nullopt;
        qsizetype end = m_position;
        while (end < m_text.size() && !m_text[end].isSpace())
            ++end;
        scanChunk(m_position, end);
        m_position = end;
    }
    return m_pending.at(m_nextPending++);
}

QList<WordToken> WordTokenizer::tokenize(QStringView text)
{
    QList<WordToken> tokens;
    WordTokenizer tokenizer(text);
    while (std::optional<WordToken> token = tokenizer.next())
        tokens.append(std::move(*token));
    return tokens;
}

// A chunk is a run of characters between whitespace: the unit in which placeholders,
// addresses and codes are recognised.
void WordTokenizer::scanChunk(qsizetype start, qsizetype end)
{
    const Spans skip = spansToSkip(m_text.mid(start, end - start), start);
    m_atoms.clear();
    prepareFinder(start, end);
    collectAtoms(start, end, m_atoms);
    m_atoms.removeIf([&](const Span &atom) {
        return atom.length() > kMaxWordLength || overlaps(skip, atom)
               || !isCheckable(m_text.mid(atom.start, atom.length()));
    });
    emitTokens(m_atoms);
}

void WordTokenizer::prepareFinder(qsizetype chunkStart, qsizetype chunkEnd)
{
    if (m_finder && chunkStart >= m_finderStart && chunkEnd <= m_finderEnd)
        return;
    qsizetype end = qMax(chunkEnd, qMin(m_text.size(), chunkStart + kWindowSize));
    while (end < m_text.size() && !m_text[end].isSpace())
        ++end;
    m_finder.emplace(QTextBoundaryFinder::Word, m_text.mid(chunkStart, end - chunkStart));
    m_finderStart = chunkStart;
    m_finderEnd = end;
}

void WordTokenizer::collectAtoms(qsizetype start, qsizetype end, QList<Span> &atoms)
{
    m_finder->setPosition(start - m_finderStart);
    qsizetype from = start;
    while (from < end) {
        const qsizetype boundary = m_finder->toNextBoundary();
        const qsizetype to = boundary < 0 ? end : qMin(end, boundary + m_finderStart);
        const QChar first = m_text[from];
        if (isWordChar(first) || first.category() == QChar::Punctuation_Connector)
            splitSegment(from, to, atoms);
        from = to;
    }
}

void WordTokenizer::splitSegment(qsizetype start, qsizetype end, QList<Span> &atoms) const
{
    const auto isEdge = [](QChar c) { return isApostrophe(c) || c.category() == QChar::Punctuation_Connector; };
    qsizetype from = start;
    for (qsizetype i = start; i <= end; ++i) {
        if (i < end && !isInnerSeparator(m_text[i]))
            continue;
        qsizetype a = from;
        qsizetype b = i;
        while (a < b && isEdge(m_text[a]))
            ++a;
        while (b > a && isEdge(m_text[b - 1]))
            --b;
        if (b > a)
            atoms.append({a, b});
        from = i + 1;
    }
}

void WordTokenizer::emitTokens(const QList<Span> &atoms)
{
    for (qsizetype i = 0; i < atoms.size(); ++i) {
        qsizetype last = i;
        while (last + 1 < atoms.size() && atoms.at(last + 1).start == atoms.at(last).end + 1
               && isHyphen(m_text[atoms.at(last).end]))
            ++last;
        const Span whole{atoms.at(i).start, atoms.at(last).end};
        if (last == i) {
            m_pending.append({whole, {}});
        } else if (whole.length() <= kMaxWordLength) {
            m_pending.append({whole, atoms.mid(i, last - i + 1)});
        } else {
            for (qsizetype k = i; k <= last; ++k)
                m_pending.append({atoms.at(k), {}});
        }
        i = last;
    }
}

} // namespace amends::core
