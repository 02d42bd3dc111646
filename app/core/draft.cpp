#include "draft.h"

namespace amends::core {

namespace {
constexpr std::array<std::pair<ReviewStatus, const char *>, 4> kStatusKeys = {{
    {ReviewStatus::Draft, "draft"},
    {ReviewStatus::ReadyForReview, "ready-for-review"},
    {ReviewStatus::ChangesRequested, "changes-requested"},
    {ReviewStatus::Approved, "approved"},
}};
} // namespace

QString reviewStatusKey(ReviewStatus status)
{
    for (const auto &[value, key] : kStatusKeys) {
        if (value == status)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<ReviewStatus> reviewStatusFromKey(QStringView key)
{
    for (const auto &[value, name] : kStatusKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace amends::core
