#include "letterpreview.h"

#include "sectionpage.h"

#include "core/displaynames.h"
#include "core/composer.h"
#include "core/draftdocument.h"
#include "services/letterdocument.h"

#include <QPalette>
#include <QScrollBar>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextDocument>

namespace amends::ui {

LetterPreview::LetterPreview(core::DraftDocument *document, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("letterPreview"));
    setAccessibleName(tr("Letter preview"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    // Paper colours from the palette, not a style sheet: a sheet would be drawn again at
    // every repaint, and the preview repaints as the writer types.
    QPalette paper = palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    setPalette(paper);
    m_timer.setSingleShot(true);
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, &LetterPreview::startBuilding);
    connect(&m_building, &QFutureWatcher<Built>::finished, this, &LetterPreview::showBuilt);
    connect(m_document, &core::DraftDocument::changed, this, &LetterPreview::scheduleRefresh);
    // Built in the background like every later version: a window opens with a draft
    // that usually replaces this one before the event loop runs.
    scheduleRefresh();
}

void LetterPreview::setHighlightedSection(std::optional<core::Section> section)
{
    if (section == m_highlight)
        return;
    m_highlight = section;
    m_scrollToHighlight = true;
    scheduleRefresh();
}

void LetterPreview::setLogo(const QImage &logo)
{
    m_logo = logo;
    scheduleRefresh();
}

void LetterPreview::scheduleRefresh()
{
    ++m_generation;
    if (!m_timer.isActive())
        m_timer.start();
}

LetterPreview::~LetterPreview()
{
    // A document built but not yet shown is this view's to delete.
    m_building.waitForFinished();
    if (m_buildUnclaimed)
        delete m_building.result().document;
}

bool LetterPreview::showNoticeIfTooLong()
{
    const qsizetype length = m_document->draft().sectionTextLength();
    if (length <= kPreviewLimit)
        return false;
    // Laying out megabytes would stall typing; no real letter is this long.
    m_shownIsLetter = false;
    m_shownSignatures.clear();
    m_shownGeneration = m_generation;
    setHtml(tr("<p style=\"color:#8a8f98\"><i>The letter is too long to preview (%1 characters). "
               "Shorten it to see the preview again.</i></p>").arg(length));
    Q_EMIT refreshed();
    return true;
}

core::HtmlOptions LetterPreview::htmlOptions() const
{
    core::HtmlOptions options;
    options.highlight = m_highlight;
    options.emptySectionHint = [](core::Section section) {
        return tr("[%1 — not written yet]").arg(core::sectionTitle(section));
    };
    return options;
}

void LetterPreview::refreshNow()
{
    m_timer.stop();
    if (showNoticeIfTooLong())
        return;
    std::unique_ptr<QTextDocument> letter = services::buildLetterDocument(m_document->letter(), htmlOptions());
    if (!m_logo.isNull())
        services::addLetterheadLogo(*letter, m_logo);
    QList<quint64> signatures = services::blockSignatures(*letter);
    show(std::move(letter), std::move(signatures), m_generation);
}

void LetterPreview::startBuilding()
{
    if (m_building.isRunning() || m_builtWaiting)
        return; // showBuilt() starts the next one
    if (showNoticeIfTooLong())
        return;
    // The letter is composed here (the draft belongs to this thread); turning it into a
    // document, which parses its HTML, and telling its paragraphs apart are done on
    // another thread.
    m_buildingGeneration = m_generation;
    m_buildUnclaimed = true;
    m_building.setFuture(QtConcurrent::run(
        [letter = m_document->letter(), options = htmlOptions(), logo = m_logo, target = thread()]() -> Built {
            std::unique_ptr<QTextDocument> document = services::buildLetterDocument(letter, options);
            if (!logo.isNull())
                services::addLetterheadLogo(*document, logo);
            QList<quint64> signatures = services::blockSignatures(*document);
            document->moveToThread(target);
            return {document.release(), std::move(signatures)};
        }));
}

void LetterPreview::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (m_painted)
        return;
    m_painted = true;
    if (m_builtWaiting)
        QTimer::singleShot(0, this, &LetterPreview::showBuilt);
}

void LetterPreview::showBuilt()
{
    // Laying out a whole letter takes a few milliseconds: a window being opened is
    // painted first, with the letter shown straight after.
    m_builtWaiting = !m_painted && isVisible();
    if (m_builtWaiting)
        return;
    Built built = m_building.result();
    std::unique_ptr<QTextDocument> letter(built.document);
    m_buildUnclaimed = false;
    if (m_buildingGeneration == m_generation && m_shownGeneration != m_generation)
        show(std::move(letter), std::move(built.signatures), m_buildingGeneration);
    else if (m_shownGeneration != m_generation && !m_timer.isActive())
        startBuilding(); // the letter moved on while it was built
}

void LetterPreview::show(std::unique_ptr<QTextDocument> letter, QList<quint64> signatures, quint64 generation)
{
    m_shownGeneration = generation;
    const int scroll = verticalScrollBar()->value();
    // An edit changes a paragraph or two: rewriting only those in the document shown
    // lays out only those, where a new document would be laid out whole.
    const bool patched = !m_scrollToHighlight && m_shownIsLetter
                         && services::patchDocument(*document(), *letter, m_shownSignatures, signatures);
    m_shownSignatures = std::move(signatures);
    if (!patched) {
        letter->setUndoRedoEnabled(false);
        // Parented to the view, the document replaces (and deletes) the previous one.
        letter->setParent(this);
        setDocument(letter.release());
        m_shownIsLetter = true;
        if (m_scrollToHighlight && m_highlight)
            scrollToAnchor(core::sectionAnchor(*m_highlight));
        else
            verticalScrollBar()->setValue(scroll);
    }
    m_scrollToHighlight = false;
    Q_EMIT refreshed();
}

} // namespace amends::ui
