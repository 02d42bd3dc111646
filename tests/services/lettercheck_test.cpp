// The letter-check service: one policy for every caller.

#include "core/settings.h"
#include "core/speller.h"
#include "services/lettercheck.h"

#include "testsupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <functional>
#include <utility>

using namespace amends;

namespace {

bool fires(const core::CheckResult &result, const QString &rule)
{
    return std::any_of(result.findings.begin(), result.findings.end(),
                       [&rule](const core::Finding &finding) { return finding.rule == rule; });
}

const QString kLetter = QStringLiteral("Dear Ms Rivera,\n\nSorry for the hassle. Please reach out to me any time.\n");

// One plain-text letter checked as a batch of one (its rules run while the dictionary
// loads, its corrections are worked out after it) and on its own, with a dictionary
// already loaded: the batch's result, then the lone check's.
std::pair<core::CheckResult, core::CheckResult> batchOfOneAndAlone(const QString &text)
{
    const services::CheckInput input{QStringLiteral("a.txt"), QStringLiteral("en-US"), core::subjectFromText(text, QStringLiteral("en-US"))};
    QString error;
    const QList<services::CheckOutput> batch = services::LetterCheck().checkAll({input}, &error);
    const core::CheckResult alone = services::LetterCheck().check(input.subject);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(batch.size(), 1);
    return {batch.value(0).result, alone};
}

} // namespace

TEST(LetterCheck_Options, SwitchedOffRulesAreNotReported)
{
    // Given a letter with a business cliché
    const core::CheckSubject subject = core::subjectFromText(kLetter, QStringLiteral("en-US"));
    // When it is checked with every rule, then with that rule switched off
    const core::CheckResult all = services::LetterCheck(services::LetterCheckOptions::builtInOnly()).check(subject);
    services::LetterCheckOptions options = services::LetterCheckOptions::builtInOnly();
    options.disabledRules.insert(QStringLiteral("cliche.reach-out"));
    const core::CheckResult without = services::LetterCheck(options).check(subject);
    // Then only the first reports it
    EXPECT_TRUE(fires(all, QStringLiteral("cliche.reach-out")));
    EXPECT_FALSE(fires(without, QStringLiteral("cliche.reach-out")));
}

TEST(LetterCheck_Options, TakesHouseRulesAndSwitchedOffRulesFromTheSettings)
{
    // Given settings with a house pack and a switched-off rule
    QTemporaryDir dir;
    core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setHouseRuleFiles({test::dataPath(QStringLiteral("letters/house-rules.json"))});
    settings.setDisabledRules({QStringLiteral("cliche.reach-out")});
    // When a letter is checked with the options the settings give
    services::LetterCheckOptions options = services::LetterCheckOptions::fromSettings(settings);
    options.spelling = false;
    const services::LetterCheck check(options);
    const core::CheckResult result = check.check(core::subjectFromText(kLetter, QStringLiteral("en-US")));
    // Then the house rule fires and the switched-off rule does not
    EXPECT_TRUE(fires(result, QStringLiteral("house.banned-hassle")));
    EXPECT_FALSE(fires(result, QStringLiteral("cliche.reach-out")));
    EXPECT_TRUE(check.rules(QStringLiteral("en-GB"))->errors().isEmpty());
}

TEST(LetterCheck_Options, NewHousePacksAreLoadedWhenTheOptionsChange)
{
    // Given a service that has loaded the built-in rules
    services::LetterCheck check(services::LetterCheckOptions::builtInOnly());
    const core::CheckSubject subject = core::subjectFromText(kLetter, QStringLiteral("en-US"));
    ASSERT_FALSE(fires(check.check(subject), QStringLiteral("house.banned-hassle")));
    // When a house pack is added
    services::LetterCheckOptions options = check.options();
    options.houseRuleFiles = {test::dataPath(QStringLiteral("letters/house-rules.json"))};
    check.setOptions(options);
    // Then its rules apply from the next check on
    EXPECT_TRUE(fires(check.check(subject), QStringLiteral("house.banned-hassle")));
}

