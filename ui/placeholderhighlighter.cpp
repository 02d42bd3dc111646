#include "placeholderhighlighter.h"

#include "core/fields.h"
#include "core/placeholders.h"

namespace amends::ui {

PlaceholderHighlighter::PlaceholderHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void PlaceholderHighlighter::highlightBlock(const QString &text)
{
    // Known fields are blue chips, misspelt or unknown ones red.
    const core::TextRuns runs = core::substitutePlaceholders(text, [](QStringView key) -> std::optional<QString> {
        if (!core::findField(key))
            return std::nullopt;
        return QString(); // reported as Unfilled: the run keeps the placeholder's own text
    });
    QTextCharFormat known;
    known.setBackground(QColor(0xdb, 0xea, 0xfe));
    known.setForeground(QColor(0x1e, 0x40, 0xaf));
    QTextCharFormat unknown;
    unknown.setBackground(QColor(0xfd, 0xe2, 0xe1));
    unknown.setForeground(QColor(0x9b, 0x1c, 0x1c));
    unknown.setToolTip(tr("No case field has this name."));
    int position = 0;
    for (const core::TextRun &run : runs) {
        const int length = static_cast<int>(run.text.size());
        if (run.kind == core::TextRun::Kind::Unfilled)
            setFormat(position, length, known);
        else if (run.kind == core::TextRun::Kind::Unknown)
            setFormat(position, length, unknown);
        position += length;
    }
}

} // namespace amends::ui
