#include "letterdocument.h"

#include <QDataStream>
#include <QImage>
#include <QTextFrame>
#include <QTextList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace amends::services {

namespace {

// The letterhead is the first paragraph: the company's name set large, its contact
// lines small, and a rule below. The signature (the last paragraph) gets room above
// it for a handwritten signature.
QTextBlockFormat letterheadBlock()
{
    QTextBlockFormat block;
    block.setBottomMargin(22.0);
    block.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
    return block;
}

void styleLetterhead(QTextDocument &document)
{
    const QTextBlock head = document.firstBlock();
    QTextCursor cursor(head);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    QTextCharFormat contact;
    contact.setFontPointSize(9.0);
    contact.setForeground(QColor(0x4a, 0x55, 0x60));
    cursor.mergeCharFormat(contact);
    const qsizetype lineEnd = head.text().indexOf(QChar::LineSeparator);
    cursor.setPosition(head.position());
    cursor.setPosition(head.position() + (lineEnd < 0 ? head.length() - 1 : lineEnd), QTextCursor::KeepAnchor);
    QTextCharFormat name;
    name.setFontPointSize(15.0);
    name.setFontWeight(QFont::Bold);
    name.setForeground(QColor(0x1d, 0x3d, 0x5c));
    cursor.mergeCharFormat(name);
    cursor.mergeBlockFormat(letterheadBlock());
}

void styleSignature(QTextDocument &document)
{
    QTextCursor cursor(document.lastBlock());
    QTextBlockFormat block;
    block.setTopMargin(30.0);
    cursor.mergeBlockFormat(block);
}

constexpr qsizetype kLongToken = 64;

bool hasLongToken(const QString &text)
{
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > kLongToken)
            return true;
    }
    return false;
}

void breakLongTokens(QString &text)
{
    if (!hasLongToken(text))
        return;
    QString out;
    out.reserve(text.size() + text.size() / kLongToken + 1);
    qsizetype run = 0;
    for (const QChar c : std::as_const(text)) {
        if (c.isSpace()) {
            run = 0;
        } else if (run >= kLongToken && !c.isLowSurrogate()) {
            out += QChar(0x200B);
            run = 0;
        }
        out += c;
        ++run;
    }
    text = out;
}

// A paragraph's text in runs of one character format each, adjacent equal runs merged
// (two documents may split the same text into fragments differently).
struct Run {
    QString text;
    QTextCharFormat format;
};

QList<Run> runsOf(const QTextBlock &block)
{
    QList<Run> runs;
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!runs.isEmpty() && runs.last().format == fragment.charFormat())
            runs.last().text += fragment.text();
        else
            runs.append({fragment.text(), fragment.charFormat()});
    }
    return runs;
}

// Whether every character of two blocks with the same text has the same format: the
// fragments are walked side by side, without copying them (most blocks compared are
// the same, and a long letter has hundreds).
bool sameCharFormats(const QTextBlock &a, const QTextBlock &b)
{
    QTextBlock::iterator ia = a.begin();
    QTextBlock::iterator ib = b.begin();
    while (!ia.atEnd() && !ib.atEnd()) {
        const QTextFragment fa = ia.fragment();
        const QTextFragment fb = ib.fragment();
        if (fa.charFormat() != fb.charFormat())
            return false;
        const int endA = fa.position() - a.position() + fa.length();
        const int endB = fb.position() - b.position() + fb.length();
        if (endA <= endB)
            ++ia;
        if (endB <= endA)
            ++ib;
    }
    return ia.atEnd() && ib.atEnd();
}

bool sameBlock(const QTextBlock &a, const QTextBlock &b)
{
    return a.length() == b.length() && a.blockFormat() == b.blockFormat() && a.charFormat() == b.charFormat()
           && a.text() == b.text() && sameCharFormats(a, b);
}

// A paragraph of text only: in the document's top frame, not in a list or table, and
// without an image or other object.
bool isPlain(const QTextBlock &block)
{
    if (block.textList() || QTextCursor(block).currentFrame() != block.document()->rootFrame())
        return false;
    return !block.text().contains(QChar::ObjectReplacementCharacter);
}

void writeBlock(QTextCursor &cursor, const QTextBlock &from)
{
    cursor.setBlockFormat(from.blockFormat());
    cursor.setBlockCharFormat(from.charFormat());
    for (const Run &run : runsOf(from))
        cursor.insertText(run.text, run.format);
}

