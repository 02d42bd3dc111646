#pragma once

#include "letterpages.h"

#include "core/composer.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QString>

namespace amends::services {

struct PdfOptions {
    PageSetup page;
    QImage logo;           ///< Letterhead logo; none when null.
    bool archival = false; ///< PDF/A-1b.
    QString author;        ///< Document property: who wrote the letter.
    QString subject;       ///< Document property: what it is about (customer and case).
    QDateTime created = QDateTime::currentDateTimeUtc();
};

/// The letter as a PDF, laid out from the same document the preview shows, with its
/// fonts embedded (subsets) and its text selectable. Must run on a thread that may use
/// fonts, with a QGuiApplication. Returns an empty array and sets @p error on failure.
QByteArray writeLetterPdf(const core::ComposedLetter &letter, const PdfOptions &options, QString *error = nullptr);

} // namespace amends::services
