#include "services/reportparser.h"
#include "testsupport.h"

#include "core/apologyscore.h"
#include "core/ruleset.h"
#include "services/folderreport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace amends;

namespace {

const QString kFolder = QStringLiteral("/srv/letters");

core::Finding finding(const QString &category, core::Severity severity, const QString &message = QStringLiteral("A problem."),
                      const QString &excerpt = {})
{
    core::Finding result;
    result.rule = category + QStringLiteral(".test");
    result.category = category;
    result.severity = severity;
    result.message = message;
    result.excerpt = excerpt;
    return result;
}

// A checked letter: its findings, and the sections it covers (one cue each).
services::CheckOutput letter(const QString &file, const QList<core::Finding> &findings, const QList<core::Section> &covered,
                             std::optional<core::ReviewStatus> status = std::nullopt)
{
    services::CheckOutput output;
    output.input.name = kFolder + QLatin1Char('/') + file;
    output.input.language = QStringLiteral("en-US");
    if (status) {
        core::Draft draft;
        draft.review.status = *status;
        output.input.subject.draft = draft;
    }
    output.result.findings = findings;
    for (core::Section section : covered) {
        output.result.coverage.present[core::sectionIndex(section)] = true;
        output.result.coverage.cues.append({section, core::Span{1000, 1001}});
    }
    return output;
}

const QList<core::Section> kAllSections(core::kSections.begin(), core::kSections.end());

QList<services::CheckOutput> sampleOutputs()
{
    using core::Section;
    using core::Severity;
    return {
        letter(QStringLiteral("clean.amends"), {}, kAllSections, core::ReviewStatus::Approved),
        letter(QStringLiteral("poor.txt"),
               {finding(QStringLiteral("placeholder"), Severity::Error), finding(QStringLiteral("blame-shifting"), Severity::Error),
                finding(QStringLiteral("blame-shifting"), Severity::Warning)},
               {Section::Regret}),
        letter(QStringLiteral("middle.txt"), {finding(QStringLiteral("jargon"), Severity::Suggestion)},
               {Section::Regret, Section::Responsibility, Section::Explanation, Section::Remedy, Section::Improvement}),
    };
}

QDateTime sampleTime()
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
}

} // namespace

TEST(FolderReport, Build_SummarisesEachLetterWorstFirst)
{
    // given
    const QList<services::CheckOutput> outputs = sampleOutputs();
    // when
    const services::FolderReport report = services::buildFolderReport(kFolder, outputs, sampleTime());
    // then
    ASSERT_EQ(report.letters.size(), 3);
    EXPECT_EQ(report.letters[0].file, QStringLiteral("poor.txt"));
    EXPECT_EQ(report.letters[1].file, QStringLiteral("middle.txt"));
    EXPECT_EQ(report.letters[2].file, QStringLiteral("clean.amends"));
    EXPECT_LT(report.letters[0].score, report.letters[1].score);
    EXPECT_LT(report.letters[1].score, report.letters[2].score);
    EXPECT_EQ(report.letters[0].score, core::scoreLetter(outputs[1].result).value);
    EXPECT_EQ(report.letters[2].status, core::ReviewStatus::Approved);
    EXPECT_FALSE(report.letters[0].status.has_value());

    const services::LetterSummary &poor = report.letters[0];
    QStringList everyCategory = core::findingCategories();
    everyCategory.sort();
    EXPECT_EQ(poor.findingsByCategory.keys(), everyCategory);
    EXPECT_EQ(poor.findingsByCategory.value(QStringLiteral("blame-shifting")), 2);
    EXPECT_EQ(poor.findingsByCategory.value(QStringLiteral("placeholder")), 1);
    EXPECT_EQ(poor.findingsByCategory.value(QStringLiteral("jargon")), 0);
    EXPECT_EQ(poor.errors, 2);
    EXPECT_EQ(poor.missingSections, QStringList({QStringLiteral("responsibility"), QStringLiteral("explanation"), QStringLiteral("remedy"),
                                                 QStringLiteral("improvement"), QStringLiteral("contact")}));
    EXPECT_EQ(report.letters[1].missingSections, QStringList{QStringLiteral("contact")});
    EXPECT_TRUE(report.letters[2].missingSections.isEmpty());

    EXPECT_EQ(report.totals.value(QStringLiteral("blame-shifting")).errors, 1);
    EXPECT_EQ(report.totals.value(QStringLiteral("blame-shifting")).warnings, 1);
    EXPECT_EQ(report.totals.value(QStringLiteral("jargon")).suggestions, 1);
    EXPECT_EQ(report.findingCount(), 4);
    EXPECT_EQ(report.lettersWithErrors(), 1);
    const double mean = (report.letters[0].score + report.letters[1].score + report.letters[2].score) / 3.0;
    EXPECT_NEAR(report.averageScore, mean, 0.05);
}

