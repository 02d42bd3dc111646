#include "clitest.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace amends;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

class CheckCli : public ::testing::Test
{
protected:
    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AMENDS_CLI_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
};

const QByteArray kPoorLetter =
    "Dear Customer,\n\n"
    "We regret any inconvenience this may have caused. Due to a glitch in our billing system, you were charged twice.\n";

using test::firstFile;
using test::ruleIds;

} // namespace

TEST_F(CheckCli, Json_FollowsTheDocumentedShape)
{
    const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), write(QStringLiteral("a.txt"), kPoorLetter)});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString(); // missing responsibility is an error
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject file = firstFile(result.out);
    EXPECT_TRUE(file.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("a.txt")));
    EXPECT_EQ(file.value(QStringLiteral("language")).toString(), QStringLiteral("en-US"));
    const QJsonObject metrics = file.value(QStringLiteral("metrics")).toObject();
    for (const char *key : {"words", "sentences", "readability", "sections_present"})
        EXPECT_TRUE(metrics.contains(QLatin1String(key))) << key;
    EXPECT_EQ(metrics.value(QStringLiteral("readability")).toObject().value(QStringLiteral("formula")).toString(),
              QStringLiteral("flesch-reading-ease"));
    const QJsonArray findings = file.value(QStringLiteral("findings")).toArray();
    ASSERT_FALSE(findings.isEmpty());
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        for (const char *key : {"rule", "category", "severity", "start", "end", "line", "column", "section", "excerpt", "message",
                                "explanation", "suggestions"})
            EXPECT_TRUE(finding.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(QStringList({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("suggestion")})
                        .contains(finding.value(QStringLiteral("severity")).toString()));
    }
    const QStringList ids = ruleIds(file);
    EXPECT_TRUE(ids.contains(QStringLiteral("structure.missing-responsibility")));
    EXPECT_TRUE(ids.contains(QStringLiteral("personalization.generic-greeting")));
}

TEST_F(CheckCli, Json_AFindingAboutTheWholeLetterHasNoSectionInPlainText)
{
    // Given a plain letter of one sentence, an apology
    const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"),
                               write(QStringLiteral("short.txt"), "We are sorry we charged you twice.\n")});

    // Then its being too short belongs to no section, though its first paragraph is the regret
    bool tooShort = false;
    for (const QJsonValue &value : firstFile(result.out).value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        if (finding.value(QStringLiteral("rule")).toString() == QStringLiteral("length.too-short")) {
            tooShort = true;
            EXPECT_TRUE(finding.value(QStringLiteral("section")).isNull()) << finding.value(QStringLiteral("section")).toString().toStdString();
        }
        if (finding.value(QStringLiteral("rule")).toString() == QStringLiteral("structure.missing-remedy")) {
            EXPECT_EQ(finding.value(QStringLiteral("section")).toString(), QStringLiteral("remedy"));
        }
    }
    EXPECT_TRUE(tooShort);
}

