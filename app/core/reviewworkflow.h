#pragma once

#include "draft.h"

#include <QString>

namespace amends::core {

/// The review of a draft: who may move it where, what was said on it, and how comments
/// keep pointing at their words while the text is edited.
namespace ReviewWorkflow {

/// Draft → ready for review → approved or changes requested → (back to) ready for
/// review; any status can return to draft (withdrawn or reopened).
bool canChange(ReviewStatus from, ReviewStatus to);

/// Moves the review to @p to and records who did it and when; returns an empty string,
/// or why the change is not allowed (the review is then unchanged).
QString changeStatus(Review &review, ReviewStatus to, const QString &who, const QDateTime &when);

/// The status as the interface names it ("Ready for review").
QString statusDisplayName(ReviewStatus status);

/// Adds a comment with a fresh id; a span comment remembers its quoted words.
ReviewComment addComment(Review &review, const QString &author, const QString &text, std::optional<Section> section,
                         const QString &sectionText, int start, int end, const QDateTime &when);

bool setResolved(Review &review, const QString &commentId, bool resolved);

/// Keeps the comments of @p section on their words after the section text changed from
/// @p before to @p after: spans before the edit stay, spans after it move with it, and
/// a span the edit touched is found again by its quote nearby (or shrinks to the edit).
void followEdit(Review &review, Section section, const QString &before, const QString &after);

} // namespace ReviewWorkflow

} // namespace amends::core
