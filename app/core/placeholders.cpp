#include "placeholders.h"

namespace amends::core {

namespace {

bool isKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
           || c == u'_' || c == u'-';
}

// Length of a placeholder starting at @p open (a '{'), or 0 when none starts there.
qsizetype placeholderLength(QStringView text, qsizetype open)
{
    constexpr qsizetype maxKey = 64;
    for (qsizetype i = open + 1; i < text.size() && i - open <= maxKey + 1; ++i) {
        const QChar c = text[i];
        if (c == u'}')
            return i > open + 1 ? i - open + 1 : 0;
        if (!isKeyChar(c))
            return 0;
    }
    return 0;
}

void appendLiteral(TextRuns &runs, QStringView text, qsizetype source)
{
    if (text.isEmpty())
        return;
    if (!runs.isEmpty() && runs.last().kind == TextRun::Kind::Literal)
        runs.last().text += text;
    else
        runs.append({TextRun::Kind::Literal, text.toString(), {}, source});
}

} // namespace

TextRuns substitutePlaceholders(QStringView text, const FieldResolver &resolve, qsizetype sourceOffset)
{
    TextRuns runs;
    qsizetype literalStart = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype length = text[i] == u'{' ? placeholderLength(text, i) : 0;
        if (length == 0) {
            ++i;
            continue;
        }
        appendLiteral(runs, text.mid(literalStart, i - literalStart), sourceOffset + literalStart);
        const QStringView token = text.mid(i, length);
        const QStringView key = token.mid(1, length - 2);
        const std::optional<QString> value = resolve(key);
        const qsizetype source = sourceOffset + i;
        if (!value)
            runs.append({TextRun::Kind::Unknown, token.toString(), key.toString(), source});
        else if (value->isEmpty())
            runs.append({TextRun::Kind::Unfilled, token.toString(), key.toString(), source});
        else
            runs.append({TextRun::Kind::Value, *value, key.toString(), source});
        i += length;
        literalStart = i;
    }
    appendLiteral(runs, text.mid(literalStart), sourceOffset + literalStart);
    return runs;
}

QString joinRuns(const TextRuns &runs)
{
    QString out;
    for (const TextRun &run : runs)
        out += run.text;
    return out;
}

QStringList placeholderKeys(const TextRuns &runs, TextRun::Kind kind)
{
    QStringList keys;
    for (const TextRun &run : runs) {
        if (run.kind == kind && !keys.contains(run.key))
            keys.append(run.key);
    }
    return keys;
}

QStringList placeholdersIn(QStringView text)
{
    const TextRuns runs = substitutePlaceholders(text, [](QStringView) { return std::optional<QString>(); });
    return placeholderKeys(runs, TextRun::Kind::Unknown);
}

} // namespace amends::core
