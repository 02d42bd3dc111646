#include "composer.h"

#include "fields.h"
#include "formatting.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace amends::core {

namespace {

QList<QStringView> splitParagraphs(QStringView text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    QList<QStringView> paragraphs;
    qsizetype from = 0;
    auto it = blankLine.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        paragraphs.append(text.mid(from, match.capturedStart() - from));
        from = match.capturedEnd();
    }
    paragraphs.append(text.mid(from));
    QList<QStringView> kept;
    for (QStringView paragraph : paragraphs) {
        if (!paragraph.trimmed().isEmpty())
            kept.append(paragraph.trimmed());
    }
    return kept;
}

class LetterBuilder
{
public:
    // Values are looked up and formatted once per field, however often a letter uses it.
    explicit LetterBuilder(const Draft &draft)
        : m_draft(draft)
        , m_resolve([this, resolve = letterFieldResolver(draft)](QStringView key) {
            const QString name = key.toString();
            const auto it = m_resolved.constFind(name);
            if (it != m_resolved.constEnd())
                return *it;
            const std::optional<QString> value = resolve(key);
            m_resolved.insert(name, value);
            return value;
        })
    {
    }
    LetterBuilder(const LetterBuilder &) = delete;
    LetterBuilder &operator=(const LetterBuilder &) = delete;

    TextRuns substitute(QStringView text) const { return substitutePlaceholders(text, m_resolve); }

    // A line holding one field; an optional empty field yields no line at all,
    // a required one stays visible as a placeholder.
    void addFieldLines(QList<TextRuns> &lines, const QString &key) const
    {
        const FieldSpec *spec = findField(key);
        if (fieldValue(m_draft, key).isEmpty() && !(spec && spec->required))
            return;
        lines.append(substitute(QString(u'{' + key + u'}')));
    }

    LetterBlock linesBlock(BlockKind kind, const QStringList &keys) const
    {
        QList<TextRuns> lines;
        for (const QString &key : keys)
            addFieldLines(lines, key);
        return paragraphBlock(kind, joinLines(lines));
    }

    LetterBlock templateBlock(BlockKind kind, const QString &text, std::optional<Section> section = {}) const
    {
        LetterBlock block{kind, section, {}};
        for (QStringView paragraph : splitParagraphs(text))
            block.paragraphs.append(substitutePlaceholders(paragraph, m_resolve, paragraph.data() - text.constData()));
        return block;
    }

    static LetterBlock paragraphBlock(BlockKind kind, const TextRuns &runs)
    {
        LetterBlock block{kind, std::nullopt, {}};
        if (!runs.isEmpty())
            block.paragraphs.append(runs);
        return block;
    }

    static TextRuns joinLines(const QList<TextRuns> &lines)
    {
        TextRuns joined;
        for (const TextRuns &line : lines) {
            if (!joined.isEmpty())
                joined.append({TextRun::Kind::Literal, QStringLiteral("\n"), {}});
            joined += line;
        }
        return joined;
    }

private:
    const Draft &m_draft;
    mutable QHash<QString, std::optional<QString>> m_resolved;
    FieldResolver m_resolve;
};

void collectPlaceholders(ComposedLetter &letter)
{
    for (const LetterBlock &block : std::as_const(letter.blocks)) {
        for (const TextRuns &paragraph : block.paragraphs) {
            for (const QString &key : placeholderKeys(paragraph, TextRun::Kind::Unfilled)) {
                if (!letter.unfilledPlaceholders.contains(key))
                    letter.unfilledPlaceholders.append(key);
            }
            for (const QString &key : placeholderKeys(paragraph, TextRun::Kind::Unknown)) {
                if (!letter.unknownPlaceholders.contains(key))
                    letter.unknownPlaceholders.append(key);
            }
        }
    }
}

QString paragraphText(const TextRuns &runs)
{
    return joinRuns(runs);
}

QString runsHtml(const TextRuns &runs)
{
    QString html;
    for (const TextRun &run : runs) {
        QString escaped = run.text.toHtmlEscaped();
        escaped.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
        if (run.kind == TextRun::Kind::Unfilled || run.kind == TextRun::Kind::Unknown)
            html += QLatin1String("<span class=\"placeholder\" style=\"background-color:#fde2e1;color:#9b1c1c;\">")
                    + escaped + QLatin1String("</span>");
        else
            html += escaped;
    }
    return html;
}

} // namespace

