#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace amends;

namespace {

struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program with @p input on stdin, in a throw-away home and without DICPATH, so
// that only the dictionaries named or installed system-wide are found.
ProgramRun runProgram(const QString &program, const QStringList &arguments, const QString &input)
{
    static QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("DICPATH"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.write(input.toUtf8());
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

ProgramRun amendsCli(const QStringList &arguments, const QString &input = {})
{
    return runProgram(QStringLiteral(AMENDS_CLI_PATH), QStringList{QStringLiteral("spell")} + arguments, input);
}

QString hunspellProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("hunspell"));
}

QString dictionaryBase(const QString &name)
{
    return test::dataPath(QStringLiteral("spelling/") + name);
}

// Text without what amends-cli skips on purpose and `hunspell -l` does not:
// placeholders, words holding digits, over-long tokens and trailing curly apostrophes.
const QString kLetter = QStringLiteral(
    "Dear Ms Rivera,\n"
    "I am sorry that we charged you twice for your Octobre invoice. This mistake was ours, not yours;\n"
    "we shouldn't have sent the second payment request. We’ve refunded the full amount to your card,\n"
    "and you will recieve a confirmation e-mail within five working days. Teh refund covers the fee too.\n"
    "Our billing team now double-checks every recurring charge before it goes out — a well-knwon step\n"
    "that we had skiped. If anything is unclear, call me directly at our office or write to\n"
    "billing@example.com; I'll call you next week to make sure everything is settled. Sincerly, José\n");

} // namespace

TEST(SpellCli_List, MatchesHunspellWithTheTinyDictionary)
{
    if (hunspellProgram().isEmpty())
        GTEST_SKIP() << "the hunspell program is not installed (Debian package hunspell)";
    const QString text = QStringLiteral("We are sorry for the mistaek. Zoë's café, naïve Zoe; dont don't well-knwon\n"
                                        "refunds refundz the the customers' invoices sorry—realy\n");
    const ProgramRun ours = amendsCli({QStringLiteral("--dictionary"), dictionaryBase(QStringLiteral("amends_utf8")) + QLatin1String(".dic"),
                                QStringLiteral("--list")},
                               text);
    const ProgramRun theirs = runProgram(hunspellProgram(), {QStringLiteral("-l"), QStringLiteral("-d"), dictionaryBase(QStringLiteral("amends_utf8"))}, text);
    ASSERT_EQ(ours.exitCode, 0) << ours.err.toStdString();
    ASSERT_EQ(theirs.exitCode, 0) << theirs.err.toStdString();
    EXPECT_FALSE(ours.out.isEmpty());
    EXPECT_EQ(ours.out, theirs.out);
}

TEST(SpellCli_List, MatchesHunspellWithAnEightBitDictionary)
{
    if (hunspellProgram().isEmpty())
        GTEST_SKIP() << "the hunspell program is not installed (Debian package hunspell)";
    for (const auto &[name, text] : {std::pair{QStringLiteral("amends_latin1"), QStringLiteral("garcon café Zoe naïve the wrng Straße\n")},
                                     std::pair{QStringLiteral("amends_koi8r"), QStringLiteral("извенение счёт ашибка клиент\n")}}) {
        const ProgramRun ours = amendsCli({QStringLiteral("--dictionary"), dictionaryBase(name), QStringLiteral("--list")}, text);
        const ProgramRun theirs = runProgram(hunspellProgram(), {QStringLiteral("-l"), QStringLiteral("-d"), dictionaryBase(name)}, text);
        ASSERT_EQ(ours.exitCode, 0) << ours.err.toStdString();
        EXPECT_FALSE(ours.out.isEmpty()) << name.toStdString();
        EXPECT_EQ(ours.out, theirs.out) << name.toStdString();
    }
}

TEST(SpellCli_List, MatchesHunspellWithTheSystemEnUsDictionary)
{
    if (hunspellProgram().isEmpty())
        GTEST_SKIP() << "the hunspell program is not installed (Debian package hunspell)";
    if (!QFile::exists(QStringLiteral("/usr/share/hunspell/en_US.dic")))
        GTEST_SKIP() << "/usr/share/hunspell/en_US.dic is not installed (Debian package hunspell-en-us)";
    const ProgramRun ours = amendsCli({QStringLiteral("--lang"), QStringLiteral("en-US"), QStringLiteral("--list")}, kLetter);
    const ProgramRun theirs = runProgram(hunspellProgram(), {QStringLiteral("-l"), QStringLiteral("-d"), QStringLiteral("en_US")}, kLetter);
    ASSERT_EQ(ours.exitCode, 0) << ours.err.toStdString();
    EXPECT_EQ(ours.out, QStringLiteral("Octobre\nrecieve\nTeh\nknwon\nskiped\nSincerly\nJosé\n"));
    EXPECT_EQ(ours.out, theirs.out);
}

