#include "sectioneditor.h"

#include "proofreadinghighlighter.h"

#include "services/proofreader.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QTextBlock>
#include <QTextCursor>

#include <memory>

namespace amends::ui {

namespace {

QAction *separator(QObject *parent)
{
    auto *action = new QAction(parent);
    action->setSeparator(true);
    return action;
}

} // namespace

SectionEditor::SectionEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new ProofreadingHighlighter(this))
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    setFont(font);
    // After a large paste the highlighter catches up from what the writer sees.
    connect(this, &QPlainTextEdit::updateRequest, this,
            [this] { m_highlighter->setPriorityBlock(firstVisibleBlock().blockNumber()); });
    // The word being typed is marked once the cursor leaves it.
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (textCursor().position() != m_highlighter->typingPosition())
            m_highlighter->setTypingPosition(-1);
    });
}

void SectionEditor::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool wordCharacter = text.size() == 1 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
                               && (text.front().isLetterOrNumber() || text.front() == u'\'' || text.front() == u'\u2019'
                                   || text.front() == u'-');
    m_highlighter->setTypingPosition(wordCharacter ? textCursor().selectionStart() + 1 : -1);
    QPlainTextEdit::keyPressEvent(event);
}

void SectionEditor::showEvent(QShowEvent *event)
{
    // An editor is marked from when it is first shown: marking lays its text out, which
    // a window opening with five of its six section editors hidden need not wait for.
    if (!m_highlighter->document()) {
        m_highlighter->attach(document());
        m_highlighter->rehighlightAll();
    }
    QPlainTextEdit::showEvent(event);
}

void SectionEditor::focusOutEvent(QFocusEvent *event)
{
    m_highlighter->setTypingPosition(-1);
    QPlainTextEdit::focusOutEvent(event);
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

void SectionEditor::setProofreader(services::Proofreader *proofreader)
{
    m_proofreader = proofreader;
    m_highlighter->setProofreader(proofreader);
}

QMenu *SectionEditor::createProofreadingMenu(int position)
{
    QTextCursor at(document());
    at.setPosition(qBound(0, position, document()->characterCount() - 1));
    QMenu *menu = createStandardContextMenu(cursorRect(at).center());
    const QList<QAction *> spelling = createSpellingActions(at.position(), menu);
    if (!spelling.isEmpty())
        menu->insertActions(menu->actions().value(0), spelling);
    return menu;
}

void SectionEditor::contextMenuEvent(QContextMenuEvent *event)
{
    // The Menu key opens the menu for the word at the text cursor, under that word.
    const bool byMouse = event->reason() == QContextMenuEvent::Mouse;
    const int position = byMouse ? cursorForPosition(event->pos()).position() : textCursor().position();
    const std::unique_ptr<QMenu> menu(createProofreadingMenu(position));
    menu->exec(byMouse ? event->globalPos() : viewport()->mapToGlobal(cursorRect().bottomLeft()));
}

QList<QAction *> SectionEditor::createSpellingActions(int position, QObject *parent)
{
    if (!m_proofreader)
        return {};
    const QTextBlock block = document()->findBlock(position);
    const std::optional<core::Span> span = m_proofreader->misspellingAt(block.text(), position - block.position());
    if (!span)
        return {};
    QTextCursor target(document());
    target.setPosition(block.position() + static_cast<int>(span->start));
    target.setPosition(block.position() + static_cast<int>(span->end), QTextCursor::KeepAnchor);
    if (m_highlighter->isIgnoredOnce(target.selectionStart(), target.selectionEnd()))
        return {};
    QList<QAction *> actions = createSuggestionActions(target, parent);
    actions.append(separator(parent));
    const QString word = target.selectedText();
    const int start = target.selectionStart();
    const int end = target.selectionEnd();
    const auto addAction = [&](const QString &text, const QString &name, auto slot) {
        auto *action = new QAction(text, parent);
        action->setObjectName(name);
        action->setData(word);
        connect(action, &QAction::triggered, this, slot);
        actions.append(action);
    };
    addAction(tr("&Ignore"), QStringLiteral("spellingIgnore"), [this, start, end] { m_highlighter->ignoreOnce(start, end); });
    addAction(tr("Ignore &All in This Letter"), QStringLiteral("spellingIgnoreAll"),
              [this, word] { m_proofreader->ignoreAll(word); });
    addAction(tr("Add to &Dictionary"), QStringLiteral("spellingAddToDictionary"), [this, word] { addToDictionary(word); });
    actions.append(separator(parent));
    return actions;
}

// The corrections for the word @p target selects, computed now, best first; each
// carries its replacement in QAction::data().
QList<QAction *> SectionEditor::createSuggestionActions(const QTextCursor &target, QObject *parent)
{
    const QString word = target.selectedText();
    QList<QAction *> actions;
    for (const QString &suggestion : m_proofreader->suggestions(word, kMaxSuggestions)) {
        auto *action = new QAction(suggestion, parent);
        action->setObjectName(QStringLiteral("spellingSuggestion"));
        action->setData(suggestion);
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        connect(action, &QAction::triggered, this,
                [this, action, target] { replaceText(target, action->data().toString()); });
        actions.append(action);
    }
    if (actions.isEmpty()) {
        auto *none = new QAction(tr("No suggestions for “%1”").arg(word), parent);
        none->setEnabled(false);
        actions.append(none);
    }
    return actions;
}

void SectionEditor::replaceText(QTextCursor target, const QString &replacement)
{
    target.beginEditBlock();
    target.insertText(replacement);
    target.endEditBlock();
    setTextCursor(target);
}

void SectionEditor::addToDictionary(const QString &word)
{
    if (!m_proofreader)
        return;
    if (const QString error = m_proofreader->addToDictionary(word); !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot add the word"), error);
}

} // namespace amends::ui
