#include "rulecatalogue.h"

#include "structurerules.h"

#include <QRegularExpression>

namespace amends::core {

QString RuleDescription::displayMessage() const
{
    static const QRegularExpression blank(QStringLiteral("\\{match\\}|%[1-9]"));
    return QString(message).replace(blank, QStringLiteral("…"));
}

QList<RuleDescription> describeRules(const RuleSet &rules)
{
    QList<RuleDescription> descriptions;
    for (const Rule &rule : rules.rules()) {
        descriptions.append({rule.id, rule.category, rule.severity, rule.message, rule.explanation, rule.source,
                             rule.badExamples, rule.goodExamples});
    }
    for (const StructureRule &rule : structureRules())
        descriptions.append({rule.id, rule.category, rule.severity, rule.message, rule.explanation, rule.source, {rule.bad}, {rule.good}});
    return descriptions;
}

} // namespace amends::core