TEST(FolderReport, ScoreBand_HasTheDocumentedThresholds)
{
    EXPECT_EQ(services::scoreBand(100), services::ScoreBand::Good);
    EXPECT_EQ(services::scoreBand(85), services::ScoreBand::Good);
    EXPECT_EQ(services::scoreBand(84), services::ScoreBand::Fair);
    EXPECT_EQ(services::scoreBand(60), services::ScoreBand::Fair);
    EXPECT_EQ(services::scoreBand(59), services::ScoreBand::Poor);
    EXPECT_EQ(services::scoreBand(0), services::ScoreBand::Poor);
}

TEST(FolderReport, Html_ShowsTheModelAsParsedByABrowserParser)
{
    // given
    const services::FolderReport report = services::buildFolderReport(kFolder, sampleOutputs(), sampleTime());
    // when
    const QJsonObject page = test::parseReportHtml(services::folderReportHtml(report));
    // then
    EXPECT_EQ(page.value(QStringLiteral("folder")).toString(), kFolder);
    EXPECT_TRUE(page.value(QStringLiteral("time")).toString().startsWith(QStringLiteral("2026-11-20T09:30")));
    EXPECT_TRUE(page.value(QStringLiteral("title")).toString().contains(QStringLiteral("letters")));
    const QJsonObject cards = page.value(QStringLiteral("cards")).toObject();
    EXPECT_EQ(cards.value(QStringLiteral("letters")).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("3"));
    EXPECT_EQ(cards.value(QStringLiteral("letters-with-errors")).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("1"));
    EXPECT_EQ(cards.value(QStringLiteral("findings")).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("4"));
    EXPECT_EQ(cards.value(QStringLiteral("average-score")).toObject().value(QStringLiteral("value")).toString(),
              QString::number(report.averageScore, 'f', 1));

    const QJsonArray rows = page.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 3);
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        EXPECT_EQ(row.value(QStringLiteral("file")).toString(), report.letters[i].file);
        EXPECT_EQ(row.value(QStringLiteral("score_text")).toString().toInt(), report.letters[i].score);
        EXPECT_EQ(row.value(QStringLiteral("errors")).toInt(), report.letters[i].errors);
        EXPECT_EQ(row.value(QStringLiteral("missing")).toVariant().toStringList(), report.letters[i].missingSections);
    }
    EXPECT_EQ(rows[2].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("plain-text"));
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("band")).toString(), QStringLiteral("poor"));

    // The chart: one bar per category with findings, most first, split by severity.
    const QJsonArray bars = page.value(QStringLiteral("bars")).toArray();
    ASSERT_EQ(bars.size(), 3);
    const QJsonObject first = bars[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("category")).toString(), QStringLiteral("blame-shifting"));
    EXPECT_EQ(first.value(QStringLiteral("label")).toString(), QStringLiteral("Blame-shifting"));
    EXPECT_EQ(first.value(QStringLiteral("count")).toInt(), 2);
    EXPECT_EQ(first.value(QStringLiteral("segments")).toObject(),
              QJsonObject({{QStringLiteral("error"), 1}, {QStringLiteral("warning"), 1}}));
}