TEST_F(CheckCli, Facts_AWrongRefundAndAnotherFollowUpDayAreErrorsWithTheCasesValuesAsFixes)
{
    // Given a draft whose case refunds $59.90 and follows up on 4 December 2026, and whose
    // letter says $119.80 came back and promises a call on 8 December
    const QString draft = m_dir.filePath(QStringLiteral("case.amends"));
    QStringList create{QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("duplicate-charge"), QStringLiteral("--lang"),
                       QStringLiteral("en-US"), QStringLiteral("-o"), draft};
    for (const char *field : {"customer.name=Dana Whitfield", "amount.charged=119.80", "amount.correct=59.90", "amount.refund=59.90",
                              "currency=USD", "date.letter=2026-12-01", "date.followup=2026-12-04"})
        create << QStringLiteral("--set") << QString::fromUtf8(field);
    ASSERT_EQ(run(create).exitCode, 0);
    QFile file(draft);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject sections = root.value(QStringLiteral("sections")).toObject();
    sections.insert(QStringLiteral("remedy"), QStringLiteral("Today we refunded $119.80 to your card."));
    sections.insert(QStringLiteral("contact"), QStringLiteral("On December 8, I will call you to make sure the refund has arrived."));
    root.insert(QStringLiteral("sections"), sections);
    write(QStringLiteral("case.amends"), QJsonDocument(root).toJson());

    // When it is checked as JSON
    const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), draft});

    // Then both are errors of the facts category, in their sections, with the case's value as the fix
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    const auto findingOf = [&](const QString &rule) {
        for (const QJsonValue &value : firstFile(result.out).value(QStringLiteral("findings")).toArray()) {
            if (value.toObject().value(QStringLiteral("rule")).toString() == rule)
                return value.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject refund = findingOf(QStringLiteral("facts.amount-mismatch"));
    EXPECT_EQ(refund.value(QStringLiteral("category")).toString(), QStringLiteral("facts"));
    EXPECT_EQ(refund.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    EXPECT_EQ(refund.value(QStringLiteral("section")).toString(), QStringLiteral("remedy"));
    EXPECT_EQ(refund.value(QStringLiteral("excerpt")).toString(), QStringLiteral("$119.80"));
    EXPECT_EQ(refund.value(QStringLiteral("suggestions")).toArray().first().toString(), QStringLiteral("$59.90"));
    const QJsonObject followUp = findingOf(QStringLiteral("facts.followup-mismatch"));
    EXPECT_EQ(followUp.value(QStringLiteral("section")).toString(), QStringLiteral("contact"));
    EXPECT_EQ(followUp.value(QStringLiteral("excerpt")).toString(), QStringLiteral("December 8"));
    EXPECT_EQ(followUp.value(QStringLiteral("suggestions")).toArray().first().toString(), QStringLiteral("December 4, 2026"));
}

TEST_F(CheckCli, Offsets_AreUnicodeCodePointsWithLineAndColumn)
{
    // "😀" is two UTF-16 units but one code point.
    const QByteArray text = "Dear Customer \xF0\x9F\x98\x80,\n\nPLEASE NOTE the refund.\n";
    const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), write(QStringLiteral("u.txt"), text)});
    for (const QJsonValue &value : firstFile(result.out).value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        if (finding.value(QStringLiteral("rule")).toString() != QLatin1String("tone.shouting"))
            continue;
        const QString all = QString::fromUtf8(text);
        const QList<uint> codePoints = all.toUcs4();
        const int start = finding.value(QStringLiteral("start")).toInt();
        const int end = finding.value(QStringLiteral("end")).toInt();
        EXPECT_EQ(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start),
                  QStringLiteral("PLEASE NOTE"));
        EXPECT_EQ(finding.value(QStringLiteral("line")).toInt(), 3);
        EXPECT_EQ(finding.value(QStringLiteral("column")).toInt(), 1);
        return;
    }
    FAIL() << "no shouting finding: " << result.out.toStdString();
}

TEST_F(CheckCli, TextFormat_LooksLikeACompilersOutput)
{
    const QString path = write(QStringLiteral("b.txt"), kPoorLetter);
    const CliRun result = run({QStringLiteral("check"), path});
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    const QRegularExpression shape(QStringLiteral("^.+:\\d+:\\d+: (error|warning|suggestion): .+ \\[[a-z0-9.-]+\\]$"));
    for (const QString &line : lines)
        EXPECT_TRUE(shape.match(line).hasMatch()) << line.toStdString();
    EXPECT_TRUE(lines.first().startsWith(path + QStringLiteral(":")));
}

TEST_F(CheckCli, ExitCodes_ZeroForAGoodLetterTwoForBadInput)
{
    ASSERT_EQ(run({QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("late-fee-error"), QStringLiteral("-o"),
                   m_dir.filePath(QStringLiteral("empty.amends"))}).exitCode, 0);
    const CliRun incomplete = run({QStringLiteral("check"), m_dir.filePath(QStringLiteral("empty.amends"))});
    EXPECT_EQ(incomplete.exitCode, 1); // required fields are empty
    EXPECT_TRUE(QString::fromUtf8(incomplete.out).contains(QStringLiteral("[placeholder.required-field]")));

    EXPECT_EQ(run({QStringLiteral("check")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.txt"))}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("check"), write(QStringLiteral("bad.amends"), "{\"format\":")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("check"), write(QStringLiteral("bin.txt"), QByteArray("a\0b", 3))}).exitCode, 2);
    const CliRun mixed = run({QStringLiteral("check"), write(QStringLiteral("ok.txt"), kPoorLetter), m_dir.filePath(QStringLiteral("nope.txt"))});
    EXPECT_EQ(mixed.exitCode, 2);
    EXPECT_TRUE(mixed.out.isEmpty()); // nothing printed for the readable file either
    EXPECT_EQ(run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("xml"), write(QStringLiteral("c.txt"), kPoorLetter)}).exitCode, 2);
}

