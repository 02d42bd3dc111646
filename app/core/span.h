#pragma once

#include <QtGlobal>

namespace amends::core {

/// A stretch of a text: UTF-16 offsets [start, end) into it (QString indices).
struct Span {
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool contains(qsizetype position) const { return position >= start && position < end; }
    bool operator==(const Span &) const = default;
};

} // namespace amends::core
