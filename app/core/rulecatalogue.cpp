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
    for (const StructureRule &rule : structureRules()) {
        RuleDescription description{rule.id, rule.category, rule.severity, rule.message, rule.explanation, rule.source, {rule.bad}, {rule.good}};
        // Each language's reading ease has its own formula, band and source.
        if (rule.id == StructureRuleId::lowReadability && !rules.structure().readabilitySource.isEmpty()) {
            description.explanation = rules.structure().readabilityExplanation;
            description.source = rules.structure().readabilitySource;
        }
        descriptions.append(description);
    }
    return descriptions;
}

} // namespace amends::core
