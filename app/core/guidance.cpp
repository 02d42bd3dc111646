#include "guidance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace amends::core {

Guidance loadGuidance(const QString &dataLanguage, const QString &root)
{
    QFile file(root + QLatin1Char('/') + dataLanguage + QLatin1String(".json"));
    if (!file.exists())
        file.setFileName(root + QLatin1String("/en.json"));
    Guidance guidance;
    if (!file.open(QIODevice::ReadOnly))
        return guidance;
    const QJsonObject sections = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("sections")).toObject();
    for (Section section : kSections) {
        const QJsonObject entry = sections.value(sectionKey(section)).toObject();
        SectionGuidance &target = guidance.sections[sectionIndex(section)];
        target.title = entry.value(QStringLiteral("title")).toString();
        target.guidance = entry.value(QStringLiteral("guidance")).toString();
        for (const QJsonValue &tip : entry.value(QStringLiteral("tips")).toArray())
            target.tips.append(tip.toString());
    }
    return guidance;
}

} // namespace amends::core
