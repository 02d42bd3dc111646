#include "core/draftfile.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace amends;

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli : public ::testing::Test
{
protected:
    CliResult run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Keep the user's real profile out of the tests.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AMENDS_CLI_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(30000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Cli, NewThenRender_ProducesTheFilledLetter)
{
    const CliResult created = run({QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("duplicate-charge"),
                                   QStringLiteral("--lang"), QStringLiteral("en-GB"),
                                   QStringLiteral("--set"), QStringLiteral("customer.name=Zoë Müller"),
                                   QStringLiteral("--set"), QStringLiteral("invoice.number=INV-1001"),
                                   QStringLiteral("--set"), QStringLiteral("amount.refund=59.90"),
                                   QStringLiteral("--set"), QStringLiteral("currency=GBP"),
                                   QStringLiteral("--set"), QStringLiteral("date.letter=2026-11-20"),
                                   QStringLiteral("-o"), path(QStringLiteral("a.amends"))});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const auto draft = core::DraftFile::load(path(QStringLiteral("a.amends"))).draft;
    ASSERT_TRUE(draft.has_value());
    EXPECT_EQ(draft->caseDetails.followUpDate, QDate(2026, 11, 24));
    EXPECT_EQ(draft->language, QStringLiteral("en-GB"));

    const CliResult text = run({QStringLiteral("render"), path(QStringLiteral("a.amends"))});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Zoë Müller")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("INV-1001")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("20 November 2026")));

    const CliResult html = run({QStringLiteral("render"), path(QStringLiteral("a.amends")), QStringLiteral("--format"), QStringLiteral("html")});
    ASSERT_EQ(html.exitCode, 0);
    EXPECT_TRUE(html.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.out.contains(QStringLiteral("Zoë Müller")));
}

TEST_F(Cli, New_EscapesMarkupInValuesWhenRenderedAsHtml)
{
    ASSERT_EQ(run({QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("overcharge"), QStringLiteral("--set"),
                   QStringLiteral("customer.name=<img src=x onerror=alert(1)>"), QStringLiteral("-o"), path(QStringLiteral("x.amends"))})
                  .exitCode,
              0);
    const CliResult html = run({QStringLiteral("render"), QStringLiteral("--format"), QStringLiteral("html"), path(QStringLiteral("x.amends"))});
    EXPECT_FALSE(html.out.contains(QStringLiteral("<img")));
    EXPECT_TRUE(html.out.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
}

TEST_F(Cli, Scenarios_ListsEveryShippedScenario)
{
    const CliResult result = run({QStringLiteral("scenarios")});
    EXPECT_EQ(result.exitCode, 0);
    for (const char *id : {"duplicate-charge", "overcharge", "late-fee-error", "refund-not-applied",
                           "charge-after-cancellation", "wrong-invoice-details"})
        EXPECT_TRUE(result.out.contains(QString::fromLatin1(id))) << id;
}

TEST_F(Cli, HelpAndVersion_WorkEverywhere)
{
    EXPECT_EQ(run({QStringLiteral("--help")}).exitCode, 0);
    const CliResult version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("amends-cli ")));
    for (const char *command : {"new", "render", "scenarios", "export"}) {
        const CliResult help = run({QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << command;
        EXPECT_TRUE(help.out.contains(QStringLiteral("Usage: amends-cli ") + QString::fromLatin1(command))) << help.out.toStdString();
        EXPECT_EQ(run({QString::fromLatin1(command), QStringLiteral("--version")}).exitCode, 0) << command;
    }
}

// Every command but export starts without the libraries only exporting needs; export
// runs in amends-cli-export, found beside amends-cli (or in the libexec folder).
TEST_F(Cli, OnlyTheExportHelperLoadsGuiMailAndCalendarLibraries)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(AMENDS_CLI_PATH)});
    ASSERT_TRUE(ldd.waitForFinished(30000));
    const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
    ASSERT_TRUE(libraries.contains(QLatin1String("libQt6Core"))) << libraries.toStdString();
    for (const char *library : {"libQt6Gui", "libgmime", "libical"})
        EXPECT_FALSE(libraries.contains(QLatin1String(library))) << library;
}

