#pragma once

#include "draft.h"
#include "ruleset.h"
#include "textscan.h"

#include <QList>
#include <QString>

#include <optional>

namespace amends::core {

/// A letter written outside Amends, split into paragraphs with the part each plays,
/// so it can be turned into a draft and repaired in the wizard.
struct LetterParagraph {
    enum class Role { Heading, Greeting, Body, Closing, Signature };
    Role role = Role::Body;
    std::optional<Section> section; ///< For body paragraphs; the writer may change it.
    QString text;
};

/// Splits @p text into paragraphs (at blank lines) and suggests a section for each body
/// paragraph from the language's section cues; a paragraph with no cue joins the
/// section of the one before it (or, at the start, the one after).
QList<LetterParagraph> splitPlainTextLetter(const QString &text, const RuleSet &rules);

/// Where a plain letter's signature starts: after its last closing line ("Kind regards,"),
/// or, without one, at a short last paragraph made only of capitalised names
/// ("Sam Ortiz\nBilling Team"); -1 when it has none. Only a signature's words (and the
/// greeting's) are taken for names, so ordinary closing paragraphs are still spelled.
qsizetype signatureStart(const TextScan &scan, const RuleSet &rules);

/// A draft from the paragraphs: each section's paragraphs in order, the greeting as the
/// salutation, the closing line, and the signature's first line as the sender's name.
Draft draftFromParagraphs(const QList<LetterParagraph> &paragraphs, const QString &language);

} // namespace amends::core
