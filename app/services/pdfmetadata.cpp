#include "pdfmetadata.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace amends::services {

namespace {

QString xmpDate(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QByteArray pdfDate(const QDateTime &date)
{
    return "(D:" + date.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

// A PDF text string as UTF-16BE with a byte-order mark, written in hex: nothing in
// the value can end the string or the dictionary.
QByteArray pdfText(const QString &text)
{
    QByteArray utf16 = "\xFE\xFF";
    for (QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() >> 8));
        utf16.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex() + '>';
}

void writeAlt(QXmlStreamWriter &xml, const QString &element, const QString &value)
{
    xml.writeStartElement(element);
    xml.writeStartElement(QStringLiteral("rdf:Alt"));
    xml.writeStartElement(QStringLiteral("rdf:li"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    xml.writeCharacters(value);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
}

void writeDublinCore(QXmlStreamWriter &xml, const PdfMetadata &metadata)
{
    xml.writeStartElement(QStringLiteral("rdf:Description"));
    xml.writeAttribute(QStringLiteral("rdf:about"), QString());
    xml.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    xml.writeTextElement(QStringLiteral("dc:format"), QStringLiteral("application/pdf"));
    writeAlt(xml, QStringLiteral("dc:title"), metadata.title);
    xml.writeStartElement(QStringLiteral("dc:creator"));
    xml.writeStartElement(QStringLiteral("rdf:Seq"));
    xml.writeTextElement(QStringLiteral("rdf:li"), metadata.author);
    xml.writeEndElement();
    xml.writeEndElement();
    writeAlt(xml, QStringLiteral("dc:description"), metadata.subject);
    xml.writeEndElement();
}

void writeDescription(QXmlStreamWriter &xml, const QString &uri, const QString &prefix,
                      const QList<std::pair<QString, QString>> &properties)
{
    xml.writeStartElement(QStringLiteral("rdf:Description"));
    xml.writeAttribute(QStringLiteral("rdf:about"), QString());
    xml.writeNamespace(uri, prefix);
    for (const auto &[name, value] : properties)
        xml.writeTextElement(prefix + QLatin1Char(':') + name, value);
    xml.writeEndElement();
}

} // namespace

QByteArray xmpPacket(const PdfMetadata &metadata)
{
    QByteArray packet;
    QXmlStreamWriter xml(&packet);
    xml.setAutoFormatting(true);
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("begin=\"") + QChar(0xFEFF)
                                                                  + QStringLiteral("\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    xml.writeStartElement(QStringLiteral("x:xmpmeta"));
    xml.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    xml.writeStartElement(QStringLiteral("rdf:RDF"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"), QStringLiteral("rdf"));
    writeDublinCore(xml, metadata);
    const QString date = xmpDate(metadata.created);
    writeDescription(xml, QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("xmp"),
                     {{QStringLiteral("CreatorTool"), metadata.creator}, {QStringLiteral("CreateDate"), date},
                      {QStringLiteral("ModifyDate"), date}, {QStringLiteral("MetadataDate"), date}});
    writeDescription(xml, QStringLiteral("http://ns.adobe.com/pdf/1.3/"), QStringLiteral("pdf"),
                     {{QStringLiteral("Producer"), metadata.producer}});
    if (metadata.archival) {
        writeDescription(xml, QStringLiteral("http://www.aiim.org/pdfa/ns/id/"), QStringLiteral("pdfaid"),
                         {{QStringLiteral("part"), QStringLiteral("1")}, {QStringLiteral("conformance"), QStringLiteral("B")}});
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    xml.writeEndDocument();
    return packet;
}

QByteArray withDocumentInfo(const QByteArray &pdf, const PdfMetadata &metadata)
{
    static const QRegularExpression trailerPattern(
        QStringLiteral("trailer\\s*<<(.*)>>\\s*startxref\\s*(\\d+)\\s*%%EOF\\s*$"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression infoPattern(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression previousPattern(QStringLiteral("/Prev\\s+\\d+"));
    const qsizetype tailStart = pdf.lastIndexOf("trailer");
    if (tailStart < 0)
        return pdf;
    const QString tail = QString::fromLatin1(pdf.mid(tailStart));
    const QRegularExpressionMatch trailer = trailerPattern.match(tail);
    const QRegularExpressionMatch info = infoPattern.match(trailer.captured(1));
    if (!trailer.hasMatch() || !info.hasMatch())
        return pdf;

    // The update redefines the information dictionary's object; the new trailer keeps
    // every entry of the old one (root, size, file identifier) and points back to it.
    const QByteArray objectNumber = info.captured(1).toLatin1();
    const QByteArray entries = trailer.captured(1).remove(previousPattern).toLatin1();
    QByteArray update = pdf.endsWith('\n') ? QByteArray() : QByteArray("\n");
    const qsizetype objectOffset = pdf.size() + update.size();
    update += objectNumber + " 0 obj\n<<\n/Title " + pdfText(metadata.title) + "\n/Author " + pdfText(metadata.author)
              + "\n/Subject " + pdfText(metadata.subject) + "\n/Creator " + pdfText(metadata.creator) + "\n/Producer "
              + pdfText(metadata.producer) + "\n/CreationDate " + pdfDate(metadata.created) + "\n/ModDate "
              + pdfDate(metadata.created) + "\n>>\nendobj\n";
    const qsizetype xrefOffset = pdf.size() + update.size();
    update += "xref\n" + objectNumber + " 1\n" + QByteArray::number(objectOffset).rightJustified(10, '0')
              + " 00000 n \ntrailer\n<<" + entries + "/Prev " + trailer.captured(2).toLatin1()
              + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return pdf + update;
}

} // namespace amends::services
