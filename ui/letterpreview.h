#pragma once

#include "core/composer.h"
#include "core/section.h"

#include <QFutureWatcher>
#include <QImage>
#include <QTextBrowser>
#include <QTimer>

#include <optional>

namespace amends::core {
class DraftDocument;
}

namespace amends::ui {

/// The whole letter as it will leave, following every edit. Updates are coalesced:
/// a burst of keystrokes composes the letter once, within a few milliseconds. The
/// letter's document is built on another thread, and only the paragraphs that differ
/// from the one shown are rewritten, so a long letter costs typing little.
class LetterPreview : public QTextBrowser
{
    Q_OBJECT

public:
    explicit LetterPreview(core::DraftDocument *document, QWidget *parent = nullptr);
    ~LetterPreview() override;

    /// Letters longer than this (in characters of section text) are not laid out.
    static constexpr qsizetype kPreviewLimit = 200 * 1024;

    void setHighlightedSection(std::optional<core::Section> section);
    /// The letterhead logo, shown as the PDF and print show it; none when null.
    void setLogo(const QImage &logo);
    bool hasLogo() const { return !m_logo.isNull(); }
    std::optional<core::Section> highlightedSection() const { return m_highlight; }
    /// Whether the letter has changed since the document shown was made.
    bool isStale() const { return m_shownGeneration != m_generation; }
    /// Composes and shows the letter now, on this thread, instead of after the short
    /// coalescing delay.
    void refreshNow();

Q_SIGNALS:
    void refreshed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void scheduleRefresh();
    void startBuilding();
    void showBuilt();
    /// A letter's document as built, with its paragraphs' signatures
    /// (services::blockSignatures()).
    struct Built {
        QTextDocument *document = nullptr;
        QList<quint64> signatures;
    };
    void show(std::unique_ptr<QTextDocument> letter, QList<quint64> signatures, quint64 generation);
    bool showNoticeIfTooLong();
    core::HtmlOptions htmlOptions() const;

    core::DraftDocument *m_document;
    std::optional<core::Section> m_highlight;
    QImage m_logo;
    QTimer m_timer;
    bool m_scrollToHighlight = false;
    bool m_shownIsLetter = false; ///< Whether the document shown is a letter (not a notice).
    quint64 m_generation = 1;      ///< Counts the changes that need a new preview.
    quint64 m_shownGeneration = 0; ///< The change the document shown was made for.
    quint64 m_buildingGeneration = 0;
    bool m_buildUnclaimed = false; ///< Whether m_building holds a document nobody took.
    bool m_painted = false;        ///< Whether the view has been painted yet.
    bool m_builtWaiting = false;   ///< A built document waits for the first paint.
    QList<quint64> m_shownSignatures; ///< of the letter shown: what the next is patched by
    QFutureWatcher<Built> m_building;
};

} // namespace amends::ui
