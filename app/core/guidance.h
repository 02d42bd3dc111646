#pragma once

#include "section.h"

#include <QString>
#include <QStringList>

#include <array>

namespace amends::core {

/// What a section must do and why, shown beside its editor.
struct SectionGuidance {
    QString title;
    QString guidance;
    QStringList tips;
};

struct Guidance {
    std::array<SectionGuidance, kSections.size()> sections;
    const SectionGuidance &forSection(Section s) const { return sections[sectionIndex(s)]; }
};

/// Loads `:/guidance/<base language>.json`, falling back to English. Sections that the
/// file lacks keep an empty guidance text.
Guidance loadGuidance(const QString &dataLanguage, const QString &root = QStringLiteral(":/guidance"));

} // namespace amends::core
