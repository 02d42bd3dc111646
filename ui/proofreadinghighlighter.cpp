#include "proofreadinghighlighter.h"

#include "core/fields.h"
#include "core/placeholders.h"
#include "findingstyle.h"
#include "services/proofreader.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTextBlockUserData>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>

namespace amends::ui {

namespace {

// Time a burst of synchronous highlighting (one edit, one paste) may spend checking
// spelling before the remaining paragraphs are left to idle slices; and the length of
// one such slice. Both keep input and painting flowing on a large text.
constexpr qint64 kBurstBudgetMs = 25;
constexpr qint64 kSliceMs = 12;
constexpr qsizetype kMaxSingleRehighlights = 256;

// A paragraph's last spelling result, reused while its text and the proofreader stay
// the same, and painted meanwhile when its check had to be deferred.
class SpellingState : public QTextBlockUserData
{
public:
    quint64 generation = 0;
    size_t textHash = 0;
    bool pending = false;
    QList<core::Span> misspelled;
};

SpellingState *stateOf(const QTextBlock &block)
{
    return static_cast<SpellingState *>(block.userData());
}

int longestOf(const QList<QTextLayout::FormatRange> &ranges)
{
    int longest = 0;
    for (const QTextLayout::FormatRange &range : ranges)
        longest = qMax(longest, range.length);
    return longest;
}

} // namespace

ProofreadingHighlighter::ProofreadingHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent)
    , m_idle(new QTimer(this))
{
    m_idle->setInterval(0);
    connect(m_idle, &QTimer::timeout, this, &ProofreadingHighlighter::checkPendingBlocks);
}

void ProofreadingHighlighter::rehighlightAll()
{
    rehighlightQuietly({});
}

void ProofreadingHighlighter::setProofreader(services::Proofreader *proofreader)
{
    if (m_proofreader == proofreader)
        return;
    if (m_proofreader)
        disconnect(m_proofreader, nullptr, this, nullptr);
    m_proofreader = proofreader;
    if (m_proofreader) {
        connect(m_proofreader, &services::Proofreader::changed, this, [this] {
            ++m_generation;
            rehighlightQuietly({});
        });
    }
    ++m_generation;
    rehighlightQuietly({});
}

services::Proofreader *ProofreadingHighlighter::proofreader() const
{
    return m_proofreader;
}

void ProofreadingHighlighter::setExtraFormats(const QList<QTextLayout::FormatRange> &ranges)
{
    QList<QTextLayout::FormatRange> sorted = ranges;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const QTextLayout::FormatRange &a, const QTextLayout::FormatRange &b) { return a.start < b.start; });
    if (sorted == m_extraFormats)
        return;
    if (!document()) {
        // Painted with everything else once set on a document.
        m_extraFormats = sorted;
        m_longestExtra = longestOf(m_extraFormats);
        return;
    }
    // Only paragraphs that gain or lose a mark are painted again.
    QSet<int> blocks;
    for (const QList<QTextLayout::FormatRange> *list : {&m_extraFormats, &sorted}) {
        for (const QTextLayout::FormatRange &range : *list) {
            const int first = document()->findBlock(range.start).blockNumber();
            const int last = document()->findBlock(range.start + qMax(range.length - 1, 0)).blockNumber();
            for (int number = first; number <= last && number >= 0; ++number)
                blocks.insert(number);
        }
    }
    m_extraFormats = sorted;
    m_longestExtra = longestOf(m_extraFormats);
    anchorExtraFormats();
    // Past a few hundred paragraphs one pass over the document is cheaper.
    if (blocks.size() > kMaxSingleRehighlights) {
        rehighlightQuietly({});
        return;
    }
    for (int number : std::as_const(blocks))
        rehighlightQuietly(document()->findBlockByNumber(number));
}

void ProofreadingHighlighter::attach(QTextDocument *document)
{
    if (this->document())
        disconnect(this->document(), &QTextDocument::contentsChange, this, &ProofreadingHighlighter::followEdit);
    // Connected before QSyntaxHighlighter's own handler, so the paragraphs it marks again
    // see the marks where the edit moved them.
    if (document)
        connect(document, &QTextDocument::contentsChange, this, &ProofreadingHighlighter::followEdit);
    setDocument(document);
    anchorExtraFormats();
}

