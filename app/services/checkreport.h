#pragma once

#include "core/checktypes.h"

#include <QJsonObject>
#include <QString>

class QTextStream;

namespace amends::services {

/// Turns check results into the `check` command's outputs (docs/ARCHITECTURE.md): JSON with
/// offsets in Unicode code points and 1-based line and column, or compiler-style text.
/// Code-point offset, 1-based line and 1-based column (in code points) of a UTF-16
/// position in @p text.
struct TextPosition {
    qsizetype codePoint = 0;
    int line = 1;
    int column = 1;
    int utf16Column = 1; ///< The same column in UTF-16 code units (SARIF's default unit).
};
TextPosition textPosition(const QString &text, qsizetype utf16Offset);

/// The same for many positions of one text: indexes it once, then answers in
/// logarithmic time.
class TextPositions
{
public:
    explicit TextPositions(const QString &text);
    TextPosition at(qsizetype utf16Offset) const;

private:
    qsizetype codePointAt(qsizetype utf16Offset) const;

    QList<qsizetype> m_lineStarts;
    QList<qsizetype> m_lowSurrogates;
};

/// Whether a finding of @p severity is shown when only findings of @p minimum and more
/// severe ones are asked for.
bool reaches(core::Severity severity, core::Severity minimum);

class CheckReport
{
public:
    /// Shows the findings of @p minimum severity and above; the metrics (the score
    /// among them) always count every finding.
    CheckReport(const QString &file, const QString &language, const QString &text, const core::CheckResult &result,
                core::Severity minimum = core::Severity::Suggestion);

    /// `{file, language, findings, metrics, dismissed}`.
    QJsonObject toJson() const;
    /// Writes one line per finding to @p out: `file:line:col: severity: message [rule]`
    /// (as it goes: a long text can have tens of thousands).
    void writeText(QTextStream &out) const;

    static QJsonObject findingJson(const core::Finding &finding, const TextPositions &positions);

private:
    QString m_file;
    QString m_language;
    QString m_text;
    const core::CheckResult &m_result;
    core::Severity m_minimum;
    TextPositions m_positions;
};

} // namespace amends::services
