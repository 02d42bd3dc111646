#pragma once

#include "composer.h"
#include "draft.h"

#include <QObject>
#include <QString>

#include <optional>

namespace amends::core {

/// The open draft: the single source of truth that every page and view edits and
/// observes. Lives on the GUI thread.
class DraftDocument : public QObject
{
    Q_OBJECT

public:
    explicit DraftDocument(QObject *parent = nullptr);

    const Draft &draft() const { return m_draft; }
    /// The draft's letter, composed once after each change that affects it and shared
    /// by everything that shows, checks or exports it.
    const ComposedLetter &letter() const;
    /// How many times the letter has been composed (to show that one edit composes once).
    int compositionCount() const { return m_compositions; }
    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }

    /// Replaces the whole draft (new, open, restore); emits reset().
    void reset(const Draft &draft, const QString &filePath, bool modified = false);

    /// Returns an empty string on success, else why the value was refused.
    QString setField(const QString &key, const QString &value);
    void setSectionText(Section section, const QString &text);
    void setLanguage(const QString &language);
    void setSubject(const QString &subject);
    void setSalutation(const QString &salutation);
    void setClosing(const QString &closing);
    /// Keeps a finding out of the results, with the reason a reviewer will read.
    void addDismissal(const Dismissal &dismissal);
    void removeDismissal(const QString &rule, const QString &excerpt);
    /// Review: empty string on success, else why not (nothing changes then).
    QString changeReviewStatus(ReviewStatus to, const QString &who);
    ReviewComment addComment(const QString &author, const QString &text, std::optional<Section> section, int start = -1,
                             int end = -1);
    void setCommentResolved(const QString &commentId, bool resolved);
    /// Adds a word to the draft's spelling "Ignore all" list (saved with the draft).
    void addIgnoredWord(const QString &word);

    /// Saves to @p path (the current path when empty). Returns an empty string on
    /// success, else the reason; the document stays modified on failure.
    QString save(const QString &path = QString());

Q_SIGNALS:
    void wasReset();
    void fieldChanged(const QString &key);
    void sectionChanged(amends::core::Section section);
    void reviewChanged();
    void ignoredWordsChanged();
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void markChanged();
    void setModified(bool modified);

    Draft m_draft;
    mutable std::optional<ComposedLetter> m_letter; ///< Composed on first use after a change.
    /// Sections whose text changed since m_letter was composed, when nothing else did.
    mutable QList<Section> m_changedSections;
    mutable int m_compositions = 0;
    QString m_filePath;
    bool m_modified = false;
};

} // namespace amends::core
