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

/// The plain text of a letter with where each block landed in it (what `check`
/// reports offsets against for a draft).
struct LetterText {
    struct Block {
        BlockKind kind;
        std::optional<Section> section;
        Span span; ///< Empty (start == end) for a block without text.
    };
    QString text;
    QList<Block> blocks; ///< One for each of the letter's blocks, in the same order.
};

/// Where a stretch of the letter comes from in a section's own text (the text the
/// writer typed, with its placeholders).
struct SectionSource {
    qsizetype start = 0;
    qsizetype end = 0;
    /// Whether the stretch is the writer's own words, with no filled-in value: then
    /// it can be replaced in the section's editor.
    bool verbatim = true;
};

/// The structured letter that every output (preview, text, PDF, email, ODT) renders,
/// so that what the preview shows is what leaves. Composed once per change of the
/// draft and shared by the preview, the checks and every export.
struct ComposedLetter {
    QString language;
    QString subject; ///< Plain text, substituted.
    QList<LetterBlock> blocks;
    QStringList unfilledPlaceholders; ///< Known fields that are still empty.
    QStringList unknownPlaceholders;  ///< `{keys}` that name no field.
    LetterText plain;                 ///< The letter as plain text, rendered with it.

    const LetterBlock *block(BlockKind kind, std::optional<Section> section = std::nullopt) const;

    /// Maps [@p start, @p end) of the plain text back into @p section's own text, by
    /// looking up the runs it was composed from; a position inside a filled-in value
    /// maps to the start (or, for the end, the end) of its placeholder. std::nullopt
    /// when the stretch does not lie in that section.
    std::optional<SectionSource> sectionSource(Section section, qsizetype start, qsizetype end) const;
};

/// A field's value as the letter shows it: amounts with the currency, long dates in the
/// letter's locale, the customer's name when no form of address is given. The resolver
/// refers to @p draft, which must outlive it.
FieldResolver letterFieldResolver(const Draft &draft);

/// Composes the whole letter, its plain text included.
ComposedLetter composeLetter(const Draft &draft);

/// The same as composeLetter(@p draft) when @p letter was composed from a draft that
/// differs from @p draft only in the text of @p section: only that section is composed
/// again (typing in a long letter changes one section at a time).
void recomposeSection(ComposedLetter &letter, const Draft &draft, Section section);

/// Fills a template (a phrase, a subject) with the draft's values; unfilled fields
/// stay as visible placeholders.
QString fillTemplate(const Draft &draft, QStringView text);

/// The letter's plain text (as `plain` holds it).
QString renderPlainText(const ComposedLetter &letter);

LetterText renderPlainTextWithLayout(const ComposedLetter &letter);

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
