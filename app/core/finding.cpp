#include "finding.h"

#include <algorithm>

namespace amends::core {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Suggestion: return QStringLiteral("suggestion");
    }
    return {};
}

std::optional<Severity> severityFromKey(QStringView key)
{
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Suggestion}) {
        if (key == severityKey(severity))
            return severity;
    }
    return std::nullopt;
}

bool sameFindingsApartFromPlace(const QList<Finding> &a, const QList<Finding> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Finding &x, const Finding &y) {
        return x.rule == y.rule && x.severity == y.severity && x.section == y.section && x.message == y.message
               && x.excerpt == y.excerpt && x.category == y.category && x.explanation == y.explanation
               && x.suggestions == y.suggestions;
    });
}

} // namespace amends::core
