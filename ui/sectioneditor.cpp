#include "sectioneditor.h"

#include "placeholderhighlighter.h"

#include <QTextBlock>
#include <QTextCursor>

namespace amends::ui {

SectionEditor::SectionEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new PlaceholderHighlighter(document()))
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    setFont(font);
}

void SectionEditor::insertPhrase(const QString &phrase)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (cursor.hasSelection())
        cursor.removeSelectedText();
    QString text = phrase;
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    if (!before.isEmpty() && !before.back().isSpace())
        text.prepend(QLatin1Char(' '));
    const QString after = cursor.block().text().mid(cursor.positionInBlock());
    if (!after.isEmpty() && !after.front().isSpace())
        text.append(QLatin1Char(' '));
    cursor.insertText(text);
    cursor.endEditBlock();
    setTextCursor(cursor);
    setFocus(Qt::OtherFocusReason);
}

void SectionEditor::setTextPreservingCursor(const QString &text)
{
    if (toPlainText() == text)
        return;
    const int position = textCursor().position();
    setPlainText(text);
    QTextCursor cursor = textCursor();
    cursor.setPosition(qMin(position, text.size()));
    setTextCursor(cursor);
}

} // namespace amends::ui
