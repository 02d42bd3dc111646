#pragma once

#include "core/finding.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace amends::ui {

/// The red a misspelled word is underlined with, in the editors and in a pasted letter.
QColor spellingColor();
/// The colour a kind of finding is marked with: each kind its own, none grey (which
/// reads as disabled), and spelling's red for spelling only.
QColor findingColor(const QString &category);
QIcon severityIcon(core::Severity severity);

} // namespace amends::ui
