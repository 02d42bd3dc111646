#pragma once

#include <QPlainTextEdit>
#include <QPointer>

class QMenu;

namespace amends::services {
class Proofreader;
}

namespace amends::ui {

class ProofreadingHighlighter;

/// The editor for one letter section: plain text with its own undo stack, field
/// placeholders shown as chips, misspelled words underlined with corrections on right
/// click (or the Menu key), and whole-phrase insertion as a single undo step.
class SectionEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int kMaxSuggestions = 8;

    explicit SectionEditor(QWidget *parent = nullptr);

    /// Replaces the selection (or inserts at the cursor) as one undo step, adding a
    /// space where the phrase would otherwise run into the neighbouring word.
    void insertPhrase(const QString &phrase);

    /// Turns spelling marks and corrections on (nullptr: off).
    void setProofreader(services::Proofreader *proofreader);
    /// Set on the editor's document when the editor is first shown; until then it
    /// keeps the proofreader and marks it is given, and paints nothing.
    ProofreadingHighlighter *highlighter() const { return m_highlighter; }

    /// The context menu for document position @p position, which the caller owns: for a
    /// misspelled word there, its corrections (computed now), Ignore, Ignore All and
    /// Add to Dictionary, then the standard editing actions.
    QMenu *createProofreadingMenu(int position);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QList<QAction *> createSpellingActions(int position, QObject *parent);
    QList<QAction *> createSuggestionActions(const QTextCursor &target, QObject *parent);
    void replaceText(QTextCursor target, const QString &replacement);
    void addToDictionary(const QString &word);

    ProofreadingHighlighter *m_highlighter;
    QPointer<services::Proofreader> m_proofreader;
};

} // namespace amends::ui