TEST_F(Cli, Export_WithoutItsHelperSaysSoAndWritesNothing)
{
    ASSERT_EQ(run({QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("overcharge"), QStringLiteral("-o"),
                   path(QStringLiteral("x.amends"))})
                  .exitCode,
              0);
    // amends-cli alone, away from the build tree and from any installed helper.
    QDir(m_dir.path()).mkpath(QStringLiteral("alone/bin"));
    const QString alone = path(QStringLiteral("alone/bin/amends-cli"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(AMENDS_CLI_PATH), alone));
    QProcess process;
    process.start(alone, {QStringLiteral("export"), path(QStringLiteral("x.amends")), QStringLiteral("--force"),
                          QStringLiteral("-o"), path(QStringLiteral("x.pdf"))});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("amends-cli-export")));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.pdf"))));
    // With its helper beside it, the same command writes the file.
    EXPECT_EQ(run({QStringLiteral("export"), path(QStringLiteral("x.amends")), QStringLiteral("--force"), QStringLiteral("-o"),
                   path(QStringLiteral("x.pdf"))})
                  .exitCode,
              0);
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("x.pdf"))));
}

TEST_F(Cli, BadUsage_ExitsWithTwoAndAMessage)
{
    const QList<QStringList> cases = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("new"), QStringLiteral("-o"), path(QStringLiteral("n.amends"))},
        {QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("no-such"), QStringLiteral("-o"), path(QStringLiteral("n.amends"))},
        {QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("overcharge"), QStringLiteral("--set"), QStringLiteral("bogus.key=1"), QStringLiteral("-o"), path(QStringLiteral("n.amends"))},
        {QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("overcharge"), QStringLiteral("--set"), QStringLiteral("amount.charged=12,50"), QStringLiteral("-o"), path(QStringLiteral("n.amends"))},
        {QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("overcharge"), QStringLiteral("--lang"), QStringLiteral("xx-YY"), QStringLiteral("-o"), path(QStringLiteral("n.amends"))},
        {QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("overcharge"), QStringLiteral("-o"), QStringLiteral("/proc/none/n.amends")},
        {QStringLiteral("new"), QStringLiteral("--bogus-option")},
        {QStringLiteral("render")},
        {QStringLiteral("render"), path(QStringLiteral("missing.amends"))},
        {QStringLiteral("render"), QStringLiteral("--format"), QStringLiteral("pdf"), path(QStringLiteral("missing.amends"))},
    };
    for (const QStringList &arguments : cases) {
        const CliResult result = run(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(result.err.trimmed().isEmpty()) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << arguments.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("n.amends"))));
}

TEST_F(Cli, Render_RefusesACorruptDraftAndLeavesItAlone)
{
    const QString file = path(QStringLiteral("corrupt.amends"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("{\"format\":\"amends-draft\",\"version\":1,\"fields\":{");
    out.close();
    const CliResult result = run({QStringLiteral("render"), file});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("corrupt.amends")));
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    EXPECT_EQ(in.readAll(), QByteArray("{\"format\":\"amends-draft\",\"version\":1,\"fields\":{"));
}

TEST_F(Cli, New_OnAFullDiskExitsTwoSayingWhyAndKeepsTheOldDraft)
{
    // given a draft on a disk that then fills up
    test::TinyDisk disk;
    if (!disk.isMounted())
        GTEST_SKIP() << disk.reason().toStdString();
    const QString draft = disk.filePath(QStringLiteral("letter.amends"));
    ASSERT_EQ(run({QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("overcharge"), QStringLiteral("-o"), draft}).exitCode, 0);
    QFile file(draft);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray old = file.readAll();
    file.close();
    ASSERT_TRUE(disk.fill());
    // when a new draft is written over it
    const CliResult result = run({QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("duplicate-charge"),
                                  QStringLiteral("--set"), QStringLiteral("customer.name=Ana Silva"), QStringLiteral("-o"), draft});
    // then the command fails with the reason, and the old draft is whole
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("No space left on device"))) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), old);
    EXPECT_EQ(QDir(disk.filePath({})).entryList(QDir::Files | QDir::Hidden),
              (QStringList{QStringLiteral("filler"), QStringLiteral("letter.amends")}));
}
