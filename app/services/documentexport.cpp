#include "documentexport.h"

#include "letterdocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QMimeData>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace amends::services {

QByteArray writeLetterOdt(const core::ComposedLetter &letter, QString *error)
{
    const std::unique_ptr<QTextDocument> document = buildLetterDocument(letter);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(document.get())) {
        if (error)
            *error = QCoreApplication::translate("amends::services::Odt", "The OpenDocument file could not be written.");
        return {};
    }
    return bytes;
}

std::unique_ptr<QMimeData> letterMimeData(const core::ComposedLetter &letter)
{
    auto data = std::make_unique<QMimeData>();
    data->setHtml(core::renderHtml(letter));
    data->setText(core::renderPlainText(letter));
    return data;
}

} // namespace amends::services
