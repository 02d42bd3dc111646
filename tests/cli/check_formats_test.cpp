#include "clitest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

using namespace amends;
using amends::test::CliRun;

namespace {

// "Ok 😀 PLEASE NOTE…": the shouting starts at code point column 6, UTF-16 column 7.
const QByteArray kEmojiLetter = "Dear Customer,\n\nOk \xF0\x9F\x98\x80 PLEASE NOTE the refund.\n";

class CheckFormats : public test::CliTest
{
protected:
    QJsonObject sarif(const QStringList &files, const QStringList &extra = {})
    {
        const CliRun result = run(QStringList{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("sarif")} + extra + files);
        EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
        m_lastOut = result.out;
        return QJsonDocument::fromJson(result.out).object();
    }

    QByteArray m_lastOut;
};

QJsonObject findingOf(const QJsonObject &file, const QString &rule)
{
    for (const QJsonValue &value : file.value(QStringLiteral("findings")).toArray()) {
        if (value.toObject().value(QStringLiteral("rule")).toString() == rule)
            return value.toObject();
    }
    return {};
}

QList<QJsonObject> resultsOf(const QJsonObject &log)
{
    QList<QJsonObject> results;
    for (const QJsonValue &value : log.value(QStringLiteral("runs")).toArray().first().toObject().value(QStringLiteral("results")).toArray())
        results.append(value.toObject());
    return results;
}

QJsonObject regionOf(const QJsonObject &result)
{
    return result.value(QStringLiteral("locations")).toArray().first().toObject().value(QStringLiteral("physicalLocation")).toObject().value(
        QStringLiteral("region")).toObject();
}

QJsonObject artifactOf(const QJsonObject &result)
{
    return result.value(QStringLiteral("locations")).toArray().first().toObject().value(QStringLiteral("physicalLocation")).toObject().value(
        QStringLiteral("artifactLocation")).toObject();
}

} // namespace

TEST_F(CheckFormats, Sarif_IsValidAgainstThePublishedSchema)
{
    // given a text letter, a draft and a letter outside the working folder
    const QString letter = write(QStringLiteral("letters/u.txt"), kEmojiLetter);
    const QString draft = path(QStringLiteral("letters/d.amends"));
    ASSERT_EQ(run({QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("late-fee-error"), QStringLiteral("-o"), draft}).exitCode, 0);
    QTemporaryDir elsewhere;
    const QString outside = elsewhere.filePath(QStringLiteral("far away.txt"));
    QFile file(outside);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(test::kPoorLetter);
    file.close();
    // when they are checked as SARIF
    sarif({QStringLiteral("letters/u.txt"), draft, outside});
    const QString log = write(QStringLiteral("log.sarif"), m_lastOut);
    // then the log passes the SARIF 2.1.0 schema
    QProcess validate;
    validate.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral(AMENDS_SARIF_VALIDATOR), test::dataPath(QStringLiteral("sarif/sarif-schema-2.1.0.json")), log});
    ASSERT_TRUE(validate.waitForFinished(60000));
    if (validate.exitCode() == 77)
        GTEST_SKIP() << validate.readAllStandardError().toStdString();
    EXPECT_EQ(validate.exitCode(), 0) << validate.readAllStandardOutput().toStdString() << validate.readAllStandardError().toStdString();
    // and the validator does refuse a log that breaks the schema
    QByteArray broken = m_lastOut;
    broken.replace("\"level\": \"warning\"", "\"level\": \"fatal\"");
    ASSERT_NE(broken, m_lastOut);
    validate.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(AMENDS_SARIF_VALIDATOR), test::dataPath(QStringLiteral("sarif/sarif-schema-2.1.0.json")),
                                                       write(QStringLiteral("broken.sarif"), broken)});
    ASSERT_TRUE(validate.waitForFinished(60000));
    EXPECT_EQ(validate.exitCode(), 1);
}

