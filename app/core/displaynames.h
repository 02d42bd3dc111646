#pragma once

#include "draft.h"
#include "finding.h"
#include "section.h"

#include <QString>

#include <optional>

namespace amends::core {

/// Names people read, translated: the window, the reports and the command line all
/// name categories and sections the same way ("Blame-shifting", "Remedy").
QString categoryTitle(const QString &category);
QString sectionTitle(Section section);
QString sectionTitle(const QString &sectionKey);
/// A case field as the case page names it ("Complaint received" for date.complaint);
/// the key itself for an unknown one.
QString fieldTitle(const QString &fieldKey);
/// "Plain text" for a letter that is not a draft.
QString reviewStatusTitle(const std::optional<ReviewStatus> &status);
QString severityTitle(Severity severity);

} // namespace amends::core
