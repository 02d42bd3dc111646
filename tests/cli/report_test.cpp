#include "services/reportparser.h"
#include "testsupport.h"

#include "core/draftfile.h"
#include "core/ruleset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <climits>

using namespace amends;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// A name that would become markup if the page did not escape it.
const QString kMarkupName = QStringLiteral("<b>bold & \"co\" <i>.txt");

// A folder as a team lead gets it: a finished draft, a draft left with empty fields
// and sent back, the poor letters from tests/data, one with markup in its name, and
// things that are not letters.
class ReportCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDir().mkpath(folder()));
        createDraft(QStringLiteral("good.amends"), goodFields());
        createDraft(QStringLiteral("empty.amends"), {});
        const auto loaded = core::DraftFile::load(letterPath(QStringLiteral("empty.amends")));
        ASSERT_TRUE(loaded.draft.has_value());
        core::Draft draft = *loaded.draft;
        draft.review.status = core::ReviewStatus::ChangesRequested;
        ASSERT_EQ(core::DraftFile::save(draft, letterPath(QStringLiteral("empty.amends"))), QString());
        for (const char *name : {"conditional-apology.txt", "jargon-no-remedy.txt", "processor-blame.txt"})
            ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("letters/") + QLatin1String(name)), letterPath(QLatin1String(name))));
        ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("letters/processor-blame.txt")), letterPath(kMarkupName)));
        ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("letters/house-rules.json")), letterPath(QStringLiteral("rules.json"))));
        ASSERT_TRUE(QDir(folder()).mkpath(QStringLiteral("older")));
        ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("letters/processor-blame.txt")), letterPath(QStringLiteral("older/old.txt"))));
    }

    static QStringList goodFields()
    {
        return {QStringLiteral("customer.name=Ana Rivera"), QStringLiteral("customer.salutation=Ms Rivera"),
                QStringLiteral("customer.email=ana@example.org"), QStringLiteral("customer.address=2 High Street"),
                QStringLiteral("case.reference=C-77"), QStringLiteral("invoice.number=INV-1001"), QStringLiteral("account.number=A-1"),
                QStringLiteral("amount.charged=120.00"), QStringLiteral("amount.correct=60.00"), QStringLiteral("amount.refund=60.00"),
                QStringLiteral("currency=USD"), QStringLiteral("date.complaint=2026-11-10"), QStringLiteral("date.letter=2026-11-12"),
                QStringLiteral("sender.name=Priya Shah"), QStringLiteral("sender.title=Billing lead"), QStringLiteral("sender.phone=+1 555 0142"),
                QStringLiteral("sender.email=priya@example.com"), QStringLiteral("company.name=Northwind Energy"),
                QStringLiteral("company.address=1 Main Street"), QStringLiteral("company.phone=+1 555 0100"),
                QStringLiteral("company.email=help@example.com")};
    }

    void createDraft(const QString &name, const QStringList &fields)
    {
        QStringList arguments = {QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("duplicate-charge")};
        for (const QString &field : fields)
            arguments << QStringLiteral("--set") << field;
        const CliRun created = run(arguments << QStringLiteral("-o") << letterPath(name));
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    }

    CliRun run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AMENDS_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(120000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QByteArray report(const QStringList &options = {})
    {
        const QString out = m_dir.filePath(QStringLiteral("report.out"));
        QFile::remove(out);
        const CliRun result = run(QStringList{QStringLiteral("report"), folder(), QStringLiteral("-o"), out} + options);
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString(); // error findings do not fail a report
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString folder() const { return m_dir.filePath(QStringLiteral("letters")); }
    QString letterPath(const QString &name) const { return folder() + QLatin1Char('/') + name; }
    QStringList filesIn(const QString &path) const { return QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot); }

    QTemporaryDir m_dir;
};

const QStringList kLetters = {QStringLiteral("good.amends"), QStringLiteral("empty.amends"), QStringLiteral("conditional-apology.txt"),
                              QStringLiteral("jargon-no-remedy.txt"), QStringLiteral("processor-blame.txt"), kMarkupName};

QJsonObject rowFor(const QJsonArray &rows, const QString &file)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QStringLiteral("file")).toString() == file)
            return row.toObject();
    }
    ADD_FAILURE() << "no row for " << file.toStdString();
    return {};
}

} // namespace

