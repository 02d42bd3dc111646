#pragma once

#include "section.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace amends::core {

enum class Severity { Error, Warning, Suggestion };

/// "error", "warning", "suggestion".
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(QStringView key);

/// One problem found in a text: by a rule, by a structure check, or by the speller.
/// Offsets are UTF-16 code units into the checked text (QString indices); the JSON
/// output converts them to Unicode code points.
struct Finding {
    QString rule;     ///< Stable id, e.g. "blame.third-party" or "spelling".
    QString category; ///< One of findingCategories(), e.g. "blame-shifting".
    Severity severity = Severity::Warning;
    qsizetype start = 0;
    qsizetype end = 0;
    std::optional<Section> section;
    QString excerpt;         ///< The checked text from start to end.
    QString message;         ///< One line: what is wrong.
    QString explanation;     ///< Why it hurts an apology.
    QStringList suggestions; ///< Replacements for the excerpt, best first.

    bool operator==(const Finding &) const = default;
};

/// Whether @p a and @p b list the same findings in the same order, wherever in the
/// text they lie and whatever words they cover there: what an edit elsewhere in the
/// letter leaves unchanged (and typing in a sentence that has a finding on the whole
/// sentence), so a view that lists findings need not be rebuilt.
bool sameFindingsApartFromPlace(const QList<Finding> &a, const QList<Finding> &b);

} // namespace amends::core

// A list of them grows by moving its bytes, not by copying each one.
Q_DECLARE_TYPEINFO(amends::core::Finding, Q_RELOCATABLE_TYPE);
