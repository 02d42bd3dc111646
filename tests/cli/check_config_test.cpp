#include "clitest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace amends;
using amends::test::CliRun;

namespace {

const QString kGreeting = QStringLiteral("personalization.generic-greeting");
const QString kHassle = QStringLiteral("house.banned-hassle");
const QByteArray kHassleLetter = "Dear Customer,\n\nSorry for the hassle. We charged you twice.\n";

class CheckConfig : public test::CliTest
{
protected:
    // check --format json FILE: the rule ids found and the language used.
    std::pair<QStringList, QString> checked(const QString &file, const QStringList &extra = {})
    {
        const CliRun result = run(QStringList{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")} + extra + QStringList{file});
        EXPECT_LE(result.exitCode, 1) << result.err.toStdString();
        const QJsonObject first = test::firstFile(result.out);
        return {test::ruleIds(first), first.value(QStringLiteral("language")).toString()};
    }

    QStringList checkedFiles(const QStringList &arguments)
    {
        const CliRun result = run(QStringList{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-spelling")} + arguments);
        EXPECT_LE(result.exitCode, 1) << result.err.toStdString();
        QStringList files;
        for (const QJsonValue &file : QJsonDocument::fromJson(result.out).object().value(QStringLiteral("files")).toArray())
            files.append(QDir(m_dir.path()).relativeFilePath(file.toObject().value(QStringLiteral("file")).toString()));
        return files;
    }

    void writeProject(const QString &folder, const QByteArray &json) { write(folder + QStringLiteral("/.amends.json"), json); }
};

} // namespace

TEST_F(CheckConfig, ProjectFile_IsFoundInAFolderAboveTheLetter)
{
    // given a project file with a house pack, a switched-off rule and a language
    QFile pack(test::dataPath(QStringLiteral("letters/house-rules.json")));
    ASSERT_TRUE(pack.open(QIODevice::ReadOnly));
    write(QStringLiteral("project/rules/house.json"), pack.readAll());
    writeProject(QStringLiteral("project"),
                 R"({"version": 1, "house_rules": ["rules/house.json"], "disabled_rules": ["personalization.generic-greeting"], "language": "en_GB"})");
    const QString inside = write(QStringLiteral("project/letters/2026/a.txt"), kHassleLetter);
    const QString outside = write(QStringLiteral("elsewhere/a.txt"), kHassleLetter);
    // when a letter two folders below it and one elsewhere are checked
    const auto [insideIds, insideLanguage] = checked(inside);
    const auto [outsideIds, outsideLanguage] = checked(outside);
    // then the letter below it is checked with its rules and language, the other without
    EXPECT_TRUE(insideIds.contains(kHassle)) << insideIds.join(u' ').toStdString();
    EXPECT_FALSE(insideIds.contains(kGreeting));
    EXPECT_EQ(insideLanguage, QStringLiteral("en-GB"));
    EXPECT_FALSE(outsideIds.contains(kHassle));
    EXPECT_TRUE(outsideIds.contains(kGreeting));
    EXPECT_EQ(outsideLanguage, QStringLiteral("en-US"));
    // and standard input is checked with the project file of the working folder
    const CliRun stdinRun = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")}, kHassleLetter,
                                path(QStringLiteral("project/letters")));
    EXPECT_TRUE(test::ruleIds(test::firstFile(stdinRun.out)).contains(kHassle)) << stdinRun.err.toStdString();
}

TEST_F(CheckConfig, ProjectFile_TheNearestWinsAndTheCommandLineOverrides)
{
    writeProject(QStringLiteral("project"), R"({"disabled_rules": ["personalization.generic-greeting"], "language": "en-GB"})");
    writeProject(QStringLiteral("project/team"), R"({})");
    const QString outer = write(QStringLiteral("project/a.txt"), kHassleLetter);
    const QString inner = write(QStringLiteral("project/team/b.txt"), kHassleLetter);
    // the nearer, empty project file applies alone: nothing is switched off there
    EXPECT_TRUE(checked(inner).first.contains(kGreeting));
    EXPECT_EQ(checked(inner).second, QStringLiteral("en-US"));
    EXPECT_FALSE(checked(outer).first.contains(kGreeting));
    // --lang beats the project's language; --no-config leaves the project file out
    EXPECT_EQ(checked(outer, {QStringLiteral("--lang"), QStringLiteral("en-US")}).second, QStringLiteral("en-US"));
    const auto [ids, language] = checked(outer, {QStringLiteral("--no-config")});
    EXPECT_TRUE(ids.contains(kGreeting));
    EXPECT_EQ(language, QStringLiteral("en-US"));
    // both letters at once: each with its own project file
    const CliRun both = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), outer, inner});
    const QJsonArray files = QJsonDocument::fromJson(both.out).object().value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 2);
    EXPECT_FALSE(test::ruleIds(files.at(0).toObject()).contains(kGreeting));
    EXPECT_TRUE(test::ruleIds(files.at(1).toObject()).contains(kGreeting));
}