TEST(LetterCheck_Spelling, UsesTheSpellingGivenInsteadOfItsOwn)
{
    // Given a letter with a misspelling, checked with spelling on
    const core::CheckSubject subject =
        core::subjectFromText(QStringLiteral("Dear Ms Rivera,\n\nWe recieved your payment twice.\n\nKind regards,\nSam Ortiz\n"),
                              QStringLiteral("en-US"));
    const services::LetterCheck check;
    const core::CheckResult own = check.check(subject);
    if (!fires(own, QStringLiteral("spelling")))
        GTEST_SKIP() << "no en_US dictionary is installed (Debian package hunspell-en-us)";
    // When the caller gives a spelling without a dictionary (e.g. none for its language)
    const core::CheckResult given = check.check(subject, services::LetterCheck::Spelling{});
    // Then that is what counts: nothing is spelled against the service's dictionary
    EXPECT_FALSE(fires(given, QStringLiteral("spelling")));
}

namespace {

// Knows every word but "recieved", and notes the threads it is asked on.
class ThreadNotingSpeller : public core::Speller
{
public:
    QString language() const override { return QStringLiteral("en-US"); }
    bool isCorrect(const QString &word) override
    {
        threads.insert(QThread::currentThread());
        return word != QLatin1String("recieved");
    }
    QStringList suggestions(const QString &, int) override { return {}; }

    QSet<QThread *> threads;
};

} // namespace

TEST(LetterCheck_Background, ChecksOnItsOwnThreadWithTheSpellingGiven)
{
    // Given a letter with a misspelling, a speller shared with the editors and the
    // words the writer accepted
    const core::CheckSubject subject =
        core::subjectFromText(QStringLiteral("Dear Ms Rivera,\n\nWe recieved your payment twice.\n\nKind regards,\nSam Ortiz\n"),
                              QStringLiteral("en-US"));
    const services::LetterCheck check;
    auto speller = std::make_shared<ThreadNotingSpeller>();
    core::AcceptedWords accepted;
    accepted.add(u"payment");
    // When it is checked in the background
    QFuture<core::CheckResult> future =
        check.checkInBackground(subject, services::LetterCheck::SharedSpelling{speller, accepted});
    const core::CheckResult result = future.result();
    // Then the check ran on another thread, with that speller, and found what the same
    // check on this thread finds
    ASSERT_FALSE(speller->threads.isEmpty());
    EXPECT_FALSE(speller->threads.contains(QThread::currentThread()));
    EXPECT_TRUE(fires(result, QStringLiteral("spelling")));
    const core::CheckResult here = check.check(subject, services::LetterCheck::Spelling{speller.get(), &accepted});
    EXPECT_EQ(result.findings, here.findings);
    // And without a speller, nothing is spelled
    EXPECT_FALSE(fires(check.checkInBackground(subject, services::LetterCheck::SharedSpelling{}).result(),
                       QStringLiteral("spelling")));
}

TEST(LetterCheck_Many, ReportsABrokenHousePackInsteadOfChecking)
{
    // Given a house pack that is not a rule pack
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    services::LetterCheckOptions options;
    options.houseRuleFiles = {broken};
    services::CheckInput input{QStringLiteral("a.txt"), QStringLiteral("en-US"), core::subjectFromText(kLetter, QStringLiteral("en-US"))};
    // When letters are checked with it
    QString error;
    const QList<services::CheckOutput> outputs = services::LetterCheck(options).checkAll({input}, &error);
    // Then nothing is checked and the error names the file
    EXPECT_TRUE(outputs.isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("broken.json"))) << error.toStdString();
}