TEST(SpellCli_List, SkipsPlaceholdersCodesAddressesAndNumbers)
{
    const QString text = QStringLiteral("Dear {custmer.nam}, invoice INV-12x of $120.00 on 2026-11-20: see "
                                        "https://exmaple.com/paeg or write to jon@exmaple.com.\n");
    const ProgramRun run = amendsCli({QStringLiteral("--dictionary"), dictionaryBase(QStringLiteral("amends_utf8")), QStringLiteral("--list")}, text);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("of\non\nsee\nor\nwrite\nto\n"));
}

TEST(SpellCli_Default, PrintsLineColumnWordAndSuggestions)
{
    const ProgramRun run = amendsCli({QStringLiteral("--dictionary"), dictionaryBase(QStringLiteral("amends_utf8"))},
                              QStringLiteral("sorry\n\u00ABZoe\u00BB the mistaek\n"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << run.out.toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("2:2: Zoe: Zoë"))) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("2:11: mistaek: mistake"))) << lines.at(1).toStdString();
}

TEST(SpellCli_Input, StopsAtTheSizeLimitForALetter)
{
    // given more text on standard input than a letter may hold
    const QString text(3 * 1024 * 1024, u'a');
    // when it is spelled, then nothing is printed and the message gives the limit
    const ProgramRun run = amendsCli({QStringLiteral("--dictionary"), dictionaryBase(QStringLiteral("amends_utf8"))}, text);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("the limit is 2 MB"))) << run.err.toStdString();
}

struct BadUsage {
    const char *name;
    QStringList arguments;
    const char *message;
};

void PrintTo(const BadUsage &c, std::ostream *os)
{
    *os << c.name;
}

class SpellCliBadUsage : public ::testing::TestWithParam<BadUsage>
{
};

TEST_P(SpellCliBadUsage, ExitsWithTwoAndSaysWhy)
{
    const BadUsage &c = GetParam();
    const ProgramRun run = amendsCli(c.arguments, QStringLiteral("text\n"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(c.message))) << run.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    SpellCli, SpellCliBadUsage,
    ::testing::Values(
        BadUsage{"NoDictionaryOption", {}, "needs either --lang CODE or --dictionary PATH"},
        BadUsage{"BothDictionaryOptions", {QStringLiteral("--lang"), QStringLiteral("en-US"), QStringLiteral("--dictionary"), QStringLiteral("x")},
                 "needs either --lang CODE or --dictionary PATH"},
        BadUsage{"NotALanguage", {QStringLiteral("--lang"), QStringLiteral("english")}, "is not a language"},
        BadUsage{"MissingLanguage", {QStringLiteral("--lang"), QStringLiteral("xx-YY")}, "no spelling dictionary for xx-YY"},
        BadUsage{"MissingDictionaryFile", {QStringLiteral("--dictionary"), QStringLiteral("/nonexistent/en_US.dic")}, "no dictionary at"},
        BadUsage{"MissingFile", {QStringLiteral("--lang"), QStringLiteral("en-US"), QStringLiteral("no-such-letter.txt")}, "no-such-letter.txt"},
        BadUsage{"UnknownOption", {QStringLiteral("--frobnicate")}, "Unknown option"}),
    [](const ::testing::TestParamInfo<BadUsage> &info) { return std::string(info.param.name); });

TEST(SpellCli_Files, ChecksEachNamedFileWithItsNameBeforeEachLine)
{
    // given two text letters and the same text on standard input
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.txt"));
    const QString second = dir.filePath(QStringLiteral("second.txt"));
    for (const auto &[path, text] : {std::pair{first, QByteArray("sorry\nthe mistaek\n")}, std::pair{second, QByteArray("Zoe\n")}}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const QString dictionary = dictionaryBase(QStringLiteral("amends_utf8"));
    // when they are spelled as files, and one of them through standard input ("-")
    const ProgramRun run = amendsCli({QStringLiteral("--dictionary"), dictionary, first, second});
    const ProgramRun list = amendsCli({QStringLiteral("--dictionary"), dictionary, QStringLiteral("--list"), first, QStringLiteral("-")},
                                      QStringLiteral("Zoe\n"));
    // then each misspelling is printed after its file's name, in the order given
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << run.out.toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(first + QStringLiteral(":2:5: mistaek: mistake"))) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(second + QStringLiteral(":1:1: Zoe: Zoë"))) << lines.at(1).toStdString();
    // and --list prints the words alone, as hunspell -l does for files
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.out, QStringLiteral("mistaek\nZoe\n"));
}

TEST(SpellCli_Files, AMissingFileStopsBeforeAnythingIsPrinted)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.txt"));
    QFile file(good);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("the mistaek\n");
    file.close();
    const ProgramRun run = amendsCli({QStringLiteral("--dictionary"), dictionaryBase(QStringLiteral("amends_utf8")), good,
                                      dir.filePath(QStringLiteral("missing.txt"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("missing.txt"))) << run.err.toStdString();
}