TEST_F(CheckConfig, ProjectFile_ADraftKeepsItsOwnLanguage)
{
    writeProject(QStringLiteral("project"), R"({"language": "en-GB"})");
    const QString draft = path(QStringLiteral("project/d.amends"));
    ASSERT_EQ(run({QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("late-fee-error"), QStringLiteral("--lang"),
                   QStringLiteral("en-US"), QStringLiteral("-o"), draft}).exitCode, 0);
    EXPECT_EQ(checked(draft).second, QStringLiteral("en-US"));
}

TEST_F(CheckConfig, ProjectFile_UnknownOrIllTypedKeysAreRefusedByName)
{
    const QString letter = write(QStringLiteral("project/a.txt"), kHassleLetter);
    const QString project = path(QStringLiteral("project/.amends.json"));
    struct Case {
        QByteArray json;
        QString expected;
    };
    const QList<Case> cases{
        {R"({"disabled": ["x"]})", QStringLiteral("\"disabled\" is not a key")},
        {R"({"language": 5})", QStringLiteral("\"language\" must be a language")},
        {R"({"language": "klingon!"})", QStringLiteral("\"language\" must be a language")},
        {R"({"disabled_rules": "cliche.any"})", QStringLiteral("\"disabled_rules\" must be a list")},
        {R"({"house_rules": [1]})", QStringLiteral("\"house_rules\" must be a list")},
        {R"({"house_rules": ["missing.json"]})", QStringLiteral("\"house_rules\" names \"missing.json\"")},
        {R"({"spelling": "no"})", QStringLiteral("\"spelling\" must be true or false")},
        {R"({"version": 2})", QStringLiteral("\"version\" is 2")},
        {R"({"language": )", QStringLiteral("not valid JSON")},
        {R"(["en-GB"])", QStringLiteral("one JSON object")},
    };
    for (const Case &c : cases) {
        write(QStringLiteral("project/.amends.json"), c.json);
        const CliRun result = run({QStringLiteral("check"), letter});
        EXPECT_EQ(result.exitCode, 2) << c.json.toStdString();
        EXPECT_TRUE(result.err.contains(project)) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(c.expected)) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
        // --no-config does not read it
        EXPECT_LE(run({QStringLiteral("check"), QStringLiteral("--no-config"), letter}).exitCode, 1);
    }
}

TEST_F(CheckConfig, Settings_TheApplicationsRulesApplyUnlessNoConfig)
{
    // given the house pack and a switched-off rule chosen in the application
    QFile pack(test::dataPath(QStringLiteral("letters/house-rules.json")));
    writeSettings("[General]\nsettingsVersion=1\n\n[checks]\ndisabledRules=personalization.generic-greeting\nhouseRuleFiles=" +
                  pack.fileName().toUtf8() + "\n");
    const QString letter = write(QStringLiteral("a.txt"), kHassleLetter);
    // when a letter is checked, and checked with --no-config
    const QStringList withSettings = checked(letter).first;
    const QStringList without = checked(letter, {QStringLiteral("--no-config")}).first;
    // then the settings apply to the first and not to the second
    EXPECT_TRUE(withSettings.contains(kHassle)) << withSettings.join(u' ').toStdString();
    EXPECT_FALSE(withSettings.contains(kGreeting));
    EXPECT_FALSE(without.contains(kHassle));
    EXPECT_TRUE(without.contains(kGreeting));
    // and a project file adds to them
    writeProject(QStringLiteral("."), R"({"disabled_rules": ["house.banned-hassle"]})");
    const QStringList both = checked(letter).first;
    EXPECT_FALSE(both.contains(kHassle));
    EXPECT_FALSE(both.contains(kGreeting));
}