namespace {

// A letter with a misspelled word, a rule's finding and sentences the model judges; with
// @p copies of its body, long enough (past 64 KB) for the check's parallel passes.
QString judgedLetter(int copies)
{
    QString body;
    for (int i = 0; i < copies; ++i) {
        body += QStringLiteral("Sorry if you were upset by the charge. The invoice was sent out by the system twice. "
                               "Please reach out to our team, who will recieve your reply.\n\n");
    }
    return QStringLiteral("Dear Ms Rivera,\n\n") + body + QStringLiteral("Kind regards,\nSam Okafor\n");
}

// Copies of judgedLetter()'s body that take it past 64 KB.
constexpr int kLongCopies = 500;

int countOf(const core::CheckResult &result, const std::function<bool(const core::Finding &)> &which)
{
    return int(std::count_if(result.findings.begin(), result.findings.end(), which));
}

} // namespace

TEST(LetterCheck_Many, OneLetterIsCheckedWhileItsDictionaryLoadsWithTheSameFindings)
{
    for (const int copies : {1, kLongCopies}) {
        // Given one letter, short or long
        const QString text = judgedLetter(copies);
        ASSERT_EQ(copies > 1, text.size() > 64 * 1024);
        // When it is checked as a batch of one (its rules run while the dictionary
        // loads) and on its own with a dictionary already loaded
        const auto [batch, alone] = batchOfOneAndAlone(text);
        // Then both find the same, spelling and its corrections included
        EXPECT_EQ(batch.findings, alone.findings) << copies;
        EXPECT_EQ(batch.coverage.present, alone.coverage.present) << copies;
        const int misspelled = countOf(alone, [](const core::Finding &f) { return f.excerpt == QLatin1String("recieve"); });
        if (misspelled == 0)
            GTEST_SKIP() << "no en_US dictionary is installed (Debian package hunspell-en-us)";
        EXPECT_EQ(misspelled, copies);
    }
}

TEST(LetterCheck_Many, OneLettersCorrectionsWorkedOutOnTwoThreadsAreThoseOfOne)
{
    // Given one letter with several misspellings, some twice (enough for its corrections to
    // be worked out on two threads, each with a dictionary of its own)
    const QString text = QStringLiteral(
        "Dear Ms Rivera,\n\nI am sorry we chraged you twice. It was our mistkae, and we have "
        "refudned the extra payment. We now cheque every manaul paymnet, so this will not "
        "hapenn again. Our mistkae was that we chraged you before your paymnet cleared.\n\n"
        "Kind regards,\nSam Lee\n");
    // When it is checked as a batch of one, and on its own (one thread, one dictionary)
    const auto [batch, alone] = batchOfOneAndAlone(text);
    QSet<QString> misspelled;
    for (const core::Finding &finding : alone.findings) {
        if (finding.rule == QLatin1String("spelling"))
            misspelled.insert(finding.excerpt);
    }
    if (misspelled.isEmpty())
        GTEST_SKIP() << "no en_US dictionary is installed (Debian package hunspell-en-us)";
    // Then every misspelling has the same corrections both ways, in the same order
    EXPECT_GE(misspelled.size(), 5);
    EXPECT_EQ(batch.findings, alone.findings);
    for (const core::Finding &finding : batch.findings) {
        if (finding.rule == QLatin1String("spelling")) {
            EXPECT_FALSE(finding.suggestions.isEmpty()) << finding.excerpt.toStdString();
        }
    }
}

