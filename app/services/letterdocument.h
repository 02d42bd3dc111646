#pragma once

#include "core/composer.h"

#include <QFont>
#include <QList>

#include <memory>

class QImage;
class QTextDocument;

namespace amends::services {

/// The composed letter as a QTextDocument: one layout for the preview and for every
/// output that paints or writes a document, so they cannot drift apart.
std::unique_ptr<QTextDocument> buildLetterDocument(const core::ComposedLetter &letter,
                                                   const core::HtmlOptions &options = {});

/// @p letter with a zero-width space (U+200B) after every 64 characters of a word
/// longer than that. Qt's line layout takes time that grows with the square of a
/// token's length (a 200 KB word took seconds): given to the layout only, this lets it
/// break such a word anywhere, and looks the same on paper.
core::ComposedLetter withBreakOpportunities(core::ComposedLetter letter);

/// Makes @p shown read and look like @p fresh by rewriting only the paragraphs that
/// differ, so a view showing it lays out those paragraphs alone (a keystroke changes
/// one paragraph of a letter of hundreds). Returns false, leaving @p shown unchanged,
/// when the difference is not in plain paragraphs (lists, tables, images) or the
/// paragraphs were added or removed at either end; then the caller shows @p fresh.
bool patchDocument(QTextDocument &shown, const QTextDocument &fresh);

/// A number for each paragraph of @p document, made from its text and its paragraph and
/// character formats: paragraphs with the same number read and look the same. Worked
/// out where a document is built, off the GUI thread, so that patching compares numbers.
QList<quint64> blockSignatures(const QTextDocument &document);

/// patchDocument() told which paragraphs are the same by their blockSignatures(): the
/// documents' paragraphs are not compared. Falls back to comparing them when a list does
/// not match its document's paragraphs.
bool patchDocument(QTextDocument &shown, const QTextDocument &fresh, const QList<quint64> &shownSignatures,
                   const QList<quint64> &freshSignatures);

/// Places @p logo at the top right of the letterhead, beside the company's lines,
/// scaled to a letterhead's height.
void addLetterheadLogo(QTextDocument &document, const QImage &logo);

/// The typeface letters are set in (a serif face that ships with the application's
/// dependencies, so PDFs embed the same font everywhere).
QFont letterFont();

} // namespace amends::services
