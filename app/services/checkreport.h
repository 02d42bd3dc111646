#pragma once

#include "core/checktypes.h"

#include <QJsonObject>
#include <QString>

namespace amends::services {

/// Turns check results into the `check` command's outputs (docs/ARCHITECTURE.md): JSON with
/// offsets in Unicode code points and 1-based line and column, or compiler-style text.
/// Code-point offset, 1-based line and 1-based column (in code points) of a UTF-16
/// position in @p text.
struct TextPosition {
    qsizetype codePoint = 0;
    int line = 1;
    int column = 1;
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

class CheckReport
{
public:
    CheckReport(const QString &file, const QString &language, const QString &text, const core::CheckResult &result);

    /// `{file, language, findings, metrics, dismissed}`.
    QJsonObject toJson() const;
    /// One line per finding: `file:line:col: severity: message [rule]`.
    QString toText() const;

    static QJsonObject findingJson(const core::Finding &finding, const TextPositions &positions);

private:
    QString m_file;
    QString m_language;
    QString m_text;
    const core::CheckResult &m_result;
    TextPositions m_positions;
};

} // namespace amends::services