TEST_F(CheckCli, StandardInput_IsCheckedAsPlainText)
{
    const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")}, kPoorLetter);
    EXPECT_EQ(firstFile(result.out).value(QStringLiteral("file")).toString(), QStringLiteral("-"));
    EXPECT_TRUE(ruleIds(firstFile(result.out)).contains(QStringLiteral("personalization.generic-greeting")));
}

TEST_F(CheckCli, HouseRules_AddBannedPhrasesRequiredSentencesAndSwitchRulesOff)
{
    const QString letter = write(QStringLiteral("h.txt"), "Dear Ana,\n\nSorry for the hassle. This sentence keeps going and going with many more words than any plain letter to a customer would ever need to use here, which makes it far too long to read.\n");
    const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--rules"),
                            test::dataPath(QStringLiteral("letters/house-rules.json")), letter});
    const QStringList ids = ruleIds(firstFile(result.out));
    EXPECT_TRUE(ids.contains(QStringLiteral("house.banned-hassle")));
    EXPECT_TRUE(ids.contains(QStringLiteral("house.reference-sentence")));
    EXPECT_FALSE(ids.contains(QStringLiteral("readability.long-sentence")));
    const CliRun without = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), letter});
    EXPECT_TRUE(ruleIds(firstFile(without.out)).contains(QStringLiteral("readability.long-sentence")));
    const CliRun disabled = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--disable"),
                              QStringLiteral("personalization.generic-greeting"), write(QStringLiteral("d.txt"), kPoorLetter)});
    EXPECT_FALSE(ruleIds(firstFile(disabled.out)).contains(QStringLiteral("personalization.generic-greeting")));
    EXPECT_EQ(run({QStringLiteral("check"), QStringLiteral("--rules"), write(QStringLiteral("broken.json"), "{}"), letter}).exitCode, 2);
}

TEST_F(CheckCli, Folder_ChecksEveryLetterInIt)
{
    for (int i = 0; i < 12; ++i)
        write(QStringLiteral("folder/%1.txt").arg(i, 2, 10, QLatin1Char('0')), kPoorLetter);
    const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), m_dir.filePath(QStringLiteral("folder"))});
    const QJsonArray files = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 12);
    EXPECT_TRUE(files.first().toObject().value(QStringLiteral("file")).toString().endsWith(QStringLiteral("00.txt")));
}

