#pragma once

#include "core/section.h"

#include <QImage>
#include <QTextBrowser>
#include <QTimer>

#include <optional>

namespace amends::core {
class DraftDocument;
}

namespace amends::ui {

/// The whole letter as it will leave, following every edit. Updates are coalesced:
/// a burst of keystrokes composes the letter once, within a few milliseconds.
class LetterPreview : public QTextBrowser
{
    Q_OBJECT

public:
    explicit LetterPreview(core::DraftDocument *document, QWidget *parent = nullptr);

    /// Letters longer than this (in characters of section text) are not laid out.
    static constexpr qsizetype kPreviewLimit = 200 * 1024;

    void setHighlightedSection(std::optional<core::Section> section);
    /// The letterhead logo, shown as the PDF and print show it; none when null.
    void setLogo(const QImage &logo);
    bool hasLogo() const { return !m_logo.isNull(); }
    std::optional<core::Section> highlightedSection() const { return m_highlight; }
    /// Composes now instead of at the next turn of the event loop.
    void refreshNow();

Q_SIGNALS:
    void refreshed();

private:
    void scheduleRefresh();

    core::DraftDocument *m_document;
    std::optional<core::Section> m_highlight;
    QImage m_logo;
    QTimer m_timer;
    bool m_scrollToHighlight = false;
};

} // namespace amends::ui
