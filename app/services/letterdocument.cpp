#include "letterdocument.h"

#include <QTextDocument>

namespace amends::services {

QFont letterFont()
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(11.0);
    return font;
}

std::unique_ptr<QTextDocument> buildLetterDocument(const core::ComposedLetter &letter, const core::HtmlOptions &options)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(letterFont());
    document->setDocumentMargin(36.0);
    document->setHtml(core::renderHtml(letter, options));
    document->setMetaInformation(QTextDocument::DocumentTitle, letter.subject);
    return document;
}

} // namespace amends::services
