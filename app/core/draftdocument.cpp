#include "draftdocument.h"

#include "draftfile.h"
#include "fields.h"
#include "reviewworkflow.h"

namespace amends::core {

DraftDocument::DraftDocument(QObject *parent)
    : QObject(parent)
{
}

const ComposedLetter &DraftDocument::letter() const
{
    if (!m_letter) {
        m_letter = composeLetter(m_draft);
        ++m_compositions;
    } else if (!m_changedSections.isEmpty()) {
        for (Section section : std::as_const(m_changedSections))
            recomposeSection(*m_letter, m_draft, section);
        ++m_compositions;
    }
    m_changedSections.clear();
    return *m_letter;
}

void DraftDocument::reset(const Draft &draft, const QString &filePath, bool modified)
{
    m_draft = draft;
    m_letter.reset();
    const bool pathChanged = filePath != m_filePath;
    m_filePath = filePath;
    Q_EMIT wasReset();
    Q_EMIT changed();
    if (pathChanged)
        Q_EMIT filePathChanged(m_filePath);
    setModified(modified);
}

QString DraftDocument::setField(const QString &key, const QString &value)
{
    Draft updated = m_draft;
    if (QString error = setFieldValue(updated, key, value); !error.isEmpty())
        return error;
    if (fieldValue(updated, key) == fieldValue(m_draft, key))
        return {};
    m_draft = std::move(updated);
    m_letter.reset();
    Q_EMIT fieldChanged(key);
    markChanged();
    return {};
}

void DraftDocument::setSectionText(Section section, const QString &text)
{
    if (m_draft.section(section) == text)
        return;
    ReviewWorkflow::followEdit(m_draft.review, section, m_draft.section(section), text);
    m_draft.setSection(section, text);
    if (m_letter && !m_changedSections.contains(section))
        m_changedSections.append(section); // the rest of the letter stays as composed
    Q_EMIT sectionChanged(section);
    markChanged();
}

void DraftDocument::setLanguage(const QString &language)
{
    if (m_draft.language == language)
        return;
    m_draft.language = language;
    m_letter.reset();
    markChanged();
}

void DraftDocument::setSubject(const QString &subject)
{
    if (m_draft.subject == subject)
        return;
    m_draft.subject = subject;
    m_letter.reset();
    markChanged();
}

void DraftDocument::setSalutation(const QString &salutation)
{
    if (m_draft.salutation == salutation)
        return;
    m_draft.salutation = salutation;
    m_letter.reset();
    markChanged();
}

void DraftDocument::setClosing(const QString &closing)
{
    if (m_draft.closing == closing)
        return;
    m_draft.closing = closing;
    m_letter.reset();
    markChanged();
}

void DraftDocument::addIgnoredWord(const QString &word)
{
    if (word.isEmpty() || m_draft.ignoredWords.contains(word))
        return;
    m_draft.ignoredWords.append(word);
    Q_EMIT ignoredWordsChanged();
    markChanged();
}

void DraftDocument::addDismissal(const Dismissal &dismissal)
{
    removeDismissal(dismissal.rule, dismissal.excerpt);
    m_draft.dismissals.append(dismissal);
    markChanged();
}

void DraftDocument::removeDismissal(const QString &rule, const QString &excerpt)
{
    const qsizetype removed = m_draft.dismissals.removeIf(
        [&](const Dismissal &existing) { return existing.rule == rule && existing.excerpt == excerpt; });
    if (removed > 0)
        markChanged();
}

QString DraftDocument::changeReviewStatus(ReviewStatus to, const QString &who)
{
    if (QString error = ReviewWorkflow::changeStatus(m_draft.review, to, who, QDateTime::currentDateTimeUtc()); !error.isEmpty())
        return error;
    Q_EMIT reviewChanged();
    markChanged();
    return {};
}

ReviewComment DraftDocument::addComment(const QString &author, const QString &text, std::optional<Section> section, int start,
                                        int end)
{
    const QString sectionText = section ? m_draft.section(*section) : QString();
    const ReviewComment comment = ReviewWorkflow::addComment(m_draft.review, author, text, section, sectionText, start, end,
                                                             QDateTime::currentDateTimeUtc());
    Q_EMIT reviewChanged();
    markChanged();
    return comment;
}

void DraftDocument::setCommentResolved(const QString &commentId, bool resolved)
{
    if (!ReviewWorkflow::setResolved(m_draft.review, commentId, resolved))
        return;
    Q_EMIT reviewChanged();
    markChanged();
}

QString DraftDocument::save(const QString &path)
{
    const QString target = path.isEmpty() ? m_filePath : path;
    if (QString error = DraftFile::save(m_draft, target); !error.isEmpty())
        return error;
    if (target != m_filePath) {
        m_filePath = target;
        Q_EMIT filePathChanged(m_filePath);
    }
    setModified(false);
    return {};
}

void DraftDocument::markChanged()
{
    Q_EMIT changed();
    setModified(true);
}

void DraftDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(m_modified);
}

} // namespace amends::core
