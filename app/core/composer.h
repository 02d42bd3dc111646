#pragma once

#include "draft.h"
#include "placeholders.h"
#include "textscan.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace amends::core {

enum class BlockKind { Letterhead, Date, Recipient, Subject, Salutation, Section, Closing, Signature };

/// One part of the letter. Each paragraph is a list of runs; a '\n' inside a run is a
/// line break within the paragraph.
struct LetterBlock {
    BlockKind kind = BlockKind::Section;
    std::optional<Section> section;
    QList<TextRuns> paragraphs;
};

/// The structured letter that every output (preview, text, PDF, email, ODT) renders,
/// so that what the preview shows is what leaves.
struct ComposedLetter {
    QString language;
    QString subject; ///< Plain text, substituted.
    QList<LetterBlock> blocks;
    QStringList unfilledPlaceholders; ///< Known fields that are still empty.
    QStringList unknownPlaceholders;  ///< `{keys}` that name no field.

    const LetterBlock *block(BlockKind kind, std::optional<Section> section = std::nullopt) const;
};

/// A field's value as the letter shows it: amounts with the currency, long dates in the
/// letter's locale, the customer's name when no form of address is given. The resolver
/// refers to @p draft, which must outlive it.
FieldResolver letterFieldResolver(const Draft &draft);

ComposedLetter composeLetter(const Draft &draft);

/// Fills a template (a phrase, a subject) with the draft's values; unfilled fields
/// stay as visible placeholders.
QString fillTemplate(const Draft &draft, QStringView text);

QString renderPlainText(const ComposedLetter &letter);

/// The plain text of a letter with where each block landed in it (what `check`
/// reports offsets against for a draft).
struct LetterText {
    struct Block {
        BlockKind kind;
        std::optional<Section> section;
        Span span; ///< Empty (start == end) for a block without text.
    };
    QString text;
    QList<Block> blocks;
};
LetterText renderPlainTextWithLayout(const ComposedLetter &letter);

/// Maps offsets in a section's composed text (as it appears in the letter) back to the
/// section's own text (with its placeholders), so findings on the letter can be shown
/// and fixed in the section's editor.
class SectionOffsetMap
{
public:
    SectionOffsetMap(const Draft &draft, Section section);
    /// The offset in the section text; a position inside a filled-in value maps to the
    /// start (or, with @p end, the end) of its placeholder.
    qsizetype toSectionText(qsizetype composedOffset, bool end = false) const;
    /// Whether composed [start, end) is plain section text, with no filled-in value.
    bool isVerbatim(qsizetype start, qsizetype end) const;

private:
    struct Piece {
        qsizetype composed;
        qsizetype composedLength;
        qsizetype source;
        qsizetype sourceLength;
        bool literal;
    };
    QList<Piece> m_pieces;
};

struct HtmlOptions {
    std::optional<Section> highlight; ///< Section shaded, e.g. the one being edited.
    /// When set, an empty section shows this hint (greyed) instead of nothing: for the
    /// preview, never for output that leaves the application.
    std::function<QString(Section)> emptySectionHint;
};

/// A complete HTML document; every value is escaped. Sections carry anchors named
/// `section-<key>`.
QString renderHtml(const ComposedLetter &letter, const HtmlOptions &options = {});

QString sectionAnchor(Section section);

} // namespace amends::core
