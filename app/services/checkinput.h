#pragma once

#include "core/checktypes.h"

#include <QString>

#include <optional>

namespace amends::services {

/// A letter to check: a draft (`.amends`) or plain text.
struct CheckInput {
    QString name;     ///< As given by the user (a path, or "-" for standard input).
    QString language; ///< BCP 47 tag.
    core::CheckSubject subject;
};

/// Reads a draft or a text file (`-` is standard input). @p language overrides the
/// draft's own language and sets the language of plain text; without it, plain text is
/// in the language detected (English, Portuguese or Spanish; en-US when none is clear).
/// Returns std::nullopt with @p error set when the file cannot be read or is not a
/// letter (a damaged draft, a binary file).
std::optional<CheckInput> readCheckInput(const QString &name, const QString &language, QString *error);

} // namespace amends::services
