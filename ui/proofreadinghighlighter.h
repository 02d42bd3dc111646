#pragma once

#include <QList>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCursor>
#include <QTextLayout>

class QTimer;

namespace amends::services {
class Proofreader;
}

namespace amends::ui {

/// Paints an editor's proofreading marks: `{field.key}` placeholders as tinted chips,
/// misspelled words with a red wavy underline, and extra marks set from outside (for
/// example findings of a tone check).
///
/// Only changed paragraphs are checked again (QSyntaxHighlighter works per block), a
/// paragraph's result is reused while neither its text nor the proofreader changes, and
/// the speller caches each word. After a large change, such as pasting megabytes, the
/// paragraphs beyond a short time budget are checked later in small idle slices,
/// starting with the first one the editor shows, so that the window stays responsive.
class ProofreadingHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /// A highlighter not yet set on a document (QSyntaxHighlighter::setDocument()):
    /// until then it only keeps what it is given.
    explicit ProofreadingHighlighter(QObject *parent);
    /// Sets the document to mark, as QSyntaxHighlighter::setDocument() does, and lets the
    /// marks besides spelling follow its edits (see setExtraFormats()).
    void attach(QTextDocument *document);
    /// Marks the whole document now, as an edit would, without reporting a change of
    /// its text.
    void rehighlightAll();

    /// Where spelling comes from; with none, or one without a dictionary, no word is
    /// marked.
    void setProofreader(services::Proofreader *proofreader);
    services::Proofreader *proofreader() const;

    /// Marks to paint besides spelling, as ranges of document positions; replaces the
    /// previous set and repaints the paragraphs whose marks changed. Spelling marks are
    /// merged on top where they overlap. Until the next set, the marks follow edits: one
    /// after an edit moves with its text, one the edit falls in stretches or shrinks with
    /// it, and one that ends in a word grows with what is typed right after it (a sentence
    /// being typed grows; one ended by a full stop does not), so the next set, made from a
    /// check of the edited text, usually finds them where they already are.
    void setExtraFormats(const QList<QTextLayout::FormatRange> &ranges);
    /// The marks besides spelling where they are now.
    const QList<QTextLayout::FormatRange> &extraFormats() const { return m_extraFormats; }

    /// Stops marking the word at document positions [start, end), this occurrence
    /// only: once the word is edited it is checked again.
    void ignoreOnce(int start, int end);
    bool isIgnoredOnce(int start, int end) const;

    /// The document position just after the word being typed, or -1: the word that
    /// touches it is not marked until the writer leaves it (a half-typed word is no
    /// misspelling, and marking it at every key would lay its paragraph out twice).
    /// Clearing it marks that word at once.
    void setTypingPosition(int position);
    int typingPosition() const { return m_typingPosition; }

    /// The paragraph to check first when catching up (the first one the editor shows).
    void setPriorityBlock(int blockNumber);
    /// Whether some paragraphs still wait for their spelling check.
    bool isCatchingUp() const;

    /// The format merged onto a misspelled word: a red spell-check underline.
    static QTextCharFormat misspelledFormat();

Q_SIGNALS:
    /// Every paragraph deferred after a large change has been checked.
    void caughtUp();
    /// The writer left the word being typed (setTypingPosition(-1) after a position).
    void typedWordLeft();

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightPlaceholders(const QString &text);
    void highlightExtras(int length);
    void highlightSpelling(const QString &text);
    void rehighlightQuietly(const QTextBlock &block);
    bool withinBudget();
    void checkPendingBlocks();
    /// Anchors each extra mark in the document (none without one).
    void anchorExtraFormats();
    /// Moves the extra marks to where an edit of the document left their anchors.
    void followEdit(int position, int removed, int added);

    QPointer<services::Proofreader> m_proofreader;
    QList<QTextLayout::FormatRange> m_extraFormats; ///< Sorted by start.
    int m_longestExtra = 0;
    /// One selection per extra mark, anchor at its start and position at its end, which
    /// the document moves as it is edited.
    QList<QTextCursor> m_extraAnchors;
    struct IgnoredWord {
        QTextCursor cursor; ///< Selects the word and follows edits around it.
        QString word;
    };
    QList<IgnoredWord> m_ignoredOnce;
    quint64 m_generation = 1; ///< Bumped whenever earlier spelling results become stale.
    qint64 m_burstSpent = 0; ///< Nanoseconds spent checking in the current burst.
    bool m_burstOpen = false;
    bool m_forceCheck = false;
    int m_priorityBlock = 0;
    int m_scanBlock = 0;
    int m_cleanRun = 0;
    int m_typingPosition = -1;
    QTimer *m_idle;
};

} // namespace amends::ui