TEST(LetterCheck_Long, JudgesEverySentenceOfALongLetterAsOfAShortOne)
{
    // Given a short letter and a long one (past 64 KB: the sentence model runs on a
    // thread of its own) made of copies of the short one's body
    const services::LetterCheck check(services::LetterCheckOptions::builtInOnly());
    const core::CheckResult shortResult = check.check(core::subjectFromText(judgedLetter(1), QStringLiteral("en-US")));
    const QString longLetter = judgedLetter(kLongCopies);
    ASSERT_GT(longLetter.size(), 64 * 1024);
    const core::CheckResult longResult = check.check(core::subjectFromText(longLetter, QStringLiteral("en-US")));
    // Then the model's findings and the sections it finds are those of the short
    // letter, once per copy
    const auto judged = [](const core::Finding &f) { return f.rule.startsWith(QLatin1String("judged.")); };
    const auto reachOut = [](const core::Finding &f) { return f.rule == QLatin1String("cliche.reach-out"); };
    EXPECT_GT(countOf(shortResult, judged) + countOf(shortResult, reachOut), 0);
    EXPECT_EQ(countOf(longResult, judged), kLongCopies * countOf(shortResult, judged));
    EXPECT_EQ(countOf(longResult, reachOut), kLongCopies * countOf(shortResult, reachOut));
    EXPECT_EQ(longResult.coverage.present, shortResult.coverage.present);
}

TEST(PlainLetter_Names, OnlyTheGreetingAndTheSignatureAreTakenForNames)
{
    const services::LetterCheck check;
    const auto spelled = [&check](const QString &text) {
        QStringList words;
        for (const core::Finding &finding : check.check(core::subjectFromText(text, QStringLiteral("en-US"))).findings) {
            if (finding.rule == QLatin1String("spelling"))
                words.append(finding.excerpt);
        }
        return words;
    };
    if (spelled(QStringLiteral("We recieved it.\n\nKind regards,\nSam\n")).isEmpty())
        GTEST_SKIP() << "no en_US dictionary is installed (Debian package hunspell-en-us)";
    // A last paragraph of ordinary text is spelled
    EXPECT_EQ(spelled(QStringLiteral("Dear Mrs Quelwyn,\n\nI am sorry.\n\nWe recieved both payments.\n")),
              QStringList{QStringLiteral("recieved")});
    // The block after a closing line is a signature: its words are names
    EXPECT_TRUE(spelled(QStringLiteral("Dear Mrs Quelwyn,\n\nI am sorry.\n\nKind regards,\nTamsin Vardello\n")).isEmpty());
    // So is a short last block of capitalised names
    EXPECT_TRUE(spelled(QStringLiteral("Dear Mrs Quelwyn,\n\nI am sorry.\n\nTamsin Vardello\nBilling Team\n")).isEmpty());
}

TEST(PlainLetter_Acronyms, AreTheAcronymRulesToJudgeNotSpellings)
{
    // Given a plain letter with an acronym the dictionary does not know, one it explains,
    // and a misspelling
    const services::LetterCheck check;
    const QString text = QStringLiteral("Dear Mr Okafor,\n\nI am sorry: we linked your MPAN to the wrong meter, and we "
                                        "recieved your reading late. Your explanation of benefits (EOB) is attached, and "
                                        "your EOB shows the new amount. Your HSA card was charged twice.\n\nKind regards,\nSam\n");
    const core::CheckResult result = check.check(core::subjectFromText(text, QStringLiteral("en-US")));
    QStringList spelled;
    QStringList acronyms;
    for (const core::Finding &finding : result.findings) {
        if (finding.rule == QLatin1String("spelling"))
            spelled.append(finding.excerpt);
        if (finding.category == QLatin1String("jargon") && finding.excerpt == finding.excerpt.toUpper())
            acronyms.append(finding.excerpt);
    }
    if (spelled.isEmpty())
        GTEST_SKIP() << "no en_US dictionary is installed (Debian package hunspell-en-us)";
    // then the misspelling is spelled, the acronyms are not, and those the customer may
    // not know are told as jargon, with the everyday name or the words spelled out asked for
    EXPECT_EQ(spelled, QStringList{QStringLiteral("recieved")});
    EXPECT_TRUE(acronyms.contains(QStringLiteral("MPAN"))) << acronyms.join(u' ').toStdString();
    EXPECT_TRUE(acronyms.contains(QStringLiteral("HSA"))) << acronyms.join(u' ').toStdString();
}
