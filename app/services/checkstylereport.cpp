#include "checkstylereport.h"

#include "checkreport.h"

#include <QXmlStreamWriter>

namespace amends::services {

namespace {

QString checkstyleSeverity(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Error:
        return QStringLiteral("error");
    case core::Severity::Warning:
        return QStringLiteral("warning");
    case core::Severity::Suggestion:
        break;
    }
    return QStringLiteral("info");
}

void writeFile(QXmlStreamWriter &xml, const CheckOutput &output, core::Severity minimum)
{
    const TextPositions positions(output.input.subject.text);
    xml.writeStartElement(QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("name"), output.input.name);
    for (const core::Finding &finding : output.result.findings) {
        if (!reaches(finding.severity, minimum))
            continue;
        const TextPosition at = positions.at(finding.start);
        xml.writeEmptyElement(QStringLiteral("error"));
        xml.writeAttribute(QStringLiteral("line"), QString::number(at.line));
        xml.writeAttribute(QStringLiteral("column"), QString::number(at.column));
        xml.writeAttribute(QStringLiteral("severity"), checkstyleSeverity(finding.severity));
        xml.writeAttribute(QStringLiteral("message"), finding.message);
        xml.writeAttribute(QStringLiteral("source"), finding.rule);
    }
    xml.writeEndElement();
}

} // namespace

QByteArray checkstyleXml(const QList<CheckOutput> &outputs, core::Severity minimum)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("checkstyle"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("4.3"));
    for (const CheckOutput &output : outputs)
        writeFile(xml, output, minimum);
    xml.writeEndElement();
    xml.writeEndDocument();
    bytes.append('\n');
    return bytes;
}

} // namespace amends::services
