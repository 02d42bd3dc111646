#pragma once

#include "core/finding.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace amends::ui {

/// The colour a kind of finding is underlined with (never spelling's red).
QColor findingColor(const QString &category);
QIcon severityIcon(core::Severity severity);

} // namespace amends::ui
