#include "reviewworkflow.h"

#include <QCoreApplication>
#include <QUuid>

namespace amends::core::ReviewWorkflow {

namespace {

struct ReviewWorkflowText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::ReviewWorkflow)
};

// Where the edit from @p before to @p after happened: [start, oldEnd) became [start, newEnd).
struct Edit {
    qsizetype start;
    qsizetype oldEnd;
    qsizetype newEnd;
};

Edit findEdit(const QString &before, const QString &after)
{
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(before.size(), after.size());
    while (prefix < shorter && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    return {prefix, before.size() - suffix, after.size() - suffix};
}

void follow(ReviewComment &comment, const Edit &edit, const QString &after)
{
    const qsizetype delta = edit.newEnd - edit.oldEnd;
    if (comment.end <= edit.start)
        return; // wholly before the edit
    if (comment.start >= edit.oldEnd) {
        comment.start += static_cast<int>(delta);
        comment.end += static_cast<int>(delta);
        return;
    }
    // The edit touched the span: look for the quoted words again, nearest first.
    if (!comment.quote.isEmpty()) {
        const qsizetype from = qMax<qsizetype>(0, comment.start - comment.quote.size());
        qsizetype found = after.indexOf(comment.quote, from);
        if (found < 0)
            found = after.lastIndexOf(comment.quote, comment.start);
        if (found >= 0) {
            comment.start = static_cast<int>(found);
            comment.end = static_cast<int>(found + comment.quote.size());
            return;
        }
    }
    comment.start = static_cast<int>(qMin<qsizetype>(comment.start, edit.start));
    comment.end = static_cast<int>(qMax<qsizetype>(comment.start, qMin<qsizetype>(comment.end + delta, after.size())));
}

} // namespace

bool canChange(ReviewStatus from, ReviewStatus to)
{
    switch (to) {
    case ReviewStatus::Draft: return from != ReviewStatus::Draft;
    case ReviewStatus::ReadyForReview: return from == ReviewStatus::Draft || from == ReviewStatus::ChangesRequested;
    case ReviewStatus::ChangesRequested:
    case ReviewStatus::Approved: return from == ReviewStatus::ReadyForReview;
    }
    return false;
}

QString changeStatus(Review &review, ReviewStatus to, const QString &who, const QDateTime &when)
{
    if (!canChange(review.status, to))
        return ReviewWorkflowText::tr("A letter that is \"%1\" cannot become \"%2\".").arg(statusDisplayName(review.status), statusDisplayName(to));
    review.history.append({review.status, to, who, when});
    review.status = to;
    if (to == ReviewStatus::Approved || to == ReviewStatus::ChangesRequested)
        review.reviewer = who;
    return {};
}

QString statusDisplayName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Draft: return ReviewWorkflowText::tr("Draft");
    case ReviewStatus::ReadyForReview: return ReviewWorkflowText::tr("Ready for review");
    case ReviewStatus::ChangesRequested: return ReviewWorkflowText::tr("Changes requested");
    case ReviewStatus::Approved: return ReviewWorkflowText::tr("Approved");
    }
    return {};
}

ReviewComment addComment(Review &review, const QString &author, const QString &text, std::optional<Section> section,
                         const QString &sectionText, int start, int end, const QDateTime &when)
{
    ReviewComment comment;
    comment.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    comment.author = author;
    comment.text = text;
    comment.created = when;
    comment.section = section;
    if (section && start >= 0 && end > start && end <= sectionText.size()) {
        comment.start = start;
        comment.end = end;
        comment.quote = sectionText.mid(start, end - start);
    }
    review.comments.append(comment);
    return comment;
}

bool setResolved(Review &review, const QString &commentId, bool resolved)
{
    for (ReviewComment &comment : review.comments) {
        if (comment.id == commentId) {
            comment.resolved = resolved;
            return true;
        }
    }
    return false;
}

void followEdit(Review &review, Section section, const QString &before, const QString &after)
{
    if (before == after)
        return;
    const Edit edit = findEdit(before, after);
    for (ReviewComment &comment : review.comments) {
        if (comment.section == section && comment.start >= 0)
            follow(comment, edit, after);
    }
}

} // namespace amends::core::ReviewWorkflow
