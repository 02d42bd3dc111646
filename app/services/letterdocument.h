#pragma once

#include "core/composer.h"

#include <QFont>

#include <memory>

class QTextDocument;

namespace amends::services {

/// The composed letter as a QTextDocument: one layout for the preview and for every
/// output that paints or writes a document, so they cannot drift apart.
std::unique_ptr<QTextDocument> buildLetterDocument(const core::ComposedLetter &letter,
                                                   const core::HtmlOptions &options = {});

/// The typeface letters are set in (a serif face that ships with the application's
/// dependencies, so PDFs embed the same font everywhere).
QFont letterFont();

} // namespace amends::services
