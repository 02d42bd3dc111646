#include "markedletteredit.h"

#include "findingstyle.h"

#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>

namespace amends::ui {

namespace {

constexpr int kTintAlpha = 46;
constexpr int kSuggestionTintAlpha = 22;

QTextCharFormat markFormat(const core::Finding &finding)
{
    const QColor color = findingColor(finding.category);
    QColor tint = color;
    tint.setAlpha(finding.severity == core::Severity::Suggestion ? kSuggestionTintAlpha : kTintAlpha);
    QTextCharFormat format;
    format.setBackground(tint);
    format.setFontUnderline(true);
    format.setUnderlineColor(color);
    format.setUnderlineStyle(finding.severity == core::Severity::Suggestion ? QTextCharFormat::DotLine
                                                                             : QTextCharFormat::DashUnderline);
    format.setToolTip(finding.message);
    return format;
}

} // namespace

MarkedLetterEdit::MarkedLetterEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

void MarkedLetterEdit::setFindings(const QList<core::Finding> &findings)
{
    const int length = document()->characterCount() - 1;
    QList<QTextEdit::ExtraSelection> marks;
    for (const core::Finding &finding : findings) {
        if (finding.end <= finding.start || finding.end > length)
            continue;
        QTextCursor cursor(document());
        cursor.setPosition(static_cast<int>(finding.start));
        cursor.setPosition(static_cast<int>(finding.end), QTextCursor::KeepAnchor);
        marks.append({cursor, markFormat(finding)});
    }
    setExtraSelections(marks);
}

QStringList MarkedLetterEdit::messagesAt(int position) const
{
    QStringList messages;
    for (const QTextEdit::ExtraSelection &mark : extraSelections()) {
        if (position >= mark.cursor.selectionStart() && position < mark.cursor.selectionEnd())
            messages.append(mark.format.toolTip());
    }
    messages.removeDuplicates();
    return messages;
}

void MarkedLetterEdit::selectSpan(qsizetype start, qsizetype end)
{
    const int length = document()->characterCount() - 1;
    QTextCursor cursor(document());
    cursor.setPosition(static_cast<int>(std::clamp<qsizetype>(start, 0, length)));
    cursor.setPosition(static_cast<int>(std::clamp<qsizetype>(end, 0, length)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

bool MarkedLetterEdit::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QPlainTextEdit::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QStringList messages = messagesAt(cursorForPosition(help->pos()).position());
    if (messages.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), viewport());
    return true;
}

} // namespace amends::ui