TEST_F(CheckFormats, Sarif_ResultsCarryRulesLevelsAndUtf16Regions)
{
    write(QStringLiteral("letters/u.txt"), kEmojiLetter);
    const QJsonObject log = sarif({QStringLiteral("letters/u.txt")});
    const CliRun json = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("letters/u.txt")});
    const QJsonObject file = test::firstFile(json.out);

    EXPECT_EQ(log.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonObject runObject = log.value(QStringLiteral("runs")).toArray().first().toObject();
    EXPECT_EQ(runObject.value(QStringLiteral("columnKind")).toString(), QStringLiteral("utf16CodeUnits"));
    const QJsonObject driver = runObject.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
    EXPECT_EQ(driver.value(QStringLiteral("name")).toString(), QStringLiteral("amends-cli"));
    EXPECT_EQ(QStringLiteral("amends-cli ") + driver.value(QStringLiteral("version")).toString() + QLatin1Char('\n'),
              QString::fromUtf8(run({QStringLiteral("--version")}).out));
    const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();

    // every finding of the JSON output is a result, its level mapped from its severity
    const QList<QJsonObject> results = resultsOf(log);
    ASSERT_EQ(results.size(), file.value(QStringLiteral("findings")).toArray().size());
    const QHash<QString, QString> levels{{QStringLiteral("error"), QStringLiteral("error")},
                                         {QStringLiteral("warning"), QStringLiteral("warning")},
                                         {QStringLiteral("suggestion"), QStringLiteral("note")}};
    for (const QJsonObject &result : results) {
        const QString id = result.value(QStringLiteral("ruleId")).toString();
        const QJsonObject rule = rules.at(result.value(QStringLiteral("ruleIndex")).toInt()).toObject();
        EXPECT_EQ(rule.value(QStringLiteral("id")).toString(), id);
        EXPECT_FALSE(rule.value(QStringLiteral("shortDescription")).toObject().value(QStringLiteral("text")).toString().isEmpty()) << id.toStdString();
        EXPECT_FALSE(rule.value(QStringLiteral("help")).toObject().value(QStringLiteral("text")).toString().isEmpty()) << id.toStdString();
        const QJsonObject finding = findingOf(file, id);
        EXPECT_EQ(result.value(QStringLiteral("level")).toString(), levels.value(finding.value(QStringLiteral("severity")).toString()));
        EXPECT_EQ(result.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString(),
                  finding.value(QStringLiteral("message")).toString());
        EXPECT_EQ(artifactOf(result).value(QStringLiteral("uri")).toString(), QStringLiteral("letters/u.txt"));
        EXPECT_EQ(artifactOf(result).value(QStringLiteral("uriBaseId")).toString(), QStringLiteral("SRCROOT"));
    }
    // the shouting after the emoji: column 6 in code points (JSON), 7 in UTF-16 (SARIF)
    const QJsonObject shouting = findingOf(file, QStringLiteral("tone.shouting"));
    ASSERT_EQ(shouting.value(QStringLiteral("column")).toInt(), 6) << json.out.toStdString();
    for (const QJsonObject &result : results) {
        if (result.value(QStringLiteral("ruleId")).toString() != QLatin1String("tone.shouting"))
            continue;
        const QJsonObject region = regionOf(result);
        EXPECT_EQ(region.value(QStringLiteral("startLine")).toInt(), 3);
        EXPECT_EQ(region.value(QStringLiteral("startColumn")).toInt(), 7);
        EXPECT_EQ(region.value(QStringLiteral("endLine")).toInt(), 3);
        EXPECT_EQ(region.value(QStringLiteral("endColumn")).toInt(), 7 + int(QStringLiteral("PLEASE NOTE").size()));
        EXPECT_EQ(region.value(QStringLiteral("snippet")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("PLEASE NOTE"));
        return;
    }
    FAIL() << "no shouting result: " << m_lastOut.toStdString();
}

TEST_F(CheckFormats, Sarif_ADraftNamesItsSectionAndALetterElsewhereItsFullUri)
{
    const QString draft = path(QStringLiteral("d.amends"));
    ASSERT_EQ(run({QStringLiteral("new"), QStringLiteral("--scenario"), QStringLiteral("late-fee-error"), QStringLiteral("-o"), draft}).exitCode, 0);
    QTemporaryDir elsewhere;
    QFile file(elsewhere.filePath(QStringLiteral("a b.txt")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(test::kPoorLetter);
    file.close();
    const QList<QJsonObject> results = resultsOf(sarif({draft, file.fileName()}));
    bool sawDraft = false;
    bool sawOutside = false;
    for (const QJsonObject &result : results) {
        const QString uri = artifactOf(result).value(QStringLiteral("uri")).toString();
        if (uri == QLatin1String("d.amends")) {
            sawDraft = true;
            // a draft's text is composed before it is checked: no line in the JSON file
            EXPECT_TRUE(regionOf(result).isEmpty());
        } else {
            sawOutside = true;
            EXPECT_TRUE(uri.startsWith(QStringLiteral("file:///"))) << uri.toStdString();
            EXPECT_TRUE(uri.endsWith(QStringLiteral("/a%20b.txt"))) << uri.toStdString();
            EXPECT_FALSE(artifactOf(result).contains(QStringLiteral("uriBaseId")));
        }
    }
    EXPECT_TRUE(sawDraft);
    EXPECT_TRUE(sawOutside);
}

TEST_F(CheckFormats, Checkstyle_IsWellFormedXmlWithAnErrorPerFinding)
{
    // given a letter whose name needs escaping in XML
    const QString letter = write(QStringLiteral("R&D <team>.txt"), kEmojiLetter);
    // when it is checked as checkstyle XML and as JSON
    const CliRun xmlRun = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("checkstyle"), letter});
    const CliRun json = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), letter});
    EXPECT_EQ(xmlRun.exitCode, json.exitCode);
    // then the XML parses, and holds one <error> per finding with the same place
    QXmlStreamReader xml(xmlRun.out);
    QStringList files;
    QList<QXmlStreamAttributes> errors;
    QString root;
    QString version;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty()) {
            root = xml.name().toString();
            version = xml.attributes().value(QStringLiteral("version")).toString();
        } else if (xml.name() == QLatin1String("file")) {
            files.append(xml.attributes().value(QStringLiteral("name")).toString());
        } else if (xml.name() == QLatin1String("error")) {
            errors.append(xml.attributes());
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString() << "\n" << xmlRun.out.toStdString();
    EXPECT_EQ(root, QStringLiteral("checkstyle"));
    EXPECT_EQ(version, QStringLiteral("4.3"));
    EXPECT_EQ(files, QStringList{letter});
    const QJsonArray findings = test::firstFile(json.out).value(QStringLiteral("findings")).toArray();
    ASSERT_EQ(errors.size(), findings.size());
    const QHash<QString, QString> severities{{QStringLiteral("error"), QStringLiteral("error")},
                                             {QStringLiteral("warning"), QStringLiteral("warning")},
                                             {QStringLiteral("suggestion"), QStringLiteral("info")}};
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QJsonObject finding = findings.at(i).toObject();
        const QXmlStreamAttributes &error = errors.at(i);
        EXPECT_EQ(error.value(QStringLiteral("source")).toString(), finding.value(QStringLiteral("rule")).toString());
        EXPECT_EQ(error.value(QStringLiteral("line")).toInt(), finding.value(QStringLiteral("line")).toInt());
        EXPECT_EQ(error.value(QStringLiteral("column")).toInt(), finding.value(QStringLiteral("column")).toInt());
        EXPECT_EQ(error.value(QStringLiteral("severity")).toString(), severities.value(finding.value(QStringLiteral("severity")).toString()));
        EXPECT_EQ(error.value(QStringLiteral("message")).toString(), finding.value(QStringLiteral("message")).toString());
    }
}

