#include "checkreport.h"

#include "core/apologyscore.h"

#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

namespace amends::services {

TextPosition textPosition(const QString &text, qsizetype utf16Offset)
{
    TextPosition position;
    const qsizetype end = qMin(utf16Offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = text[i];
        if (c.isLowSurrogate())
            continue; // the pair was counted at its high half
        ++position.codePoint;
        if (c == u'\n') {
            ++position.line;
            position.column = 1;
            position.utf16Column = 1;
        } else {
            ++position.column;
            position.utf16Column += c.isHighSurrogate() ? 2 : 1;
        }
    }
    return position;
}

TextPositions::TextPositions(const QString &text)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n')
            m_lineStarts.append(i + 1);
        else if (text[i].isLowSurrogate())
            m_lowSurrogates.append(i);
    }
}

qsizetype TextPositions::codePointAt(qsizetype utf16Offset) const
{
    // Each low surrogate before the offset belongs to a pair counted once.
    return utf16Offset - (std::lower_bound(m_lowSurrogates.begin(), m_lowSurrogates.end(), utf16Offset) - m_lowSurrogates.begin());
}

TextPosition TextPositions::at(qsizetype utf16Offset) const
{
    const auto line = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), utf16Offset) - 1;
    TextPosition position;
    position.codePoint = codePointAt(utf16Offset);
    position.line = static_cast<int>(line - m_lineStarts.begin()) + 1;
    position.column = static_cast<int>(position.codePoint - codePointAt(*line)) + 1;
    position.utf16Column = static_cast<int>(utf16Offset - *line) + 1;
    return position;
}

bool reaches(core::Severity severity, core::Severity minimum)
{
    // Severities run from the most severe (Error) to the least.
    return static_cast<int>(severity) <= static_cast<int>(minimum);
}

CheckReport::CheckReport(const QString &file, const QString &language, const QString &text, const core::CheckResult &result,
                         core::Severity minimum)
    : m_file(file), m_language(language), m_text(text), m_result(result), m_minimum(minimum), m_positions(text)
{
}

QJsonObject CheckReport::findingJson(const core::Finding &finding, const TextPositions &positions)
{
    const TextPosition start = positions.at(finding.start);
    const TextPosition end = positions.at(finding.end);
    QJsonObject object{{QStringLiteral("rule"), finding.rule},
                       {QStringLiteral("category"), finding.category},
                       {QStringLiteral("severity"), core::severityKey(finding.severity)},
                       {QStringLiteral("start"), start.codePoint},
                       {QStringLiteral("end"), end.codePoint},
                       {QStringLiteral("line"), start.line},
                       {QStringLiteral("column"), start.column},
                       {QStringLiteral("excerpt"), finding.excerpt},
                       {QStringLiteral("message"), finding.message},
                       {QStringLiteral("explanation"), finding.explanation},
                       {QStringLiteral("suggestions"), QJsonArray::fromStringList(finding.suggestions)}};
    object.insert(QStringLiteral("section"), finding.section ? QJsonValue(core::sectionKey(*finding.section)) : QJsonValue());
    return object;
}

QJsonObject CheckReport::toJson() const
{
    QJsonArray findings;
    for (const core::Finding &finding : m_result.findings) {
        if (reaches(finding.severity, m_minimum))
            findings.append(findingJson(finding, m_positions));
    }
    QJsonArray dismissed;
    for (const core::DismissedFinding &entry : m_result.dismissed) {
        QJsonObject object = findingJson(entry.finding, m_positions);
        object.insert(QStringLiteral("reason"), entry.reason);
        object.insert(QStringLiteral("dismissed_by"), entry.author);
        dismissed.append(object);
    }
    const core::CheckMetrics &metrics = m_result.metrics;
    const QJsonObject readability{{QStringLiteral("formula"), metrics.readability.formula},
                                  {QStringLiteral("score"), qRound(metrics.readability.score * 10) / 10.0},
                                  {QStringLiteral("target_min"), metrics.readabilityMinimum},
                                  {QStringLiteral("target_max"), metrics.readabilityMaximum},
                                  {QStringLiteral("syllables"), metrics.readability.syllables},
                                  {QStringLiteral("syllables_from"), metrics.readability.syllableMethod}};
    const QJsonObject metricsJson{{QStringLiteral("score"), core::scoreLetter(m_result).value},
                                  {QStringLiteral("words"), metrics.words},
                                  {QStringLiteral("sentences"), metrics.sentences},
                                  {QStringLiteral("readability"), readability},
                                  {QStringLiteral("sections_present"), QJsonArray::fromStringList(metrics.sectionsPresent)}};
    return {{QStringLiteral("file"), m_file},
            {QStringLiteral("language"), m_language},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("metrics"), metricsJson},
            {QStringLiteral("dismissed"), dismissed}};
}

void CheckReport::writeText(QTextStream &out) const
{
    for (const core::Finding &finding : m_result.findings) {
        if (!reaches(finding.severity, m_minimum))
            continue;
        const TextPosition at = m_positions.at(finding.start);
        out << m_file << ':' << at.line << ':' << at.column << ": " << core::severityKey(finding.severity) << ": "
            << finding.message << " [" << finding.rule << "]\n";
    }
}

} // namespace amends::services
