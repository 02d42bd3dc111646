#include "section.h"

namespace amends::core {

QString sectionKey(Section section)
{
    switch (section) {
    case Section::Regret: return QStringLiteral("regret");
    case Section::Responsibility: return QStringLiteral("responsibility");
    case Section::Explanation: return QStringLiteral("explanation");
    case Section::Remedy: return QStringLiteral("remedy");
    case Section::Improvement: return QStringLiteral("improvement");
    case Section::Contact: return QStringLiteral("contact");
    }
    return {};
}

std::optional<Section> sectionFromKey(QStringView key)
{
    for (Section section : kSections) {
        if (key == sectionKey(section))
            return section;
    }
    return std::nullopt;
}

} // namespace amends::core