// Rewrites the paragraphs of @p shown between the first @p prefix and the last @p suffix,
// which are the same in both documents, as @p fresh has them (see patchDocument()).
bool patchMiddle(QTextDocument &shown, const QTextDocument &fresh, int prefix, int suffix)
{
    const int oldCount = shown.blockCount();
    const int newCount = fresh.blockCount();
    if (prefix == oldCount && prefix == newCount)
        return true;
    const int oldChanged = oldCount - prefix - suffix;
    const int newChanged = newCount - prefix - suffix;
    if (oldChanged == 0 || newChanged == 0)
        return false;
    for (int i = 0; i < oldChanged; ++i) {
        if (!isPlain(shown.findBlockByNumber(prefix + i)))
            return false;
    }
    for (int i = 0; i < newChanged; ++i) {
        if (!isPlain(fresh.findBlockByNumber(prefix + i)))
            return false;
    }

    QTextCursor cursor(&shown);
    cursor.beginEditBlock();
    const int rewritten = std::min(oldChanged, newChanged);
    for (int i = 0; i < rewritten; ++i) {
        const QTextBlock block = shown.findBlockByNumber(prefix + i);
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        writeBlock(cursor, fresh.findBlockByNumber(prefix + i));
    }
    const QTextBlock lastRewritten = shown.findBlockByNumber(prefix + rewritten - 1);
    const int end = lastRewritten.position() + lastRewritten.length() - 1;
    if (oldChanged > rewritten) {
        // The paragraphs that are gone, with the breaks before them.
        const QTextBlock lastGone = shown.findBlockByNumber(prefix + oldChanged - 1);
        cursor.setPosition(end);
        cursor.setPosition(lastGone.position() + lastGone.length() - 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    cursor.setPosition(end);
    for (int i = rewritten; i < newChanged; ++i) {
        const QTextBlock from = fresh.findBlockByNumber(prefix + i);
        cursor.insertBlock(from.blockFormat(), from.charFormat());
        writeBlock(cursor, from);
    }
    cursor.endEditBlock();
    shown.setMetaInformation(QTextDocument::DocumentTitle, fresh.metaInformation(QTextDocument::DocumentTitle));
    return true;
}

} // namespace

bool patchDocument(QTextDocument &shown, const QTextDocument &fresh)
{
    const int oldCount = shown.blockCount();
    const int newCount = fresh.blockCount();
    int prefix = 0;
    for (QTextBlock a = shown.begin(), b = fresh.begin(); prefix < oldCount && prefix < newCount && sameBlock(a, b);
         a = a.next(), b = b.next())
        ++prefix;
    int suffix = 0;
    for (QTextBlock a = shown.lastBlock(), b = fresh.lastBlock();
         suffix < oldCount - prefix && suffix < newCount - prefix && sameBlock(a, b);
         a = a.previous(), b = b.previous())
        ++suffix;
    return patchMiddle(shown, fresh, prefix, suffix);
}

bool patchDocument(QTextDocument &shown, const QTextDocument &fresh, const QList<quint64> &shownSignatures,
                   const QList<quint64> &freshSignatures)
{
    if (shownSignatures.size() != shown.blockCount() || freshSignatures.size() != fresh.blockCount())
        return patchDocument(shown, fresh);
    const auto oldCount = shownSignatures.size();
    const auto newCount = freshSignatures.size();
    const auto prefix = std::mismatch(shownSignatures.begin(), shownSignatures.end(), freshSignatures.begin(), freshSignatures.end()).first
                        - shownSignatures.begin();
    const auto room = std::min(oldCount, newCount) - prefix;
    const auto suffix = std::mismatch(shownSignatures.rbegin(), shownSignatures.rbegin() + room, freshSignatures.rbegin()).first
                        - shownSignatures.rbegin();
    return patchMiddle(shown, fresh, int(prefix), int(suffix));
}

QList<quint64> blockSignatures(const QTextDocument &document)
{
    QList<quint64> signatures;
    signatures.reserve(document.blockCount());
    QByteArray bytes;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        bytes.clear();
        {
            // Equal formats are written as equal bytes.
            QDataStream out(&bytes, QIODevice::WriteOnly);
            out << block.blockFormat() << block.charFormat();
            for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                out << fragment.text() << fragment.charFormat();
            }
        }
        signatures.append(qHash(bytes, 0));
    }
    return signatures;
}

core::ComposedLetter withBreakOpportunities(core::ComposedLetter letter)
{
    for (core::LetterBlock &block : letter.blocks) {
        for (core::TextRuns &paragraph : block.paragraphs) {
            for (core::TextRun &run : paragraph)
                breakLongTokens(run.text);
        }
    }
    return letter;
}

QFont letterFont()
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(11.0);
    return font;
}

std::unique_ptr<QTextDocument> buildLetterDocument(const core::ComposedLetter &letter, const core::HtmlOptions &options)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(letterFont());
    document->setDocumentMargin(36.0);
    document->setHtml(core::renderHtml(letter, options));
    document->setMetaInformation(QTextDocument::DocumentTitle, letter.subject);
    styleLetterhead(*document);
    styleSignature(*document);
    return document;
}

void addLetterheadLogo(QTextDocument &document, const QImage &logo)
{
    constexpr int kLogoHeight = 48; // in the document's pixels: about 13 mm on paper, the letterhead's height
    const QString name = QStringLiteral("amends-letterhead:logo");
    document.addResource(QTextDocument::ImageResource, QUrl(name), logo);
    // Floated right inside the letterhead paragraph, so the company's lines keep their
    // place and style beside it.
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::Start);
    const int width = kLogoHeight * logo.width() / qMax(1, logo.height());
    cursor.insertHtml(QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" style=\"float: right\">")
                          .arg(name.toHtmlEscaped())
                          .arg(width)
                          .arg(kLogoHeight));
    cursor.mergeBlockFormat(letterheadBlock()); // inserting HTML resets the paragraph's format
}

} // namespace amends::services
