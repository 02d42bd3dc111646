#pragma once

#include "core/draft.h"
#include "core/finding.h"

#include <QString>

#include <optional>

namespace amends::services {

/// Names for report readers, translated. Categories and sections read as the window
/// names them ("Blame-shifting", "Remedy"), so a report and the window agree.
QString categoryTitle(const QString &category);
QString sectionTitle(const QString &sectionKey);
/// "Plain text" for a letter that is not a draft.
QString reviewStatusTitle(const std::optional<core::ReviewStatus> &status);
QString severityTitle(core::Severity severity);

} // namespace amends::services