TEST_F(CheckFormats, MinSeverity_HidesLessSevereFindingsButKeepsTheExitStatus)
{
    // a letter with errors, warnings and suggestions
    const QString letter = test::dataPath(QStringLiteral("letters/jargon-no-remedy.txt"));
    const auto severities = [&](const QString &minimum) {
        const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--min-severity"), minimum, letter});
        EXPECT_EQ(result.exitCode, 1) << minimum.toStdString() << ": " << result.err.toStdString(); // errors are always shown
        QSet<QString> seen;
        for (const QJsonValue &finding : test::firstFile(result.out).value(QStringLiteral("findings")).toArray())
            seen.insert(finding.toObject().value(QStringLiteral("severity")).toString());
        return std::pair{seen, test::firstFile(result.out).value(QStringLiteral("metrics")).toObject()};
    };
    const auto [all, allMetrics] = severities(QStringLiteral("suggestion"));
    const auto [warnings, warningMetrics] = severities(QStringLiteral("warning"));
    const auto [errors, errorMetrics] = severities(QStringLiteral("error"));
    EXPECT_TRUE(all.contains(QStringLiteral("suggestion")) && all.contains(QStringLiteral("warning"))) << QStringList(all.values()).join(u' ').toStdString();
    EXPECT_EQ(warnings, (QSet<QString>{QStringLiteral("error"), QStringLiteral("warning")}));
    EXPECT_EQ(errors, QSet<QString>{QStringLiteral("error")});
    // the metrics (the score among them) still count every finding
    EXPECT_EQ(allMetrics, errorMetrics);
    EXPECT_EQ(allMetrics, warningMetrics);

    // a letter with warnings only: shown at the default, hidden at error, status 0 both ways
    QStringList onlyErrors;
    for (const QJsonValue &finding : test::firstFile(run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), letter}).out)
                                         .value(QStringLiteral("findings"))
                                         .toArray()) {
        if (finding.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error"))
            onlyErrors << QStringLiteral("--disable") << finding.toObject().value(QStringLiteral("rule")).toString();
    }
    const CliRun shown = run(QStringList{QStringLiteral("check")} + onlyErrors + QStringList{letter});
    const CliRun hidden = run(QStringList{QStringLiteral("check"), QStringLiteral("--min-severity"), QStringLiteral("error")} + onlyErrors + QStringList{letter});
    ASSERT_EQ(shown.exitCode, 0) << shown.out.toStdString();
    EXPECT_FALSE(shown.out.isEmpty());
    EXPECT_EQ(hidden.exitCode, 0);
    EXPECT_TRUE(hidden.out.isEmpty()) << hidden.out.toStdString();

    const CliRun wrong = run({QStringLiteral("check"), QStringLiteral("--min-severity"), QStringLiteral("fatal"), letter});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("fatal"))) << wrong.err.toStdString();
    EXPECT_TRUE(wrong.out.isEmpty());
}

