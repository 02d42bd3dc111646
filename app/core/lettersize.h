#pragma once

#include "draft.h"

#include <QString>

namespace amends::core {

/// The largest letter Amends checks or exports: 2 MB of text, far beyond any letter
/// (a long one is 5 KB), and small enough to check in a second.
inline constexpr qint64 kMaxLetterSize = 2 * 1024 * 1024;

/// The characters of a draft's letter: every case field, the subject, salutation,
/// closing and sections.
qint64 letterSize(const Draft &draft);

/// Empty when a letter of @p size characters is within the limit; else a plain message
/// naming @p name (a file, or empty) and the limit.
QString letterSizeError(const QString &name, qint64 size);

} // namespace amends::core
