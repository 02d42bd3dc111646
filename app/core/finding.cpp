#include "finding.h"

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

} // namespace amends::core