TEST_F(ReportCli, Html_HasARowPerLetterWorstFirst)
{
    const QJsonObject page = test::parseReportHtml(report());
    const QJsonArray rows = page.value(QStringLiteral("rows")).toArray();
    QStringList files;
    for (const QJsonValue &row : rows)
        files.append(row.toObject().value(QStringLiteral("file")).toString());
    QStringList expected = kLetters;
    expected.sort();
    files.sort();
    EXPECT_EQ(files, expected); // not rules.json, not older/old.txt
    const QList<int> scores = test::rowNumbers(page, QStringLiteral("score"));
    EXPECT_TRUE(std::is_sorted(scores.begin(), scores.end()));

    const QJsonObject good = rowFor(rows, QStringLiteral("good.amends"));
    EXPECT_GE(good.value(QStringLiteral("score")).toInt(), 95);
    EXPECT_EQ(good.value(QStringLiteral("score_text")).toString().toInt(), good.value(QStringLiteral("score")).toInt());
    EXPECT_EQ(good.value(QStringLiteral("band")).toString(), QStringLiteral("good"));
    EXPECT_EQ(good.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_TRUE(good.value(QStringLiteral("missing")).toArray().isEmpty());
    EXPECT_EQ(good.value(QStringLiteral("errors")).toInt(), 0);

    const QJsonObject empty = rowFor(rows, QStringLiteral("empty.amends"));
    EXPECT_EQ(empty.value(QStringLiteral("status")).toString(), QStringLiteral("changes-requested"));
    EXPECT_GT(empty.value(QStringLiteral("categories")).toObject().value(QStringLiteral("placeholder")).toInt(), 0);
    EXPECT_GT(empty.value(QStringLiteral("errors")).toInt(), 0);

    const QJsonObject blame = rowFor(rows, QStringLiteral("processor-blame.txt"));
    EXPECT_EQ(blame.value(QStringLiteral("status")).toString(), QStringLiteral("plain-text"));
    EXPECT_EQ(blame.value(QStringLiteral("status_text")).toString(), QStringLiteral("Plain text"));
    EXPECT_GT(blame.value(QStringLiteral("categories")).toObject().value(QStringLiteral("blame-shifting")).toInt(), 0);
    EXPECT_TRUE(blame.value(QStringLiteral("missing")).toArray().contains(QStringLiteral("responsibility")));
    EXPECT_LT(rowFor(rows, QStringLiteral("jargon-no-remedy.txt")).value(QStringLiteral("score")).toInt(), 50);
}

TEST_F(ReportCli, Html_ChartCountsAreTheSumOverLetters)
{
    const QJsonObject page = test::parseReportHtml(report());
    QHash<QString, int> sums;
    int errorRows = 0;
    for (const QJsonValue &row : page.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject counts = row.toObject().value(QStringLiteral("categories")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            sums[it.key()] += it->toInt();
        errorRows += row.toObject().value(QStringLiteral("errors")).toInt() > 0 ? 1 : 0;
    }
    const QJsonArray bars = page.value(QStringLiteral("bars")).toArray();
    ASSERT_FALSE(bars.isEmpty());
    QStringList barCategories;
    int previous = INT_MAX;
    int total = 0;
    for (const QJsonValue &value : bars) {
        const QJsonObject bar = value.toObject();
        const QString category = bar.value(QStringLiteral("category")).toString();
        const int count = bar.value(QStringLiteral("count")).toInt();
        barCategories.append(category);
        EXPECT_TRUE(core::findingCategories().contains(category)) << category.toStdString();
        EXPECT_EQ(count, sums.value(category)) << category.toStdString();
        EXPECT_FALSE(bar.value(QStringLiteral("label")).toString().isEmpty());
        int segments = 0;
        for (const QJsonValue &segment : bar.value(QStringLiteral("segments")).toObject())
            segments += segment.toInt();
        EXPECT_EQ(segments, count) << category.toStdString();
        EXPECT_LE(count, previous); // most findings first
        previous = count;
        total += count;
    }
    for (auto it = sums.begin(); it != sums.end(); ++it)
        EXPECT_EQ(barCategories.contains(it.key()), it.value() > 0) << it.key().toStdString();
    const QJsonObject cards = page.value(QStringLiteral("cards")).toObject();
    EXPECT_EQ(cards.value(QStringLiteral("findings")).toObject().value(QStringLiteral("value")).toString().toInt(), total);
    EXPECT_EQ(cards.value(QStringLiteral("letters")).toObject().value(QStringLiteral("value")).toString().toInt(), kLetters.size());
    EXPECT_EQ(cards.value(QStringLiteral("letters-with-errors")).toObject().value(QStringLiteral("value")).toString().toInt(), errorRows);
}

TEST_F(ReportCli, Html_IsSelfContainedAndEscapesFileNames)
{
    const QByteArray html = report();
    const QJsonObject page = test::parseReportHtml(html);
    const QJsonObject tags = page.value(QStringLiteral("tags")).toObject();
    for (const char *tag : {"script", "b", "img", "link", "iframe", "object", "embed"})
        EXPECT_FALSE(tags.contains(QLatin1String(tag))) << tag;
    EXPECT_TRUE(page.value(QStringLiteral("src")).toArray().isEmpty());
    EXPECT_TRUE(page.value(QStringLiteral("event_handlers")).toArray().isEmpty());
    for (const QJsonValue &href : page.value(QStringLiteral("href")).toArray())
        EXPECT_TRUE(href.toString().startsWith(QLatin1Char('#'))) << href.toString().toStdString();
    EXPECT_FALSE(page.value(QStringLiteral("style")).toString().contains(QStringLiteral("url(")));
    EXPECT_FALSE(page.value(QStringLiteral("style")).toString().contains(QStringLiteral("@import")));
    rowFor(page.value(QStringLiteral("rows")).toArray(), kMarkupName);
    EXPECT_TRUE(page.value(QStringLiteral("title")).toString().contains(QStringLiteral("letters")));
    EXPECT_EQ(page.value(QStringLiteral("folder")).toString(), QFileInfo(folder()).absoluteFilePath());
    // Every row with findings links to its list of them on the same page.
    QStringList anchors;
    for (const QJsonValue &article : page.value(QStringLiteral("articles")).toArray())
        anchors.append(QLatin1Char('#') + article.toObject().value(QStringLiteral("id")).toString());
    for (const QJsonValue &row : page.value(QStringLiteral("rows")).toArray()) {
        const QJsonValue link = row.toObject().value(QStringLiteral("link"));
        if (!link.isNull()) {
            EXPECT_TRUE(anchors.contains(link.toString())) << link.toString().toStdString();
        }
    }
}

TEST_F(ReportCli, Json_CarriesTheSameNumbersAsThePage)
{
    const QJsonObject page = test::parseReportHtml(report());
    const QJsonObject root = QJsonDocument::fromJson(report({QStringLiteral("--format"), QStringLiteral("json")})).object();
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("folder")).toString(), QFileInfo(folder()).absoluteFilePath());
    const QJsonArray letters = root.value(QStringLiteral("letters")).toArray();
    const QJsonArray rows = page.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(letters.size(), rows.size());
    for (const QJsonValue &value : letters) {
        const QJsonObject letter = value.toObject();
        const QString file = letter.value(QStringLiteral("file")).toString();
        const QJsonObject row = rowFor(rows, file);
        EXPECT_EQ(letter.value(QStringLiteral("score")).toInt(), row.value(QStringLiteral("score")).toInt()) << file.toStdString();
        EXPECT_EQ(letter.value(QStringLiteral("errors")).toInt(), row.value(QStringLiteral("errors")).toInt()) << file.toStdString();
        EXPECT_EQ(letter.value(QStringLiteral("missing_sections")).toArray(), row.value(QStringLiteral("missing")).toArray());
        const QString status = letter.value(QStringLiteral("status")).isNull() ? QStringLiteral("plain-text")
                                                                              : letter.value(QStringLiteral("status")).toString();
        EXPECT_EQ(status, row.value(QStringLiteral("status")).toString()) << file.toStdString();
        const QJsonObject byCategory = letter.value(QStringLiteral("findings_by_category")).toObject();
        const QJsonObject shown = row.value(QStringLiteral("categories")).toObject();
        for (auto it = byCategory.begin(); it != byCategory.end(); ++it)
            EXPECT_EQ(it->toInt(), shown.value(it.key()).toInt(0)) << file.toStdString() << ' ' << it.key().toStdString();
    }
    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    for (const QJsonValue &bar : page.value(QStringLiteral("bars")).toArray())
        EXPECT_EQ(totals.value(bar.toObject().value(QStringLiteral("category")).toString()).toInt(), bar.toObject().value(QStringLiteral("count")).toInt());
    const QJsonObject cards = page.value(QStringLiteral("cards")).toObject();
    EXPECT_EQ(QString::number(root.value(QStringLiteral("average_score")).toDouble(), 'f', 1),
              cards.value(QStringLiteral("average-score")).toObject().value(QStringLiteral("value")).toString());
    EXPECT_EQ(root.value(QStringLiteral("letters_with_errors")).toInt(),
              cards.value(QStringLiteral("letters-with-errors")).toObject().value(QStringLiteral("value")).toString().toInt());
}