TEST_F(CheckConfig, Settings_AHousePackThatIsGoneIsNamedWithTheWayOut)
{
    writeSettings("[General]\nsettingsVersion=1\n\n[checks]\nhouseRuleFiles=/nonexistent/house.json\n");
    const QString letter = write(QStringLiteral("a.txt"), kHassleLetter);
    const CliRun result = run({QStringLiteral("check"), letter});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("/nonexistent/house.json"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("--no-config"))) << result.err.toStdString();
    EXPECT_LE(run({QStringLiteral("check"), QStringLiteral("--no-config"), letter}).exitCode, 1);
}

TEST_F(CheckConfig, Recursive_WalksFoldersExceptHiddenOnesAndFiltersByGlob)
{
    for (const char *name : {"letters/a.txt", "letters/b.amends.txt", "letters/notes.md", "letters/2026/c.txt", "letters/2026/11/d.txt",
                             "letters/.git/e.txt"})
        write(QString::fromLatin1(name), kHassleLetter);
    EXPECT_EQ(checkedFiles({QStringLiteral("letters")}), (QStringList{QStringLiteral("letters/a.txt"), QStringLiteral("letters/b.amends.txt")}));
    EXPECT_EQ(checkedFiles({QStringLiteral("-r"), QStringLiteral("letters")}),
              (QStringList{QStringLiteral("letters/a.txt"), QStringLiteral("letters/b.amends.txt"), QStringLiteral("letters/2026/c.txt"),
                           QStringLiteral("letters/2026/11/d.txt")}));
    EXPECT_EQ(checkedFiles({QStringLiteral("--recursive"), QStringLiteral("--glob"), QStringLiteral("*.md"), QStringLiteral("--glob"),
                            QStringLiteral("d.*"), QStringLiteral("letters")}),
              (QStringList{QStringLiteral("letters/notes.md"), QStringLiteral("letters/2026/11/d.txt")}));
    // a file named on the command line is checked whatever the patterns say
    EXPECT_EQ(checkedFiles({QStringLiteral("--glob"), QStringLiteral("*.amends"), QStringLiteral("letters/notes.md")}),
              QStringList{QStringLiteral("letters/notes.md")});
    // a folder with no letters that match is an error that says what was looked for
    const CliRun none = run({QStringLiteral("check"), QStringLiteral("--glob"), QStringLiteral("*.amends"), QStringLiteral("letters")});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("*.amends"))) << none.err.toStdString();
    EXPECT_TRUE(none.err.contains(QStringLiteral("--recursive"))) << none.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("check"), QStringLiteral("--glob"), QStringLiteral("sub/*.txt"), QStringLiteral("letters")}).exitCode, 2);
}

TEST_F(CheckConfig, Report_WalksFoldersAndUsesProjectFiles)
{
    write(QStringLiteral("letters/a.txt"), kHassleLetter);
    write(QStringLiteral("letters/team/b.txt"), kHassleLetter);
    writeProject(QStringLiteral("letters/team"), R"({"disabled_rules": ["personalization.generic-greeting"]})");
    const QString out = path(QStringLiteral("report.json"));
    const CliRun flat = run({QStringLiteral("report"), QStringLiteral("letters"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out});
    ASSERT_EQ(flat.exitCode, 0) << flat.err.toStdString();
    QFile flatFile(out);
    ASSERT_TRUE(flatFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(flatFile.readAll()).object().value(QStringLiteral("letters")).toArray().size(), 1);
    flatFile.close();

    const CliRun deep = run({QStringLiteral("report"), QStringLiteral("-r"), QStringLiteral("letters"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("-o"), out});
    ASSERT_EQ(deep.exitCode, 0) << deep.err.toStdString();
    QFile deepFile(out);
    ASSERT_TRUE(deepFile.open(QIODevice::ReadOnly));
    const QJsonArray letters = QJsonDocument::fromJson(deepFile.readAll()).object().value(QStringLiteral("letters")).toArray();
    ASSERT_EQ(letters.size(), 2);
    QHash<QString, int> personalization;
    for (const QJsonValue &letter : letters) {
        personalization.insert(letter.toObject().value(QStringLiteral("file")).toString(),
                               letter.toObject().value(QStringLiteral("findings_by_category")).toObject().value(QStringLiteral("personalization")).toInt());
    }
    EXPECT_GT(personalization.value(QStringLiteral("a.txt")), 0);
    EXPECT_EQ(personalization.value(QStringLiteral("team/b.txt"), -1), 0);
}
