#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace amends::services {

/// What a PDF says about itself in its document properties.
struct PdfMetadata {
    QString title;
    QString author;
    QString subject;
    QString creator;  ///< The application that made the document.
    QString producer; ///< The library that wrote the PDF.
    QDateTime created;
    bool archival = false; ///< Declares PDF/A-1b conformance.
};

/// The XMP packet for @p metadata (Dublin Core title, creator and description, XMP
/// dates and tool, PDF producer, and the PDF/A identification when archival).
QByteArray xmpPacket(const PdfMetadata &metadata);

/// Appends an incremental update to @p pdf that replaces its document information
/// dictionary with one holding every entry of @p metadata, matching the XMP packet
/// as PDF/A requires. Qt 6.4's QPdfWriter writes only the title and creator there.
/// Returns @p pdf unchanged when its trailer cannot be read.
QByteArray withDocumentInfo(const QByteArray &pdf, const PdfMetadata &metadata);

} // namespace amends::services
