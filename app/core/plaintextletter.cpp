#include "plaintextletter.h"

#include "fields.h"
#include "sectioncoverage.h"

#include <QRegularExpression>

#include <algorithm>

namespace amends::core {

namespace {

void fillGaps(QList<LetterParagraph> &paragraphs)
{
    std::optional<Section> previous;
    for (LetterParagraph &paragraph : paragraphs) {
        if (paragraph.role != LetterParagraph::Role::Body)
            continue;
        if (!paragraph.section)
            paragraph.section = previous;
        previous = paragraph.section;
    }
    std::optional<Section> next;
    for (auto it = paragraphs.rbegin(); it != paragraphs.rend(); ++it) {
        if (it->role != LetterParagraph::Role::Body)
            continue;
        if (!it->section)
            it->section = next.value_or(Section::Regret);
        next = it->section;
    }
}

// A line of a signature: a few words, each starting with a capital or a digit
// ("Sam Ortiz", "Billing Team", "0800 123 456").
bool looksLikeSignatureLine(QStringView line)
{
    const QList<QStringView> words = line.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 5)
        return false;
    return std::all_of(words.begin(), words.end(), [](QStringView word) {
        const QChar first = word.front();
        return first.isUpper() || first.isDigit() || !first.isLetter();
    });
}

} // namespace

qsizetype signatureStart(const TextScan &scan, const RuleSet &rules)
{
    const QString &text = scan.text();
    // The last closing line, followed by no more than a signature's few lines.
    qsizetype afterClosing = -1;
    for (auto it = rules.structure().closingLine.globalMatch(text); it.hasNext();)
        afterClosing = it.next().capturedEnd();
    constexpr qsizetype kMaxSignatureLines = 8;
    if (afterClosing >= 0 && QStringView(text).mid(afterClosing).trimmed().count(u'\n') < kMaxSignatureLines)
        return afterClosing;
    if (scan.paragraphs().size() < 2)
        return -1;
    const Span last = scan.paragraphs().last();
    const QList<QStringView> lines = QStringView(text).mid(last.start, last.length()).trimmed().split(u'\n');
    if (lines.size() > 4)
        return -1;
    for (QStringView line : lines) {
        if (!looksLikeSignatureLine(line.trimmed()))
            return -1;
    }
    return last.start;
}

QList<LetterParagraph> splitPlainTextLetter(const QString &text, const RuleSet &rules)
{
    const TextScan scan(text, rules.scanRules());
    const SectionCoverage coverage = detectSections(scan, rules.vocabulary().tokenIds(scan), rules);
    QList<LetterParagraph> paragraphs;
    bool greeted = false;
    bool closed = false;
    for (int p = 0; p < scan.paragraphs().size(); ++p) {
        const Span span = scan.paragraphs()[p];
        LetterParagraph paragraph;
        paragraph.text = text.mid(span.start, span.end - span.start).trimmed();
        const QRegularExpressionMatch closing = rules.structure().closingLine.match(paragraph.text);
        if (closed) {
            paragraph.role = LetterParagraph::Role::Signature;
        } else if (closing.hasMatch()) {
            // "Kind regards,\nDana" holds the closing and the start of the signature.
            paragraph.role = LetterParagraph::Role::Closing;
            const QString rest = paragraph.text.mid(closing.capturedEnd()).trimmed();
            paragraph.text = closing.captured(0).trimmed();
            paragraphs.append(paragraph);
            closed = true;
            if (!rest.isEmpty())
                paragraphs.append({LetterParagraph::Role::Signature, std::nullopt, rest});
            continue;
        } else if (!greeted && rules.structure().greetingLine.match(paragraph.text.section(u'\n', 0, 0)).hasMatch()) {
            paragraph.role = LetterParagraph::Role::Greeting;
            greeted = true;
            const QString rest = paragraph.text.section(u'\n', 1).trimmed();
            paragraph.text = paragraph.text.section(u'\n', 0, 0).trimmed();
            paragraphs.append(paragraph);
            if (!rest.isEmpty())
                paragraphs.append({LetterParagraph::Role::Body, coverage.paragraphSections[p].value(0), rest});
            continue;
        } else if (!greeted) {
            paragraph.role = LetterParagraph::Role::Heading;
        } else {
            const QList<Section> &cued = coverage.paragraphSections[p];
            if (!cued.isEmpty())
                paragraph.section = cued.first();
        }
        paragraphs.append(paragraph);
    }
    fillGaps(paragraphs);
    return paragraphs;
}

Draft draftFromParagraphs(const QList<LetterParagraph> &paragraphs, const QString &language)
{
    Draft draft;
    draft.language = language;
    for (const LetterParagraph &paragraph : paragraphs) {
        switch (paragraph.role) {
        case LetterParagraph::Role::Greeting: draft.salutation = sanitizeText(paragraph.text, false); break;
        case LetterParagraph::Role::Closing: draft.closing = paragraph.text; break;
        case LetterParagraph::Role::Signature:
            if (draft.sender.name.isEmpty())
                setFieldValue(draft, QStringLiteral("sender.name"), paragraph.text.section(u'\n', 0, 0));
            break;
        case LetterParagraph::Role::Heading: break;
        case LetterParagraph::Role::Body: {
            const Section section = paragraph.section.value_or(Section::Regret);
            const QString existing = draft.section(section);
            draft.setSection(section, existing.isEmpty() ? paragraph.text : existing + QLatin1String("\n\n") + paragraph.text);
            break;
        }
        }
    }
    return draft;
}

} // namespace amends::core
