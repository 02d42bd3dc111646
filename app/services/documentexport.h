#pragma once

#include "core/composer.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QMimeData;

namespace amends::services {

/// The letter as an OpenDocument text (.odt), written by QTextDocumentWriter from the
/// document the preview shows. Returns an empty array and sets @p error on failure.
QByteArray writeLetterOdt(const core::ComposedLetter &letter, QString *error = nullptr);

/// The letter for the clipboard: HTML for rich-text editors (ticket systems, mail)
/// and plain text for everything else.
std::unique_ptr<QMimeData> letterMimeData(const core::ComposedLetter &letter);

} // namespace amends::services
