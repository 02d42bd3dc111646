#pragma once

#include "lettercheck.h"

#include "core/finding.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace amends::services {

/// How a score reads at a glance: good (85 and up), fair (60 to 84), poor (below 60).
enum class ScoreBand { Good, Fair, Poor };

ScoreBand scoreBand(int score);
/// "good", "fair", "poor".
QString scoreBandKey(ScoreBand band);

/// Findings of one category (or of a whole letter), split by severity.
struct SeverityCounts {
    int errors = 0;
    int warnings = 0;
    int suggestions = 0;

    int total() const { return errors + warnings + suggestions; }
    void add(core::Severity severity);
};

/// One letter of the folder, as the report shows it.
struct LetterSummary {
    QString file;                          ///< Relative to the folder.
    QString language;                      ///< The language it was checked in (BCP 47).
    std::optional<core::ReviewStatus> status; ///< Empty for plain text.
    int score = 0;
    QMap<QString, int> findingsByCategory; ///< Every category of core::findingCategories(), zero included.
    QStringList missingSections;           ///< core::sectionKey()s, in letter order.
    int errors = 0;                        ///< Findings of severity error.
    QList<core::Finding> findings;         ///< In text order.
};

/// A folder's letters checked together: one row per letter, worst score first, and the
/// totals a team lead looks at first.
struct FolderReport {
    QString folder; ///< Absolute path.
    QDateTime generated;
    QList<LetterSummary> letters; ///< By score ascending, then by file name.
    QMap<QString, SeverityCounts> totals; ///< Every category, zero included.
    double averageScore = 0.0;            ///< Rounded to one decimal; 0 without letters.

    int lettersWithErrors() const;
    int findingCount() const;
};

/// Summarises checked letters. File names are shown relative to @p folder.
FolderReport buildFolderReport(const QString &folder, const QList<CheckOutput> &outputs, const QDateTime &generated);

/// `{"version": 1, "folder", "generated", "letters": [{file, type, status, score, band,
/// findings_by_category, missing_sections, errors, findings}], "totals",
/// "totals_by_severity", "letters_with_errors", "average_score"}`; status is null for
/// plain text.
QByteArray folderReportJson(const FolderReport &report);

/// One self-contained HTML page (inline CSS and SVG, no scripts, nothing fetched): the
/// summary figures, a bar chart of findings by category and a table of the letters.
/// Every file name and message is escaped.
QByteArray folderReportHtml(const FolderReport &report);

} // namespace amends::services
