#include "pdfexport.h"

#include "letterdocument.h"
#include "pdfmetadata.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace amends::services {

namespace {

constexpr int kResolution = 1200;

PdfMetadata metadataFor(const core::ComposedLetter &letter, const PdfOptions &options)
{
    PdfMetadata metadata;
    metadata.title = letter.subject;
    metadata.author = options.author;
    metadata.subject = options.subject;
    metadata.creator = QStringLiteral("Amends ") + QCoreApplication::applicationVersion();
    metadata.producer = QStringLiteral("Qt ") + QLatin1String(qVersion());
    metadata.created = options.created;
    metadata.archival = options.archival;
    return metadata;
}

} // namespace

QByteArray writeLetterPdf(const core::ComposedLetter &letter, const PdfOptions &options, QString *error)
{
    const PdfMetadata metadata = metadataFor(letter, options);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPdfVersion(options.archival ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_4);
        writer.setTitle(metadata.title);
        writer.setCreator(metadata.creator);
        // Qt 6.4 has no author or subject property; the XMP packet carries them (and
        // the PDF/A identification, which Qt leaves out once a packet is given).
        writer.setDocumentXmpMetadata(xmpPacket(metadata));
        applyPageSetup(writer, options.page);

        const std::unique_ptr<QTextDocument> document = buildLetterDocument(withBreakOpportunities(letter));
        if (!options.logo.isNull())
            addLetterheadLogo(*document, options.logo);
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = QCoreApplication::translate("amends::services::Pdf", "The PDF could not be started.");
            return {};
        }
        paintLetterPages(*document, writer, painter);
        painter.end();
    }
    return withDocumentInfo(bytes, metadata);
}

} // namespace amends::services
