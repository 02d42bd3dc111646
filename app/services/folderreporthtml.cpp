// The folder report as one self-contained page: inline CSS and SVG only, no scripts, so
// it can be mailed or attached to a ticket and opened anywhere without fetching anything.

#include "folderreport.h"
#include "folderreporttable.h"
#include "core/displaynames.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace amends::services {

namespace {

using reporthtml::escaped;
using reporthtml::number;
using reporthtml::ReportText;

QString decimal(double value)
{
    return QString::number(value, 'f', 1);
}

constexpr char kStyle[] = R"(
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#e3e7ec;--bg:#f4f6f9;--good:#2b8a3e;--fair:#c26a00;--poor:#c92a2a;
--error:#c92a2a;--warning:#f59f00;--suggestion:#5c7cfa}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 "Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Helvetica,Arial,sans-serif}
main{max-width:1360px;margin:0 auto;padding:28px 32px 36px}
h1{font-size:26px;margin:0 0 4px;letter-spacing:-.01em}
h2{font-size:17px;margin:0 0 14px}
.meta{margin:0;color:var(--muted)}
code.folder{font:13px "DejaVu Sans Mono",Menlo,Consolas,monospace;background:#fff;border:1px solid var(--line);border-radius:4px;padding:1px 6px;color:var(--ink)}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;margin:22px 0}
.card,.panel{background:#fff;border:1px solid var(--line);border-radius:10px;box-shadow:0 1px 2px rgba(16,24,40,.04)}
.card{padding:14px 18px}
.card .label{color:var(--muted);font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.05em}
.card .value{font-size:34px;font-weight:700;line-height:1.25}
.card .note{color:var(--muted);font-size:13px}
.text-good{color:var(--good)}.text-fair{color:var(--fair)}.text-poor{color:var(--poor)}
.strip{display:flex;height:8px;border-radius:4px;overflow:hidden;margin:4px 0 6px;background:var(--line)}
.panel{padding:18px 22px;margin-bottom:22px}
.legend{display:flex;gap:18px;margin:-6px 0 10px;color:var(--muted);font-size:13px}
.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px;vertical-align:-1px}
svg.chart{display:block;width:100%;max-width:980px;height:auto;font-family:inherit}
svg.chart .label{font-size:14px;fill:var(--ink)}
svg.chart .count{font-size:14px;font-weight:700;fill:var(--ink)}
svg.chart .track{fill:#f1f3f5}svg.chart .error{fill:var(--error)}svg.chart .warning{fill:var(--warning)}svg.chart .suggestion{fill:var(--suggestion)}
.quiet{color:var(--muted);font-size:13px;margin:8px 0 0}
table{border-collapse:collapse;width:100%;font-size:14px}
th{text-align:left;font-size:12px;color:var(--muted);font-weight:600;border-bottom:2px solid var(--line);padding:6px 8px;vertical-align:bottom}
td{border-bottom:1px solid var(--line);padding:8px 6px;vertical-align:top}
tbody tr:hover{background:#fafbfc}
.num,th.cat{text-align:center}
th.cat{width:56px;font-size:11.5px;line-height:1.2;padding:6px 3px;hyphens:auto}
.scroll{overflow-x:auto}
td.file{min-width:180px;max-width:300px}td.missing{min-width:150px}
td.count{text-align:center;font-variant-numeric:tabular-nums;border-left:1px solid #fff}
td.h1{background:#fff1e6}td.h2{background:#ffd8c0}td.h3{background:#ffb08f;font-weight:700}
td.errors.some{color:var(--poor);font-weight:700}
.badge{display:inline-block;min-width:46px;text-align:center;border-radius:12px;padding:1px 10px;font-weight:700;color:#fff}
.band-good{background:var(--good)}.band-fair{background:var(--fair)}.band-poor{background:var(--poor)}
.status{display:inline-block;white-space:nowrap;border-radius:4px;padding:1px 8px;font-size:12.5px;background:#f1f3f5;color:#495057}
.status-approved{background:#d3f9d8;color:#1b5e20}.status-changes-requested{background:#ffe3e3;color:#a51111}
.status-ready-for-review{background:#e7f5ff;color:#1864ab}.status-plain-text{background:#fff;border:1px dashed #adb5bd}
.chip{display:inline-block;white-space:nowrap;border-radius:10px;padding:0 8px;margin:1px 3px 1px 0;font-size:12.5px;background:#f3f0ff;color:#5f3dc4}
.complete{color:var(--good);font-size:13px}
.name{font-weight:600;overflow-wrap:anywhere;color:inherit}
a.name{text-decoration:none;border-bottom:1px dotted #9aa5b1}
a.name:hover{color:#1864ab;border-bottom-color:#1864ab}
td .n{display:block;color:var(--muted);font-size:12.5px}
#findings article{border-top:1px solid var(--line);padding:10px 4px 12px;scroll-margin-top:8px}
#findings article:target{background:#fffbea}
#findings h3{display:flex;flex-wrap:wrap;align-items:center;gap:10px;font-size:15px;margin:0 0 6px}
#findings h3 .n{color:var(--muted);font-size:13px;font-weight:400}
ul.findings{margin:0;padding-left:20px;font-size:13.5px;color:#323f4b}
ul.findings li{margin:3px 0}
.sev{font-size:10.5px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border-radius:3px;padding:0 4px;color:#fff}
.sev-error .sev{background:var(--error)}.sev-warning .sev{background:var(--warning);color:#3b2a00}.sev-suggestion .sev{background:var(--suggestion)}
.cat{color:var(--muted)}
q{color:var(--muted);font-style:italic}
footer{color:var(--muted);font-size:12.5px;max-width:900px}
@media (max-width:820px){.cards{grid-template-columns:repeat(2,1fr)}main{padding:16px}}
@media print{body{background:#fff}main{padding:0}.card,.panel{box-shadow:none;break-inside:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)";

// Categories that occur anywhere in the folder, most findings first: the chart's rows
// and the table's columns, in the same order.
QStringList occurringCategories(const FolderReport &report)
{
    QStringList categories;
    for (auto it = report.totals.begin(); it != report.totals.end(); ++it) {
        if (it->total() > 0)
            categories.append(it.key());
    }
    std::stable_sort(categories.begin(), categories.end(), [&report](const QString &a, const QString &b) {
        return report.totals.value(a).total() > report.totals.value(b).total();
    });
    return categories;
}

QString figure(const QString &key, const QString &label, const QString &value, const QString &noteHtml, const QString &valueClass = {})
{
    return QStringLiteral("<div class=\"card\" data-key=\"%1\"><div class=\"label\">%2</div><div class=\"value %3\">%4</div>"
                          "<div class=\"note\">%5</div></div>\n")
        .arg(key, escaped(label), valueClass, escaped(value), noteHtml);
}

QString bandStrip(const FolderReport &report)
{
    int counts[3] = {0, 0, 0};
    for (const LetterSummary &letter : report.letters)
        ++counts[static_cast<int>(scoreBand(letter.score))];
    QString strip = QStringLiteral("<div class=\"strip\">");
    for (ScoreBand band : {ScoreBand::Good, ScoreBand::Fair, ScoreBand::Poor}) {
        const int count = counts[static_cast<int>(band)];
        if (count > 0)
            strip += QStringLiteral("<span class=\"band-%1\" style=\"flex:%2\"></span>").arg(scoreBandKey(band), number(count));
    }
    return strip + QStringLiteral("</div>") + escaped(ReportText::tr("%1 good · %2 fair · %3 poor").arg(counts[0]).arg(counts[1]).arg(counts[2]));
}

QString summaryFigures(const FolderReport &report)
{
    const int letters = static_cast<int>(report.letters.size());
    const int withErrors = report.lettersWithErrors();
    SeverityCounts all;
    for (const SeverityCounts &counts : report.totals) {
        all.errors += counts.errors;
        all.warnings += counts.warnings;
        all.suggestions += counts.suggestions;
    }
    const ScoreBand averageBand = scoreBand(static_cast<int>(report.averageScore + 0.5));
    QString html = QStringLiteral("<section class=\"cards\">\n");
    html += figure(QStringLiteral("letters"), ReportText::tr("Letters"), number(letters), bandStrip(report));
    html += figure(QStringLiteral("average-score"), ReportText::tr("Average score"), decimal(report.averageScore), escaped(ReportText::tr("out of 100")),
                   QStringLiteral("text-") + scoreBandKey(averageBand));
    html += figure(QStringLiteral("letters-with-errors"), ReportText::tr("Letters with errors"), number(withErrors),
                   escaped(ReportText::tr("%1 of %2 need fixing before sending").arg(withErrors).arg(letters)),
                   withErrors > 0 ? QStringLiteral("text-poor") : QStringLiteral("text-good"));
    html += figure(QStringLiteral("findings"), ReportText::tr("Findings"), number(all.total()),
                   escaped(ReportText::tr("%1 errors · %2 warnings · %3 suggestions").arg(all.errors).arg(all.warnings).arg(all.suggestions)));
    return html + QStringLiteral("</section>\n");
}

QString legend()
{
    QString html = QStringLiteral("<div class=\"legend\">");
    for (const auto &[key, severity] : {std::pair{"error", core::Severity::Error}, std::pair{"warning", core::Severity::Warning},
                                        std::pair{"suggestion", core::Severity::Suggestion}})
        html += QStringLiteral("<span><i style=\"background:var(--%1)\"></i>%2</span>").arg(QLatin1String(key), escaped(core::severityTitle(severity)));
    return html + QStringLiteral("</div>\n");
}

constexpr int kLabelWidth = 190;
constexpr int kBarWidth = 700;
constexpr int kRowHeight = 34;
constexpr int kBarHeight = 22;

// One row of the chart: the category, its findings stacked by severity, and the count.
QString chartBar(const QString &category, const SeverityCounts &counts, int row, double scale)
{
    const int middle = kRowHeight / 2;
    const int top = (kRowHeight - kBarHeight) / 2;
    QString bar = QStringLiteral("<g class=\"bar\" data-category=\"%1\" transform=\"translate(0,%2)\">")
                      .arg(escaped(category), number(row * kRowHeight));
    bar += QStringLiteral("<title>%1</title>").arg(escaped(ReportText::tr("%1: %2 errors, %3 warnings, %4 suggestions")
                                                            .arg(core::categoryTitle(category)).arg(counts.errors).arg(counts.warnings).arg(counts.suggestions)));
    bar += QStringLiteral("<text class=\"label\" x=\"%1\" y=\"%2\" text-anchor=\"end\" dominant-baseline=\"central\">%3</text>")
               .arg(number(kLabelWidth - 12), number(middle), escaped(core::categoryTitle(category)));
    bar += QStringLiteral("<rect class=\"track\" x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"3\"/>")
               .arg(number(kLabelWidth), number(top), number(kBarWidth), number(kBarHeight));
    double x = kLabelWidth;
    for (const auto &[severity, count] : {std::pair{"error", counts.errors}, std::pair{"warning", counts.warnings},
                                          std::pair{"suggestion", counts.suggestions}}) {
        if (count == 0)
            continue;
        bar += QStringLiteral("<rect class=\"%1\" data-count=\"%2\" x=\"%3\" y=\"%4\" width=\"%5\" height=\"%6\"/>")
                   .arg(QLatin1String(severity), number(count), decimal(x), number(top), decimal(count * scale), number(kBarHeight));
        x += count * scale;
    }
    bar += QStringLiteral("<text class=\"count\" x=\"%1\" y=\"%2\" dominant-baseline=\"central\">%3</text></g>\n")
               .arg(decimal(x + 8), number(middle), number(counts.total()));
    return bar;
}

QString chart(const FolderReport &report, const QStringList &categories)
{
    QString html = QStringLiteral("<section class=\"panel\" id=\"chart\">\n<h2>%1</h2>\n").arg(escaped(ReportText::tr("Findings by category")));
    if (categories.isEmpty())
        return html + QStringLiteral("<p class=\"quiet\">%1</p>\n</section>\n").arg(escaped(ReportText::tr("No findings in any letter.")));
    html += legend();
    const int maximum = report.totals.value(categories.first()).total();
    const double scale = double(kBarWidth) / maximum;
    const int width = kLabelWidth + kBarWidth + 60;
    const int height = kRowHeight * static_cast<int>(categories.size());
    html += QStringLiteral("<svg class=\"chart\" viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\">\n")
                .arg(number(width), number(height), escaped(ReportText::tr("Findings by category across the folder")));
    for (int row = 0; row < categories.size(); ++row)
        html += chartBar(categories[row], report.totals.value(categories[row]), row, scale);
    html += QStringLiteral("</svg>\n");
    QStringList clean;
    for (auto it = report.totals.begin(); it != report.totals.end(); ++it) {
        if (it->total() == 0)
            clean.append(core::categoryTitle(it.key()));
    }
    if (!clean.isEmpty())
        html += QStringLiteral("<p class=\"quiet\">%1</p>\n").arg(escaped(ReportText::tr("No findings: %1.").arg(clean.join(QStringLiteral(", ")))));
    return html + QStringLiteral("</section>\n");
}

QString header(const FolderReport &report, const QString &title, const QString &when)
{
    const QString folder = QStringLiteral("<code class=\"folder\">%1</code>").arg(escaped(report.folder));
    const QDateTime withOffset = report.generated.toOffsetFromUtc(report.generated.offsetFromUtc());
    const QString time = QStringLiteral("<time datetime=\"%1\">%2</time>").arg(withOffset.toString(Qt::ISODate), escaped(when));
    // Both arguments are markup already; the translated frame around them is escaped.
    const QString line = escaped(ReportText::tr("Folder %1 · checked %2")).arg(folder, time);
    return QStringLiteral("<header>\n<h1>%1</h1>\n<p class=\"meta\">%2</p>\n</header>\n").arg(escaped(title), line);
}

} // namespace

QByteArray folderReportHtml(const FolderReport &report)
{
    // The page's language is the one its text was translated into, and dates follow it.
    const QLocale locale(QCoreApplication::translate("amends::services::FolderReport", "en", "BCP 47 code of this translation"));
    const QString when = locale.toString(report.generated.date(), QLocale::LongFormat) + QStringLiteral(", ")
                         + report.generated.time().toString(QStringLiteral("HH:mm"));
    const QString title = ReportText::tr("Apology letter report");
    const QString folderName = report.folder.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    const QStringList categories = occurringCategories(report);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<meta name=\"generator\" content=\"Amends %2\">\n")
                       .arg(escaped(locale.bcp47Name()), escaped(QCoreApplication::applicationVersion()));
    html += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<main>\n")
                .arg(escaped(title + QStringLiteral(" — ") + folderName + QStringLiteral(" — ") + when), QLatin1String(kStyle));
    html += header(report, title, when);
    html += summaryFigures(report);
    html += chart(report, categories);
    html += letterTableHtml(report, categories);
    html += letterFindingsHtml(report);
    html += QStringLiteral("<footer>%1</footer>\n</main>\n</body>\n</html>\n")
                .arg(escaped(ReportText::tr("The score (0–100) gives up to 70 points for the six parts of an apology that a letter covers, "
                                "weighted by how much each matters to readers, and up to 30 points that findings take away. "
                                "85 and up is good, 60 to 84 fair, below 60 poor.")));
    return html.toUtf8();
}

} // namespace amends::services