TEST_F(CheckFormats, Quiet_PrintsOnlyFindingsAndNothingForACleanLetter)
{
    const QString letter = write(QStringLiteral("a.txt"), test::kPoorLetter);
    // without --quiet a summary follows the findings, on standard error
    const CliRun loud = run({QStringLiteral("check"), letter});
    EXPECT_TRUE(loud.err.startsWith(QStringLiteral("Letters checked: 1; errors: "))) << loud.err.toStdString();
    // with it, standard output holds the same findings and standard error nothing
    const CliRun quiet = run({QStringLiteral("check"), QStringLiteral("--quiet"), letter});
    EXPECT_EQ(quiet.exitCode, loud.exitCode);
    EXPECT_EQ(quiet.out, loud.out);
    EXPECT_TRUE(quiet.err.isEmpty()) << quiet.err.toStdString();

    // a letter with nothing to find (every rule it breaks switched off, including those
    // that a stronger finding on the same words hid): no output at all
    QStringList disable;
    for (int round = 0; round < 5; ++round) {
        const QStringList ids = test::ruleIds(
            test::firstFile(run(QStringList{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")} + disable + QStringList{letter}).out));
        if (ids.isEmpty())
            break;
        for (const QString &id : ids)
            disable << QStringLiteral("--disable") << id;
    }
    const CliRun clean = run(QStringList{QStringLiteral("check"), QStringLiteral("-q")} + disable + QStringList{letter});
    EXPECT_EQ(clean.exitCode, 0) << clean.err.toStdString();
    EXPECT_TRUE(clean.out.isEmpty()) << clean.out.toStdString();
    EXPECT_TRUE(clean.err.isEmpty()) << clean.err.toStdString();
    const CliRun summary = run(QStringList{QStringLiteral("check")} + disable + QStringList{letter});
    EXPECT_TRUE(summary.out.isEmpty());
    EXPECT_EQ(summary.err, QStringLiteral("Letters checked: 1; errors: 0, warnings: 0, suggestions: 0.\n"));
}

TEST_F(CheckFormats, MessagesFollowTheSystemLanguageWhileJsonKeysAndRuleIdsStay)
{
    // Given an English letter and the same run in the C locale and in Portuguese
    const QString letter = write(QStringLiteral("letter.txt"), test::kPoorLetter);
    const QStringList json{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), letter};
    setSystemLanguage(QStringLiteral("C.UTF-8"));
    const CliRun english = run(json);
    const CliRun englishUsage = run({});
    setSystemLanguage(QStringLiteral("pt_BR.UTF-8"));
    const CliRun portuguese = run(json);
    const CliRun portugueseUsage = run({});
    setSystemLanguage(QStringLiteral("es_MX.UTF-8"));
    const CliRun spanishUsage = run({});

    // Then the usage speaks each language
    EXPECT_TRUE(englishUsage.err.startsWith(QStringLiteral("Usage: amends-cli COMMAND"))) << englishUsage.err.toStdString();
    EXPECT_TRUE(portugueseUsage.err.startsWith(QStringLiteral("Uso: amends-cli COMANDO"))) << portugueseUsage.err.toStdString();
    EXPECT_TRUE(spanishUsage.err.startsWith(QStringLiteral("Uso: amends-cli COMANDO [OPCIONES]"))) << spanishUsage.err.toStdString();
    // And the JSON keeps its keys, rule ids and categories
    const QJsonObject englishFile = test::firstFile(english.out);
    const QJsonObject portugueseFile = test::firstFile(portuguese.out);
    EXPECT_EQ(QJsonDocument::fromJson(portuguese.out).object().keys(), QJsonDocument::fromJson(english.out).object().keys());
    EXPECT_EQ(portugueseFile.keys(), englishFile.keys());
    EXPECT_FALSE(test::ruleIds(englishFile).isEmpty());
    EXPECT_EQ(test::ruleIds(portugueseFile), test::ruleIds(englishFile));
    const QJsonArray findings = portugueseFile.value(QStringLiteral("findings")).toArray();
    for (int i = 0; i < findings.size(); ++i) {
        EXPECT_EQ(findings[i].toObject().keys(), englishFile.value(QStringLiteral("findings")).toArray()[i].toObject().keys());
        EXPECT_EQ(findings[i].toObject().value(QStringLiteral("category")),
                  englishFile.value(QStringLiteral("findings")).toArray()[i].toObject().value(QStringLiteral("category")));
    }
}

namespace {

struct LanguageLetter {
    const char *name;
    QByteArray text;
    const char *language;
};

// Letters with the typical problems of each language: blame on the card company or the
// bank, a conditional apology, a billing word the customer does not use.
const LanguageLetter kTypicalLetters[] = {
    {"en.txt",
     "Dear Mr Martins,\n\nThe double charge was caused by a fault at your card company. We apologise if this caused any "
     "inconvenience. The chargeback will be processed within two statements.\n\nKind regards,\nBilling Team\n",
     "en-GB"}, // "apologise": spelt the British way
    {"pt.txt",
     "Prezado Sr. Martins,\n\nA cobrança em dobro ocorreu por uma falha da operadora do cartão. Pedimos desculpas caso isso "
     "tenha causado algum transtorno. O estorno será realizado em até duas faturas.\n\nAtenciosamente,\nSetor de Cobrança\n",
     "pt-BR"},
    {"es.txt",
     "Estimado Sr. Martínez:\n\nEl cargo duplicado se debió a una falla del banco emisor de su tarjeta. Le ofrecemos una "
     "disculpa si le causamos alguna molestia. El contracargo se verá reflejado en su próximo estado de cuenta.\n\n"
     "Atentamente,\nDepartamento de Facturación\n",
     "es-MX"},
};

} // namespace

TEST_F(CheckFormats, EachLetterOfAMixedFolderIsCheckedInItsOwnLanguageWithAFixForEachTypicalProblem)
{
    // Given a folder of plain-text letters in three languages, checked without --lang
    for (const LanguageLetter &letter : kTypicalLetters)
        write(QStringLiteral("mixed/") + QString::fromLatin1(letter.name), letter.text);
    const CliRun result = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-spelling"),
                               path(QStringLiteral("mixed"))});
    ASSERT_EQ(result.exitCode, 1) << result.err.toStdString();
    const QJsonArray files = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 3);

    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        const QString name = QFileInfo(file.value(QStringLiteral("file")).toString()).fileName();
        const auto letter = std::find_if(std::begin(kTypicalLetters), std::end(kTypicalLetters),
                                         [&](const LanguageLetter &l) { return name == QLatin1String(l.name); });
        ASSERT_NE(letter, std::end(kTypicalLetters)) << name.toStdString();
        // Then each is checked in the language it is written in
        EXPECT_EQ(file.value(QStringLiteral("language")).toString(), QString::fromLatin1(letter->language));
        // And the blame, the conditional apology and the billing word are each reported
        // with how to mend it: a replacement for the billing word, an explanation for all
        QSet<QString> categories;
        QStringList replaced;
        for (const QJsonValue &finding : file.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject object = finding.toObject();
            const QString category = object.value(QStringLiteral("category")).toString();
            categories.insert(category);
            EXPECT_GT(object.value(QStringLiteral("explanation")).toString().size(), 40) << name.toStdString() << ": " << object.value(QStringLiteral("rule")).toString().toStdString();
            if (!object.value(QStringLiteral("suggestions")).toArray().isEmpty())
                replaced.append(category);
        }
        for (const char *category : {"blame-shifting", "non-apology", "jargon"})
            EXPECT_TRUE(categories.contains(QString::fromLatin1(category))) << name.toStdString() << ": " << category;
        EXPECT_TRUE(replaced.contains(QStringLiteral("jargon"))) << name.toStdString();
        EXPECT_TRUE(test::ruleIds(file).contains(QStringLiteral("apology.conditional"))) << name.toStdString();
    }
}