TEST_F(ReportCli, Json_NamesTheLanguageEachLetterWasCheckedIn)
{
    // Given a Portuguese and a Spanish letter among the English ones
    const auto write = [this](const QString &name, const char *text) {
        QFile file(letterPath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(QStringLiteral("cobranca.txt"), "Prezado Sr. Martins,\n\nPedimos desculpas caso isso tenha causado algum transtorno. "
                                          "O estorno será realizado em até duas faturas do seu cartão.\n\nAtenciosamente,\nCobrança\n");
    write(QStringLiteral("cobro.txt"), "Estimado Sr. Martínez:\n\nLe ofrecemos una disculpa si le causamos alguna molestia. El "
                                       "contracargo se verá reflejado en su próximo estado de cuenta.\n\nAtentamente,\nFacturación\n");
    // When the report is written without --lang
    const QJsonArray letters =
        QJsonDocument::fromJson(report({QStringLiteral("--format"), QStringLiteral("json")})).object().value(QStringLiteral("letters")).toArray();
    // Then each letter names the language it was checked in
    const QJsonObject english = rowFor(letters, QStringLiteral("processor-blame.txt"));
    EXPECT_EQ(english.value(QStringLiteral("language")).toString(), QStringLiteral("en-US"));
    EXPECT_EQ(rowFor(letters, QStringLiteral("cobranca.txt")).value(QStringLiteral("language")).toString(), QStringLiteral("pt-BR"));
    EXPECT_EQ(rowFor(letters, QStringLiteral("cobro.txt")).value(QStringLiteral("language")).toString(), QStringLiteral("es-MX"));
    EXPECT_GT(rowFor(letters, QStringLiteral("cobro.txt")).value(QStringLiteral("findings")).toInt(), 0);
}

TEST_F(ReportCli, BadUsage_ExitsTwoAndWritesNothing)
{
    const QString out = m_dir.filePath(QStringLiteral("bad.html"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("nothing")));
    QFile notes(m_dir.filePath(QStringLiteral("nothing/notes.json")));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.close();
    const QList<QStringList> cases = {
        {QStringLiteral("report")},
        {QStringLiteral("report"), folder()},
        {QStringLiteral("report"), QStringLiteral("-o"), out},
        {QStringLiteral("report"), folder(), folder(), QStringLiteral("-o"), out},
        {QStringLiteral("report"), m_dir.filePath(QStringLiteral("missing")), QStringLiteral("-o"), out},
        {QStringLiteral("report"), letterPath(QStringLiteral("good.amends")), QStringLiteral("-o"), out},
        {QStringLiteral("report"), m_dir.filePath(QStringLiteral("nothing")), QStringLiteral("-o"), out},
        {QStringLiteral("report"), folder(), QStringLiteral("-o"), out, QStringLiteral("--format"), QStringLiteral("pdf")},
        {QStringLiteral("report"), folder(), QStringLiteral("-o"), out, QStringLiteral("--lang"), QStringLiteral("not a language")},
        {QStringLiteral("report"), folder(), QStringLiteral("-o"), out, QStringLiteral("--rules"), letterPath(QStringLiteral("missing.json"))},
        {QStringLiteral("report"), folder(), QStringLiteral("-o"), out, QStringLiteral("--bogus")},
    };
    for (const QStringList &arguments : cases) {
        const CliRun result = run(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.err.startsWith(QStringLiteral("amends-cli: "))) << result.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out)) << arguments.join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(ReportCli, UnreadableLetter_IsNamedAndNoReportIsWritten)
{
    QFile binary(letterPath(QStringLiteral("scan.txt")));
    ASSERT_TRUE(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("PK\x03\x04\0\0binary", 12));
    binary.close();
    const QString out = m_dir.filePath(QStringLiteral("r.html"));
    const CliRun result = run({QStringLiteral("report"), folder(), QStringLiteral("-o"), out});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("scan.txt"))) << result.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(ReportCli, UnwritableReport_LeavesNoPartialFile)
{
    const QStringList before = filesIn(m_dir.path());
    const CliRun missingFolder = run({QStringLiteral("report"), folder(), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("no/such/r.html"))});
    EXPECT_EQ(missingFolder.exitCode, 2);
    // A folder where the report should go: the check runs, the write fails, nothing is left.
    const CliRun onAFolder = run({QStringLiteral("report"), folder(), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("letters"))});
    EXPECT_EQ(onAFolder.exitCode, 2);
    EXPECT_TRUE(onAFolder.err.contains(QStringLiteral("letters"))) << onAFolder.err.toStdString();
    EXPECT_EQ(filesIn(m_dir.path()), before);
    EXPECT_TRUE(QFileInfo(folder()).isDir());
}

TEST_F(ReportCli, HelpAndVersion_Work)
{
    const CliRun help = run({QStringLiteral("report"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: amends-cli report"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--format")));
    const CliRun version = run({QStringLiteral("report"), QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("amends-cli ")));
    EXPECT_TRUE(run({QStringLiteral("--help")}).out.contains(QStringLiteral("report DIR -o OUT")));
}