const LetterBlock *ComposedLetter::block(BlockKind kind, std::optional<Section> section) const
{
    for (const LetterBlock &candidate : blocks) {
        if (candidate.kind == kind && (!section || candidate.section == section))
            return &candidate;
    }
    return nullptr;
}

FieldResolver letterFieldResolver(const Draft &draft)
{
    return [&draft, locale = letterLocale(draft.language)](QStringView key) -> std::optional<QString> {
        const FieldSpec *spec = findField(key);
        if (!spec)
            return std::nullopt;
        const QString value = fieldValue(draft, key);
        if (value.isEmpty()) {
            if (key == u"customer.salutation")
                return draft.customer.name;
            return QString();
        }
        switch (spec->kind) {
        case FieldKind::Amount: return formatAmount(value, draft.caseDetails.currency, locale);
        case FieldKind::Date: return formatDate(QDate::fromString(value, Qt::ISODate), locale);
        default: return value;
        }
    };
}

QString fillTemplate(const Draft &draft, QStringView text)
{
    return joinRuns(substitutePlaceholders(text, letterFieldResolver(draft)));
}

ComposedLetter composeLetter(const Draft &draft)
{
    const LetterBuilder builder(draft);
    ComposedLetter letter;
    letter.language = draft.language;
    letter.subject = joinRuns(builder.substitute(draft.subject));

    letter.blocks.append(builder.linesBlock(BlockKind::Letterhead, {QStringLiteral("company.name"),
        QStringLiteral("company.address"), QStringLiteral("company.phone"), QStringLiteral("company.email")}));
    letter.blocks.append(builder.linesBlock(BlockKind::Date, {QStringLiteral("date.letter")}));
    letter.blocks.append(builder.linesBlock(BlockKind::Recipient, {QStringLiteral("customer.name"),
        QStringLiteral("customer.address")}));
    letter.blocks.append(builder.templateBlock(BlockKind::Subject, draft.subject));
    letter.blocks.append(builder.templateBlock(BlockKind::Salutation, draft.salutation));
    for (Section section : kSections)
        letter.blocks.append(builder.templateBlock(BlockKind::Section, draft.section(section), section));
    letter.blocks.append(builder.templateBlock(BlockKind::Closing, draft.closing));
    letter.blocks.append(builder.linesBlock(BlockKind::Signature, {QStringLiteral("sender.name"),
        QStringLiteral("sender.title"), QStringLiteral("company.name"), QStringLiteral("sender.phone"),
        QStringLiteral("sender.email")}));
    collectPlaceholders(letter);
    letter.plain = renderPlainTextWithLayout(letter);
    return letter;
}

void recomposeSection(ComposedLetter &letter, const Draft &draft, Section section)
{
    const auto block = std::find_if(letter.blocks.begin(), letter.blocks.end(), [section](const LetterBlock &b) {
        return b.kind == BlockKind::Section && b.section == section;
    });
    if (block == letter.blocks.end()) {
        letter = composeLetter(draft);
        return;
    }
    *block = LetterBuilder(draft).templateBlock(BlockKind::Section, draft.section(section), section);
    letter.unfilledPlaceholders.clear();
    letter.unknownPlaceholders.clear();
    collectPlaceholders(letter);
    letter.plain = renderPlainTextWithLayout(letter);
}

LetterText renderPlainTextWithLayout(const ComposedLetter &letter)
{
    LetterText out;
    for (const LetterBlock &block : letter.blocks) {
        qsizetype blockStart = -1;
        for (const TextRuns &paragraph : block.paragraphs) {
            if (!out.text.isEmpty())
                out.text += QLatin1String("\n\n");
            if (blockStart < 0)
                blockStart = out.text.size();
            out.text += paragraphText(paragraph);
        }
        if (blockStart < 0)
            blockStart = out.text.size();
        out.blocks.append({block.kind, block.section, {blockStart, out.text.size()}});
    }
    out.text += QLatin1Char('\n');
    return out;
}

