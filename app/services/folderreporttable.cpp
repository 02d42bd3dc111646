#include "folderreporttable.h"

#include "core/displaynames.h"

#include <QCoreApplication>

#include <algorithm>

namespace amends::services {

QString reporthtml::escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString reporthtml::number(qsizetype value)
{
    return QString::number(value);
}

namespace {

using reporthtml::escaped;
using reporthtml::number;
using reporthtml::ReportText;

QString anchor(qsizetype row)
{
    return QStringLiteral("letter-") + number(row + 1);
}

QString findingCount(qsizetype count)
{
    return count == 1 ? ReportText::tr("1 finding") : ReportText::tr("%1 findings").arg(count);
}

QString statusBadge(const LetterSummary &letter)
{
    const QString status = letter.status ? core::reviewStatusKey(*letter.status) : QStringLiteral("plain-text");
    return QStringLiteral("<span class=\"status status-%1\" data-status=\"%1\">%2</span>").arg(status, escaped(core::reviewStatusTitle(letter.status)));
}

QString scoreBadge(int score)
{
    return QStringLiteral("<span class=\"badge band-%1\">%2</span>").arg(scoreBandKey(scoreBand(score)), number(score));
}

QString fileCell(const LetterSummary &letter, qsizetype row)
{
    if (letter.findings.isEmpty())
        return QStringLiteral("<td class=\"file\"><span class=\"name\">%1</span></td>").arg(escaped(letter.file));
    return QStringLiteral("<td class=\"file\"><a class=\"name\" href=\"#%1\">%2</a><span class=\"n\">%3</span></td>")
        .arg(anchor(row), escaped(letter.file), escaped(findingCount(letter.findings.size())));
}

QString missingCell(const LetterSummary &letter)
{
    QString chips;
    for (const QString &section : letter.missingSections)
        chips += QStringLiteral("<span class=\"chip\" data-section=\"%1\">%2</span>").arg(escaped(section), escaped(core::sectionTitle(section)));
    if (chips.isEmpty())
        chips = QStringLiteral("<span class=\"complete\">%1</span>").arg(escaped(ReportText::tr("All six")));
    return QStringLiteral("<td class=\"missing\">%1</td>").arg(chips);
}

QString letterRow(const LetterSummary &letter, qsizetype row, const QStringList &categories)
{
    QString html = QStringLiteral("<tr class=\"letter\" data-score=\"%1\" data-band=\"%2\">")
                       .arg(number(letter.score), scoreBandKey(scoreBand(letter.score)));
    html += fileCell(letter, row);
    html += QStringLiteral("<td class=\"state\">%1</td>").arg(statusBadge(letter));
    html += QStringLiteral("<td class=\"score num\">%1</td>").arg(scoreBadge(letter.score));
    html += QStringLiteral("<td class=\"errors num%1\">%2</td>").arg(letter.errors > 0 ? QStringLiteral(" some") : QString(), number(letter.errors));
    for (const QString &category : categories) {
        // Shaded by count, so the worst cells of a large folder stand out.
        const int count = letter.findingsByCategory.value(category);
        html += QStringLiteral("<td class=\"count h%1\" data-category=\"%2\">%3</td>")
                    .arg(number(std::min(count, 3)), escaped(category), count > 0 ? number(count) : QString());
    }
    return html + missingCell(letter) + QStringLiteral("</tr>\n");
}

QString findingItem(const core::Finding &finding)
{
    static constexpr qsizetype kExcerptLength = 80;
    QString excerpt = finding.excerpt.simplified();
    if (excerpt.size() > kExcerptLength)
        excerpt = excerpt.left(kExcerptLength - 1) + QChar(0x2026);
    QString item = QStringLiteral("<li class=\"sev-%1\"><span class=\"sev\">%2</span> <span class=\"cat\">%3</span> %4")
                       .arg(core::severityKey(finding.severity), escaped(core::severityTitle(finding.severity)),
                            escaped(core::categoryTitle(finding.category)), escaped(finding.message));
    if (!excerpt.isEmpty() && !finding.message.contains(excerpt, Qt::CaseInsensitive)) // no need to quote it twice
        item += QStringLiteral(" <q>%1</q>").arg(escaped(excerpt));
    return item + QStringLiteral("</li>\n");
}

QString letterFindings(const LetterSummary &letter, qsizetype row)
{
    QList<core::Finding> findings = letter.findings;
    std::stable_sort(findings.begin(), findings.end(), [](const core::Finding &a, const core::Finding &b) { return a.severity < b.severity; });
    QString html = QStringLiteral("<article id=\"%1\"><h3><span class=\"name\">%2</span>%3%4<span class=\"n\">%5</span></h3>\n<ul class=\"findings\">\n")
                       .arg(anchor(row), escaped(letter.file), scoreBadge(letter.score), statusBadge(letter),
                            escaped(findingCount(findings.size())));
    for (const core::Finding &finding : findings)
        html += findingItem(finding);
    return html + QStringLiteral("</ul></article>\n");
}

} // namespace

QString letterTableHtml(const FolderReport &report, const QStringList &categories)
{
    QString html = QStringLiteral("<section class=\"panel\" id=\"letters\">\n<h2>%1</h2>\n<div class=\"scroll\"><table class=\"letters\">\n<thead><tr>")
                       .arg(escaped(ReportText::tr("Letters, lowest score first")));
    html += QStringLiteral("<th>%1</th><th>%2</th><th class=\"num\">%3</th><th class=\"num\">%4</th>")
                .arg(escaped(ReportText::tr("Letter")), escaped(ReportText::tr("Status")), escaped(ReportText::tr("Score")), escaped(ReportText::tr("Errors")));
    for (const QString &category : categories)
        html += QStringLiteral("<th class=\"cat\" data-category=\"%1\">%2</th>").arg(escaped(category), escaped(core::categoryTitle(category)));
    html += QStringLiteral("<th>%1</th></tr></thead>\n<tbody>\n").arg(escaped(ReportText::tr("Missing parts")));
    for (qsizetype row = 0; row < report.letters.size(); ++row)
        html += letterRow(report.letters[row], row, categories);
    return html + QStringLiteral("</tbody>\n</table></div>\n</section>\n");
}

QString letterFindingsHtml(const FolderReport &report)
{
    QString articles;
    for (qsizetype row = 0; row < report.letters.size(); ++row) {
        if (!report.letters[row].findings.isEmpty())
            articles += letterFindings(report.letters[row], row);
    }
    if (articles.isEmpty())
        return {};
    return QStringLiteral("<section class=\"panel\" id=\"findings\">\n<h2>%1</h2>\n%2</section>\n")
        .arg(escaped(ReportText::tr("Findings, letter by letter")), articles);
}

} // namespace amends::services
