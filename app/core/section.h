#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace amends::core {

/// The six sections of an apology letter, in the order the letter presents them.
enum class Section { Regret, Responsibility, Explanation, Remedy, Improvement, Contact };

inline constexpr std::array<Section, 6> kSections = {
    Section::Regret, Section::Responsibility, Section::Explanation,
    Section::Remedy, Section::Improvement,    Section::Contact,
};

inline constexpr std::size_t sectionIndex(Section section)
{
    return static_cast<std::size_t>(section);
}

/// Stable lower-case key used in files, JSON output and resources ("regret", ...).
QString sectionKey(Section section);
std::optional<Section> sectionFromKey(QStringView key);

} // namespace amends::core