void ProofreadingHighlighter::anchorExtraFormats()
{
    m_extraAnchors.clear();
    QTextDocument *document = this->document();
    if (!document)
        return;
    m_extraAnchors.reserve(m_extraFormats.size());
    const int last = document->characterCount() - 1;
    for (const QTextLayout::FormatRange &range : std::as_const(m_extraFormats)) {
        QTextCursor anchor(document);
        anchor.setPosition(std::clamp(range.start, 0, last));
        anchor.setPosition(std::clamp(range.start + range.length, 0, last), QTextCursor::KeepAnchor);
        m_extraAnchors.append(anchor);
    }
}

void ProofreadingHighlighter::followEdit(int position, int removed, int added)
{
    if (m_extraAnchors.size() != m_extraFormats.size())
        return; // not anchored: set on the document without attach()
    // The document has moved the anchors already. One whose end was at the point of an
    // insertion moved past the inserted text: that stands when the mark ends in a word
    // (a sentence being typed) and is taken back when it ends in no word (a full stop).
    if (removed == 0 && added > 0 && position > 0 && !document()->characterAt(position - 1).isLetterOrNumber()) {
        for (QTextCursor &anchor : m_extraAnchors) {
            if (anchor.selectionEnd() == position + added && anchor.selectionStart() < position) {
                const int start = anchor.selectionStart();
                anchor.setPosition(start);
                anchor.setPosition(position, QTextCursor::KeepAnchor);
            }
        }
    }
    // Edits keep the anchors in order, so the marks stay sorted by start.
    for (qsizetype i = 0; i < m_extraFormats.size(); ++i) {
        const QTextCursor &anchor = m_extraAnchors.at(i);
        m_extraFormats[i].start = anchor.selectionStart();
        m_extraFormats[i].length = anchor.selectionEnd() - anchor.selectionStart();
    }
    m_longestExtra = longestOf(m_extraFormats);
}

void ProofreadingHighlighter::ignoreOnce(int start, int end)
{
    if (!document())
        return;
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    // Forget occurrences edited since: they can never match again.
    m_ignoredOnce.removeIf([](const IgnoredWord &ignored) { return ignored.cursor.selectedText() != ignored.word; });
    m_ignoredOnce.append({cursor, cursor.selectedText()});
    rehighlightQuietly(document()->findBlock(start));
}

void ProofreadingHighlighter::setTypingPosition(int position)
{
    if (position == m_typingPosition)
        return;
    const int left = m_typingPosition;
    m_typingPosition = position;
    if (left < 0 || position >= 0)
        return;
    if (document())
        rehighlightQuietly(document()->findBlock(left));
    Q_EMIT typedWordLeft();
}

bool ProofreadingHighlighter::isIgnoredOnce(int start, int end) const
{
    return std::any_of(m_ignoredOnce.cbegin(), m_ignoredOnce.cend(), [start, end](const IgnoredWord &ignored) {
        return ignored.cursor.selectionStart() == start && ignored.cursor.selectionEnd() == end
               && ignored.cursor.selectedText() == ignored.word;
    });
}

void ProofreadingHighlighter::setPriorityBlock(int blockNumber)
{
    if (blockNumber == m_priorityBlock)
        return;
    m_priorityBlock = blockNumber;
    m_scanBlock = blockNumber;
}

bool ProofreadingHighlighter::isCatchingUp() const
{
    return m_idle->isActive();
}

QTextCharFormat ProofreadingHighlighter::misspelledFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(spellingColor());
    format.setToolTip(tr("Not in the dictionary. Right-click for corrections."));
    return format;
}

void ProofreadingHighlighter::highlightBlock(const QString &text)
{
    highlightPlaceholders(text);
    highlightExtras(static_cast<int>(text.size()));
    highlightSpelling(text);
}

