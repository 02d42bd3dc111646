#pragma once

// Order statistics the benchmarks report.

#include <algorithm>
#include <cstddef>
#include <vector>

namespace amends::bench {

/// The value at fraction @p p (0 to 1) of @p values in ascending order, the nearest
/// rank rounded up; 0 for none.
template<typename T>
T percentile(std::vector<T> values, double p)
{
    if (values.empty())
        return T{};
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5)];
}

/// The median (the upper one of an even count).
template<typename T>
T median(std::vector<T> values)
{
    return percentile(std::move(values), 0.5);
}

} // namespace amends::bench
