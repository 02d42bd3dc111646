#pragma once

#include <QSyntaxHighlighter>

namespace amends::ui {

/// Shows `{field.key}` placeholders in an editor as tinted chips, so the writer sees
/// which words the case details will fill in.
class PlaceholderHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit PlaceholderHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace amends::ui