TEST_F(CheckCli, Rules_ListsEveryRuleWithExplanationAndExamples)
{
    const CliRun result = run({QStringLiteral("rules")});
    EXPECT_EQ(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    EXPECT_TRUE(out.contains(QStringLiteral("structure.missing-responsibility  [missing-section, error]")));
    EXPECT_TRUE(out.contains(QStringLiteral("Why: ")));
    EXPECT_TRUE(out.contains(QStringLiteral("Bad: ")));
    EXPECT_TRUE(out.contains(QStringLiteral("Good: ")));
    const CliRun filtered = run({QStringLiteral("rules"), QStringLiteral("greeting")});
    EXPECT_TRUE(QString::fromUtf8(filtered.out).contains(QStringLiteral("personalization.generic-greeting")));
    EXPECT_FALSE(QString::fromUtf8(filtered.out).contains(QStringLiteral("structure.missing-remedy")));
    EXPECT_EQ(run({QStringLiteral("rules"), QStringLiteral("--lang"), QStringLiteral("xx")}).exitCode, 2);
}

TEST_F(CheckCli, Lang_PlainTextInEnglishIsSpeltBritishOrAmericanAsItIsWritten)
{
    // Given two plain letters without a language, one spelt the British way, one the American
    const QString british = write(QStringLiteral("gb.txt"), "Dear Mr Hale,\n\nI apologise: we cancelled your instalment plan "
                                                             "by mistake and took the full amount. We have refunded it, and our "
                                                             "billing centre now checks every cancellation by hand. Please call "
                                                             "me if anything about your account looks wrong.\n\n"
                                                             "Kind regards,\nSam Patel\n");
    const QString american = write(QStringLiteral("us.txt"), "Dear Mr Hale,\n\nI apologize: we canceled your installment plan "
                                                              "by mistake and took the full amount. We have refunded it, and our "
                                                              "billing center now checks every cancellation by hand. Please call "
                                                              "me if anything about your account looks wrong.\n\n"
                                                              "Kind regards,\nSam Patel\n");
    for (const auto &[file, tag] : {std::pair{british, "en-GB"}, std::pair{american, "en-US"}}) {
        // When each is checked
        const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), file});
        // Then each is checked in the English it is written in, and no spelling is wrong
        const QJsonObject checked = firstFile(result.out);
        EXPECT_EQ(checked.value(QStringLiteral("language")).toString(), QLatin1String(tag)) << tag;
        // (without the dictionary nothing is spelt: nothing to see then)
        EXPECT_FALSE(ruleIds(checked).contains(QStringLiteral("spelling"))) << tag;
    }
}

TEST_F(CheckCli, Lang_TakesTheFormsPeopleType)
{
    const QString letter = write(QStringLiteral("a.txt"), kPoorLetter);
    for (const char *typed : {"en-US", "en_US", "en-us", "en", "en_US.UTF-8", "en_GB"}) {
        // When a letter is checked with the language as hunspell, LANG or a person writes it
        const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--lang"), QString::fromLatin1(typed), letter});
        // Then it is checked in that language, reported as a tag
        EXPECT_EQ(result.exitCode, 1) << typed << ": " << result.err.toStdString();
        const QString language = firstFile(result.out).value(QStringLiteral("language")).toString();
        EXPECT_TRUE(language == QLatin1String("en-US") || language == QLatin1String("en-GB")) << typed << " → " << language.toStdString();
    }
    const CliRun wrong = run({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("english!"), letter});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("english!")));
}

TEST_F(CheckCli, Spelling_ChecksTheLastParagraphOfALetterWithoutAClosingLine)
{
    // Given a letter whose last paragraph is ordinary text, not a signature
    const QString letter = write(QStringLiteral("a.txt"), "Dear Ms Rivera,\n\nI am sorry that we charged you twice.\n\n"
                                                          "We have recieved both payments and refunded one.\n");
    // When it is checked
    const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), letter});
    // Then the misspelling in that paragraph is found (its words are not taken for names)
    const QStringList ids = ruleIds(firstFile(result.out));
    if (!ids.contains(QStringLiteral("spelling")) && !result.err.isEmpty())
        GTEST_SKIP() << result.err.toStdString();
    EXPECT_TRUE(ids.contains(QStringLiteral("spelling"))) << ids.join(u' ').toStdString();
}

TEST_F(CheckCli, BadInput_DevicesAndPipesAreRefusedWithAPlainMessage)
{
    // given a letter and a draft that are links to endless devices, and a named pipe
    QFile::link(QStringLiteral("/dev/zero"), m_dir.filePath(QStringLiteral("zero.amends")));
    QFile::link(QStringLiteral("/dev/urandom"), m_dir.filePath(QStringLiteral("random.txt")));
    const QString pipe = m_dir.filePath(QStringLiteral("pipe.txt"));
    ASSERT_EQ(QProcess::execute(QStringLiteral("mkfifo"), {pipe}), 0);
    for (const QString &name : {QStringLiteral("zero.amends"), QStringLiteral("random.txt"), QStringLiteral("pipe.txt")}) {
        // when each is checked
        const CliRun result = run({QStringLiteral("check"), m_dir.filePath(name)});
        // then the check stops at once with exit 2, saying what the file is
        EXPECT_EQ(result.exitCode, 2) << name.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("device")) || result.err.contains(QStringLiteral("named pipe")))
            << result.err.toStdString();
        EXPECT_FALSE(result.err.contains(QStringLiteral("empty"))) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
}

