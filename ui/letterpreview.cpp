#include "letterpreview.h"

#include "sectionpage.h"

#include "core/displaynames.h"
#include "core/composer.h"
#include "core/draftdocument.h"
#include "services/letterdocument.h"

#include <QScrollBar>
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
    setStyleSheet(QStringLiteral("QTextBrowser#letterPreview { background: white; color: #1f2328; }"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, &LetterPreview::refreshNow);
    connect(m_document, &core::DraftDocument::changed, this, &LetterPreview::scheduleRefresh);
    refreshNow();
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
    if (!m_timer.isActive())
        m_timer.start();
}

void LetterPreview::refreshNow()
{
    m_timer.stop();
    const qsizetype length = m_document->draft().sectionTextLength();
    if (length > kPreviewLimit) {
        // Laying out megabytes would stall typing; no real letter is this long.
        setHtml(tr("<p style=\"color:#8a8f98\"><i>The letter is too long to preview (%1 characters). "
                   "Shorten it to see the preview again.</i></p>").arg(length));
        Q_EMIT refreshed();
        return;
    }
    core::HtmlOptions options;
    options.highlight = m_highlight;
    options.emptySectionHint = [](core::Section section) {
        return tr("[%1 — not written yet]").arg(core::sectionTitle(section));
    };
    const int scroll = verticalScrollBar()->value();
    std::unique_ptr<QTextDocument> letter = services::buildLetterDocument(m_document->letter(), options);
    if (!m_logo.isNull())
        services::addLetterheadLogo(*letter, m_logo);
    // Parented to the view, the document replaces (and deletes) the previous one.
    letter->setParent(this);
    setDocument(letter.release());
    if (m_scrollToHighlight && m_highlight)
        scrollToAnchor(core::sectionAnchor(*m_highlight));
    else
        verticalScrollBar()->setValue(scroll);
    m_scrollToHighlight = false;
    Q_EMIT refreshed();
}

} // namespace amends::ui