QString renderPlainText(const ComposedLetter &letter)
{
    // A letter put together by hand (tests) has no plain text yet.
    return letter.plain.blocks.isEmpty() ? renderPlainTextWithLayout(letter).text : letter.plain.text;
}

std::optional<SectionSource> ComposedLetter::sectionSource(Section section, qsizetype start, qsizetype end) const
{
    const qsizetype index = std::find_if(blocks.begin(), blocks.end(), [section](const LetterBlock &b) {
                                return b.kind == BlockKind::Section && b.section == section;
                            }) - blocks.begin();
    if (index >= blocks.size() || index >= plain.blocks.size())
        return std::nullopt;
    const Span span = plain.blocks[index].span;
    if (start < span.start || start > span.end || end < start)
        return std::nullopt;

    // The runs of the block, each with where it lies in the plain text.
    struct Piece {
        qsizetype at;
        const TextRun *run;
    };
    QList<Piece> pieces;
    qsizetype at = span.start;
    for (const TextRuns &paragraph : blocks[index].paragraphs) {
        if (at > span.start)
            at += 2; // the blank line between paragraphs
        for (const TextRun &run : paragraph) {
            pieces.append({at, &run});
            at += run.text.size();
        }
    }
    const auto toSource = [&pieces](qsizetype offset, bool isEnd) -> qsizetype {
        for (const Piece &piece : pieces) {
            if (offset > piece.at + piece.run->text.size())
                continue;
            if (offset < piece.at)
                return piece.run->source;
            if (piece.run->kind == TextRun::Kind::Literal)
                return piece.run->source + (offset - piece.at);
            return isEnd ? piece.run->source + piece.run->sourceLength() : piece.run->source;
        }
        return pieces.isEmpty() ? 0 : pieces.last().run->source + pieces.last().run->sourceLength();
    };
    SectionSource source{toSource(start, false), toSource(end, true), true};
    for (const Piece &piece : pieces) {
        const bool overlaps = start < piece.at + piece.run->text.size() && piece.at < end;
        if (overlaps && piece.run->kind != TextRun::Kind::Literal)
            source.verbatim = false;
    }
    return source;
}

QString sectionAnchor(Section section)
{
    return QLatin1String("section-") + sectionKey(section);
}

QString renderHtml(const ComposedLetter &letter, const HtmlOptions &options)
{
    QString html = QLatin1String("<!DOCTYPE html>\n<html lang=\"") + letter.language.toHtmlEscaped()
                   + QLatin1String("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + letter.subject.toHtmlEscaped()
                   + QLatin1String("</title>\n</head>\n<body style=\"font-family:'DejaVu Serif',Georgia,serif;"
                                   "font-size:11pt;color:#1f2328;\">\n");
    for (const LetterBlock &block : letter.blocks) {
        const bool highlighted = block.section && block.section == options.highlight;
        if (block.section)
            html += QLatin1String("<a name=\"") + sectionAnchor(*block.section) + QLatin1String("\"></a>\n");
        if (block.section && block.paragraphs.isEmpty() && options.emptySectionHint) {
            html += QLatin1String("<p style=\"margin-top:0;margin-bottom:14px;color:#8a8f98;font-style:italic;")
                    + (highlighted ? QLatin1String("background-color:#fff3c4;") : QLatin1String(""))
                    + QLatin1String("\">") + options.emptySectionHint(*block.section).toHtmlEscaped()
                    + QLatin1String("</p>\n");
        }
        for (const TextRuns &paragraph : block.paragraphs) {
            QString style = QStringLiteral("margin-top:0;margin-bottom:14px;");
            if (highlighted)
                style += QLatin1String("background-color:#fff3c4;");
            if (block.kind == BlockKind::Letterhead)
                style += QLatin1String("color:#24527a;");
            QString body = runsHtml(paragraph);
            if (block.kind == BlockKind::Subject)
                body = QLatin1String("<b>") + body + QLatin1String("</b>");
            html += QLatin1String("<p style=\"") + style + QLatin1String("\">") + body + QLatin1String("</p>\n");
        }
    }
    html += QLatin1String("</body>\n</html>\n");
    return html;
}

} // namespace amends::core