TEST_F(CheckCli, BadInput_AnEndlessStandardInputStopsAtTheLimit)
{
    const CliRun result = run({QStringLiteral("check"), QStringLiteral("-")}, QByteArray(9 * 1024 * 1024, 'a'));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("the limit is 2 MB"))) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
}

TEST_F(CheckCli, Encodings_AUtf16LetterFromWindowsNotepadIsReadAsText)
{
    // given the poor letter saved by Notepad: UTF-16LE with a byte order mark, CR LF
    QString text = QString::fromUtf8(kPoorLetter);
    text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    // when it is checked
    const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"),
                               write(QStringLiteral("notepad.txt"), bytes)});
    // then it is checked as the same letter in UTF-8 would be
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    const QStringList ids = ruleIds(firstFile(result.out));
    EXPECT_TRUE(ids.contains(QStringLiteral("personalization.generic-greeting"))) << result.out.toStdString();
    const CliRun utf8 = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), write(QStringLiteral("utf8.txt"), kPoorLetter)});
    EXPECT_EQ(ids, ruleIds(firstFile(utf8.out)));
}

TEST_F(CheckCli, SizeLimit_ALetterOrDraftBeyondTwoMegabytesIsRefusedByCheckAndExport)
{
    // given a text letter and a draft each holding more than 2 MB of text
    const QString text = write(QStringLiteral("long.txt"), "Dear Ana,\n\n" + QByteArray(3 * 1024 * 1024, 'a'));
    const QString draft = m_dir.filePath(QStringLiteral("long.amends"));
    ASSERT_EQ(run({QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("overcharge"), QStringLiteral("-o"), draft}).exitCode, 0);
    QFile file(draft);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject sections = root.value(QStringLiteral("sections")).toObject();
    sections.insert(QStringLiteral("explanation"), QString(QString(1200 * 1024, u'a') + u' ' + QString(1200 * 1024, u'b')));
    root.insert(QStringLiteral("sections"), sections);
    write(QStringLiteral("long.amends"), QJsonDocument(root).toJson());
    // when they are checked and the draft exported
    const CliRun checkText = run({QStringLiteral("check"), text});
    const CliRun checkDraft = run({QStringLiteral("check"), draft});
    const QString exported = m_dir.filePath(QStringLiteral("long.txt.out.html"));
    const CliRun exportDraft = run({QStringLiteral("export"), QStringLiteral("-o"), exported, draft});
    // then each is refused, saying what the limit is, and nothing is written
    for (const CliRun &result : {checkText, checkDraft, exportDraft}) {
        EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("2 MB"))) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
    EXPECT_FALSE(QFile::exists(exported));
}

TEST_F(CheckCli, LongText_EachPartOfALongTextGetsTheFindingsAtTheSamePlaces)
{
    // given a paragraph with findings of its own, and a text of it over and over, past a
    // quarter of a megabyte (from there the command prepares its memory for a long check)
    const QByteArray paragraph = "We regret any inconvenience this may have caused. Due to a glitch in our billing system, "
                                 "you were charged twice.\n\n";
    const int copies = 300 * 1024 / int(paragraph.size());
    // when the text is checked
    const CliRun result =
        run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), write(QStringLiteral("long.txt"), paragraph.repeated(copies))});
    // then every copy but the first and the last (where the findings on the whole letter
    // go) has the same findings at the same places within it
    ASSERT_EQ(result.exitCode, 1) << result.err.toStdString();
    QList<QStringList> byCopy(copies);
    for (const QJsonValue &value : firstFile(result.out).value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        const int start = finding.value(QStringLiteral("start")).toInt();
        byCopy[start / paragraph.size()].append(
            QStringLiteral("%1@%2").arg(finding.value(QStringLiteral("rule")).toString()).arg(start % paragraph.size()));
    }
    EXPECT_GE(byCopy[1].size(), 2);
    for (int copy = 2; copy < copies - 1; ++copy)
        ASSERT_EQ(byCopy[copy], byCopy[1]) << copy;
}
