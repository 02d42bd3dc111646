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
    // Equal in every field but the place and the words there: the field-by-field
    // comparison stays complete whatever fields a finding gains.
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Finding &x, const Finding &y) {
        Finding moved = x;
        moved.start = y.start;
        moved.end = y.end;
        moved.excerpt = y.excerpt;
        return moved == y;
    });
}

} // namespace amends::core
