#include "folderreport.h"

#include "core/apologyscore.h"
#include "core/ruleset.h"
#include "core/section.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace amends::services {

ScoreBand scoreBand(int score)
{
    if (score >= 85)
        return ScoreBand::Good;
    if (score >= 60)
        return ScoreBand::Fair;
    return ScoreBand::Poor;
}

QString scoreBandKey(ScoreBand band)
{
    switch (band) {
    case ScoreBand::Good: return QStringLiteral("good");
    case ScoreBand::Fair: return QStringLiteral("fair");
    case ScoreBand::Poor: return QStringLiteral("poor");
    }
    return {};
}

void SeverityCounts::add(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Error: ++errors; break;
    case core::Severity::Warning: ++warnings; break;
    case core::Severity::Suggestion: ++suggestions; break;
    }
}

int FolderReport::lettersWithErrors() const
{
    return static_cast<int>(std::count_if(letters.begin(), letters.end(), [](const LetterSummary &letter) { return letter.errors > 0; }));
}

int FolderReport::findingCount() const
{
    int count = 0;
    for (const SeverityCounts &counts : totals)
        count += counts.total();
    return count;
}

namespace {

LetterSummary summarise(const QDir &folder, const CheckOutput &output)
{
    LetterSummary letter;
    letter.file = folder.relativeFilePath(QFileInfo(output.input.name).absoluteFilePath());
    letter.language = output.input.language;
    if (output.input.subject.draft)
        letter.status = output.input.subject.draft->review.status;
    letter.score = core::scoreLetter(output.result).value;
    for (const QString &category : core::findingCategories())
        letter.findingsByCategory.insert(category, 0);
    for (const core::Finding &finding : output.result.findings) {
        ++letter.findingsByCategory[finding.category];
        if (finding.severity == core::Severity::Error)
            ++letter.errors;
    }
    for (core::Section section : core::kSections) {
        if (!output.result.coverage.has(section))
            letter.missingSections.append(core::sectionKey(section));
    }
    letter.findings = output.result.findings;
    return letter;
}

bool worseFirst(const LetterSummary &a, const LetterSummary &b)
{
    if (a.score != b.score)
        return a.score < b.score;
    return a.file.compare(b.file, Qt::CaseInsensitive) < 0;
}

} // namespace

FolderReport buildFolderReport(const QString &folder, const QList<CheckOutput> &outputs, const QDateTime &generated)
{
    FolderReport report;
    report.folder = QFileInfo(folder).absoluteFilePath();
    report.generated = generated;
    for (const QString &category : core::findingCategories())
        report.totals.insert(category, {});
    const QDir dir(report.folder);
    double scoreSum = 0.0;
    for (const CheckOutput &output : outputs) {
        report.letters.append(summarise(dir, output));
        scoreSum += report.letters.constLast().score;
        for (const core::Finding &finding : output.result.findings)
            report.totals[finding.category].add(finding.severity);
    }
    std::stable_sort(report.letters.begin(), report.letters.end(), worseFirst);
    if (!report.letters.isEmpty())
        report.averageScore = std::round(scoreSum / double(report.letters.size()) * 10.0) / 10.0;
    return report;
}

namespace {

QJsonObject countsJson(const QMap<QString, int> &counts)
{
    QJsonObject object;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject letterJson(const LetterSummary &letter)
{
    return {
        {QStringLiteral("file"), letter.file},
        {QStringLiteral("type"), letter.status ? QStringLiteral("draft") : QStringLiteral("text")},
        {QStringLiteral("language"), letter.language},
        {QStringLiteral("status"), letter.status ? QJsonValue(core::reviewStatusKey(*letter.status)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("score"), letter.score},
        {QStringLiteral("band"), scoreBandKey(scoreBand(letter.score))},
        {QStringLiteral("findings_by_category"), countsJson(letter.findingsByCategory)},
        {QStringLiteral("missing_sections"), QJsonArray::fromStringList(letter.missingSections)},
        {QStringLiteral("errors"), letter.errors},
        {QStringLiteral("findings"), static_cast<int>(letter.findings.size())},
    };
}

} // namespace

QByteArray folderReportJson(const FolderReport &report)
{
    QJsonArray letters;
    for (const LetterSummary &letter : report.letters)
        letters.append(letterJson(letter));
    QMap<QString, int> totals;
    SeverityCounts bySeverity;
    for (auto it = report.totals.begin(); it != report.totals.end(); ++it) {
        totals.insert(it.key(), it->total());
        bySeverity.errors += it->errors;
        bySeverity.warnings += it->warnings;
        bySeverity.suggestions += it->suggestions;
    }
    const QJsonObject severities{{QStringLiteral("error"), bySeverity.errors},
                                 {QStringLiteral("warning"), bySeverity.warnings},
                                 {QStringLiteral("suggestion"), bySeverity.suggestions}};
    const QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("folder"), report.folder},
        {QStringLiteral("generated"), report.generated.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("letters"), letters},
        {QStringLiteral("totals"), countsJson(totals)},
        {QStringLiteral("totals_by_severity"), severities},
        {QStringLiteral("letters_with_errors"), report.lettersWithErrors()},
        {QStringLiteral("average_score"), report.averageScore},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace amends::services
