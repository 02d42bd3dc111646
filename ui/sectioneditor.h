#pragma once

#include <QPlainTextEdit>

namespace amends::ui {

class PlaceholderHighlighter;

/// The editor for one letter section: plain text with its own undo stack, field
/// placeholders shown as chips, and whole-phrase insertion as a single undo step.
class SectionEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SectionEditor(QWidget *parent = nullptr);

    /// Replaces the selection (or inserts at the cursor) as one undo step, adding a
    /// space where the phrase would otherwise run into the neighbouring word.
    void insertPhrase(const QString &phrase);

    /// Sets the text when it differs, keeping the cursor where it was.
    void setTextPreservingCursor(const QString &text);

private:
    PlaceholderHighlighter *m_highlighter;
};

} // namespace amends::ui
