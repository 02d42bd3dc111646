#include "readiness.h"

#include "composer.h"
#include "displaynames.h"
#include "fields.h"
#include "structurerules.h"

#include <QCoreApplication>

namespace amends::core {

namespace {

struct Readiness {
    Q_DECLARE_TR_FUNCTIONS(amends::core::Readiness)
};

} // namespace

QStringList readinessProblems(const Draft &draft, const ComposedLetter &letter, const CheckResult &result)
{
    QStringList problems;
    for (const QString &key : letter.unfilledPlaceholders)
        problems.append(Readiness::tr("“%1” is still empty, so the letter shows {%2}.").arg(fieldTitle(key), key));
    for (const QString &key : letter.unknownPlaceholders)
        problems.append(Readiness::tr("The placeholder {%1} does not name any field.").arg(key));
    for (const QString &key : missingRequiredFields(draft)) {
        if (!letter.unfilledPlaceholders.contains(key))
            problems.append(Readiness::tr("“%1” is still empty: fill it in on the case page.").arg(fieldTitle(key)));
    }
    for (const Finding &finding : result.findings) {
        // Empty required fields are named above, whether or not their check is on.
        if (finding.severity == Severity::Error && finding.rule != StructureRuleId::requiredField)
            problems.append(finding.message);
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace amends::core