void ProofreadingHighlighter::highlightPlaceholders(const QString &text)
{
    if (!text.contains(u'{'))
        return;
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

void ProofreadingHighlighter::highlightExtras(int length)
{
    const int blockStart = currentBlock().position();
    // Ranges are sorted by start; none is longer than m_longestExtra.
    const auto first = std::lower_bound(m_extraFormats.cbegin(), m_extraFormats.cend(), blockStart - m_longestExtra,
                                        [](const QTextLayout::FormatRange &range, int position) { return range.start < position; });
    for (auto it = first; it != m_extraFormats.cend() && it->start < blockStart + length; ++it) {
        const QTextLayout::FormatRange &range = *it;
        const int start = qMax(range.start - blockStart, 0);
        const int end = qMin(range.start + range.length - blockStart, length);
        if (start >= end)
            continue;
        QTextCharFormat format = this->format(start);
        format.merge(range.format);
        setFormat(start, end - start, format);
    }
}

void ProofreadingHighlighter::highlightSpelling(const QString &text)
{
    auto *state = static_cast<SpellingState *>(currentBlockUserData());
    if (!m_proofreader || !m_proofreader->speller()) {
        if (state)
            state->pending = false;
        return;
    }
    if (!state) {
        state = new SpellingState;
        setCurrentBlockUserData(state);
    }
    const size_t hash = qHash(text);
    const bool sameText = state->textHash == hash;
    if (state->pending || !sameText || state->generation != m_generation) {
        if (withinBudget()) {
            QElapsedTimer timer;
            timer.start();
            state->misspelled = m_proofreader->findMisspellings(text);
            m_burstSpent += timer.nsecsElapsed();
            state->generation = m_generation;
            state->pending = false;
        } else {
            // Keep painting the old result while the text is the same; drop it otherwise.
            if (!sameText)
                state->misspelled.clear();
            state->pending = true;
            m_cleanRun = 0;
            if (!m_idle->isActive())
                m_idle->start();
        }
        state->textHash = hash;
    }
    const int blockStart = currentBlock().position();
    const QTextCharFormat misspelled = misspelledFormat();
    for (const core::Span &span : std::as_const(state->misspelled)) {
        const int start = static_cast<int>(span.start);
        const int length = static_cast<int>(span.length());
        if (isIgnoredOnce(blockStart + start, blockStart + start + length)
            || (blockStart + start <= m_typingPosition && m_typingPosition <= blockStart + start + length))
            continue;
        QTextCharFormat format = this->format(start);
        format.merge(misspelled);
        setFormat(start, length, format);
    }
}

// Repaints @p block (every block when invalid). The document then reports a change of
// its contents, and the editor a change of its text, though only formats changed;
// that would make everyone listening re-read the whole text, once per idle slice on a
// large one, so the document stays quiet. Its layout is told directly, not by signal.
void ProofreadingHighlighter::rehighlightQuietly(const QTextBlock &block)
{
    if (!document())
        return;
    const QSignalBlocker quiet(document());
    if (block.isValid())
        rehighlightBlock(block);
    else
        rehighlight();
}

bool ProofreadingHighlighter::withinBudget()
{
    if (m_forceCheck)
        return true;
    if (!m_burstOpen) {
        // A burst ends when control returns to the event loop.
        m_burstOpen = true;
        m_burstSpent = 0;
        QMetaObject::invokeMethod(this, [this] { m_burstOpen = false; }, Qt::QueuedConnection);
    }
    return m_burstSpent < kBurstBudgetMs * 1'000'000;
}

// One idle slice: checks deferred paragraphs from the scan position onwards, wrapping
// around, and stops once a full round of the document found nothing left to do.
void ProofreadingHighlighter::checkPendingBlocks()
{
    QTextDocument *doc = document();
    if (!doc) {
        m_idle->stop();
        return;
    }
    const int blockCount = doc->blockCount();
    QTextBlock block = doc->findBlockByNumber(qBound(0, m_scanBlock, blockCount - 1));
    QElapsedTimer slice;
    slice.start();
    while (m_cleanRun < blockCount && slice.elapsed() < kSliceMs) {
        if (SpellingState *state = stateOf(block); state && state->pending) {
            m_forceCheck = true;
            rehighlightQuietly(block);
            m_forceCheck = false;
        }
        ++m_cleanRun;
        block = block.next();
        if (!block.isValid())
            block = doc->firstBlock();
    }
    m_scanBlock = block.blockNumber();
    if (m_cleanRun >= blockCount) {
        m_idle->stop();
        Q_EMIT caughtUp();
    }
}

} // namespace amends::ui
