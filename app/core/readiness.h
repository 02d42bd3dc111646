#pragma once

#include "checktypes.h"

#include <QStringList>

namespace amends::core {

struct ComposedLetter;

/// Why a letter may not leave yet, as plain sentences: placeholders still unfilled or
/// naming no field, required case fields left empty, and error-level findings. One
/// rule for every way out: the window's exports, printing, the mail client and
/// `amends-cli export`. An empty list lets the letter go.
///
/// @p letter and @p result must describe the same draft (the result of checking it).
QStringList readinessProblems(const Draft &draft, const ComposedLetter &letter, const CheckResult &result);

} // namespace amends::core