TEST(FolderReport, Html_EscapesFileNamesAndMessages)
{
    // given: markup wherever a letter or a rule pack can put text
    const QString file = QStringLiteral("<b>bold</b> & \"quoted\" 'letter'.txt");
    const QString message = QStringLiteral("<script>alert(1)</script> & <img src=x onerror=alert(2)>");
    const QString excerpt = QStringLiteral("</li></ul><a href=\"http://example.com/x\">here</a>");
    const QList<services::CheckOutput> outputs = {
        letter(file, {finding(QStringLiteral("tone"), core::Severity::Warning, message, excerpt)}, kAllSections)};
    // when
    const QJsonObject page = test::parseReportHtml(services::folderReportHtml(services::buildFolderReport(kFolder, outputs, sampleTime())));
    // then: the text reads as written, and none of it became an element or an attribute
    const QJsonObject tags = page.value(QStringLiteral("tags")).toObject();
    for (const char *tag : {"script", "img", "b", "iframe", "object", "embed", "link"})
        EXPECT_FALSE(tags.contains(QLatin1String(tag))) << tag;
    EXPECT_TRUE(page.value(QStringLiteral("src")).toArray().isEmpty());
    EXPECT_TRUE(page.value(QStringLiteral("event_handlers")).toArray().isEmpty());
    for (const QJsonValue &href : page.value(QStringLiteral("href")).toArray())
        EXPECT_TRUE(href.toString().startsWith(QLatin1Char('#'))) << href.toString().toStdString();
    EXPECT_EQ(page.value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("file")).toString(), file);
    const QJsonObject article = page.value(QStringLiteral("articles")).toArray().first().toObject();
    EXPECT_EQ(article.value(QStringLiteral("file")).toString(), file);
    const QString item = article.value(QStringLiteral("findings")).toArray().first().toObject().value(QStringLiteral("text")).toString();
    EXPECT_TRUE(item.contains(message)) << item.toStdString();
    EXPECT_TRUE(item.contains(excerpt)) << item.toStdString();
}

TEST(FolderReport, Html_WithoutFindings_HasNoChartAndNoFindingsList)
{
    const QList<services::CheckOutput> outputs = {letter(QStringLiteral("a.amends"), {}, kAllSections, core::ReviewStatus::Draft)};
    const QJsonObject page = test::parseReportHtml(services::folderReportHtml(services::buildFolderReport(kFolder, outputs, sampleTime())));
    EXPECT_FALSE(page.value(QStringLiteral("tags")).toObject().contains(QStringLiteral("svg")));
    EXPECT_TRUE(page.value(QStringLiteral("articles")).toArray().isEmpty());
    EXPECT_EQ(page.value(QStringLiteral("rows")).toArray().size(), 1);
    EXPECT_EQ(page.value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("link")), QJsonValue(QJsonValue::Null));
}

TEST(FolderReport, Json_CarriesTheSummary)
{
    // given
    const services::FolderReport report = services::buildFolderReport(kFolder, sampleOutputs(), sampleTime());
    // when
    const QJsonObject root = QJsonDocument::fromJson(services::folderReportJson(report)).object();
    // then
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("folder")).toString(), kFolder);
    EXPECT_EQ(root.value(QStringLiteral("generated")).toString(), QStringLiteral("2026-11-20T09:30:00Z"));
    EXPECT_EQ(root.value(QStringLiteral("letters_with_errors")).toInt(), 1);
    EXPECT_DOUBLE_EQ(root.value(QStringLiteral("average_score")).toDouble(), report.averageScore);
    const QJsonArray letters = root.value(QStringLiteral("letters")).toArray();
    ASSERT_EQ(letters.size(), 3);
    const QJsonObject poor = letters[0].toObject();
    EXPECT_EQ(poor.value(QStringLiteral("file")).toString(), QStringLiteral("poor.txt"));
    EXPECT_EQ(poor.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    EXPECT_TRUE(poor.value(QStringLiteral("status")).isNull());
    EXPECT_EQ(poor.value(QStringLiteral("band")).toString(), QStringLiteral("poor"));
    EXPECT_EQ(poor.value(QStringLiteral("errors")).toInt(), 2);
    EXPECT_EQ(poor.value(QStringLiteral("findings")).toInt(), 3);
    EXPECT_EQ(poor.value(QStringLiteral("findings_by_category")).toObject().size(), core::findingCategories().size());
    EXPECT_EQ(poor.value(QStringLiteral("findings_by_category")).toObject().value(QStringLiteral("blame-shifting")).toInt(), 2);
    EXPECT_EQ(poor.value(QStringLiteral("missing_sections")).toArray().size(), 5);
    EXPECT_EQ(letters[2].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("blame-shifting")).toInt(), 2);
    EXPECT_EQ(totals.value(QStringLiteral("jargon")).toInt(), 1);
    EXPECT_EQ(totals.value(QStringLiteral("spelling")).toInt(), 0);
    EXPECT_EQ(root.value(QStringLiteral("totals_by_severity")).toObject(),
              QJsonObject({{QStringLiteral("error"), 2}, {QStringLiteral("warning"), 1}, {QStringLiteral("suggestion"), 1}}));
}
