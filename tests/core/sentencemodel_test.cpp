// The sentence model (core::SentenceModel): training is deterministic and reproduces the
// shipped weights, damaged weights files are refused, and the checker turns what the
// model sees into findings and sections only where no rule has spoken.
#include "core/checker.h"
#include "core/judgementcorpus.h"
#include "core/ruleset.h"
#include "core/sentencemodel.h"
#include "core/structurerules.h"

#include "testsupport.h"

#include <QFile>
#include <QResource>
#include <QtEndian>

#include <algorithm>

using namespace amends;

namespace {

std::shared_ptr<const core::RuleSet> englishRules()
{
    static const auto rules = core::RuleSet::load(QStringLiteral("en"));
    return rules;
}

QByteArray shippedWeights()
{
    QFile file(QStringLiteral(":/model/en.weights"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

core::LabelledText sentence(const QString &text, const QString &problem = {}, const QList<core::Section> &sections = {})
{
    core::LabelledText labelled;
    labelled.text = text;
    labelled.sections = sections;
    if (!problem.isEmpty())
        labelled.problems.append({problem, {0, text.size()}});
    return labelled;
}

// A corpus in words no rule pack knows: "zorblat" blames, "quibber" offers contact.
QList<core::LabelledText> madeUpCorpus()
{
    QList<core::LabelledText> corpus;
    const QStringList things = {QStringLiteral("payment"), QStringLiteral("invoice"), QStringLiteral("refund"),
                                QStringLiteral("statement"), QStringLiteral("bill"), QStringLiteral("fee"),
                                QStringLiteral("charge"), QStringLiteral("account"), QStringLiteral("order"), QStringLiteral("plan")};
    for (const QString &thing : things) {
        corpus.append(sentence(QStringLiteral("The zorblat muddled your %1 again.").arg(thing), QStringLiteral("blame-shifting")));
        corpus.append(sentence(QStringLiteral("We checked your %1 this morning.").arg(thing)));
        corpus.append(sentence(QStringLiteral("Quibber me about the %1 whenever you like.").arg(thing), {}, {core::Section::Contact}));
        corpus.append(sentence(QStringLiteral("Your %1 is correct now.").arg(thing)));
    }
    return corpus;
}

std::shared_ptr<const core::SentenceModel> madeUpModel()
{
    static const auto model = core::SentenceModel::train(QStringLiteral("en"), madeUpCorpus(), englishRules()->scanRules());
    return model;
}

QList<core::Finding> findingsOf(const core::Checker &checker, const QString &text, const QSet<QString> &disabled = {})
{
    core::CheckOptions options;
    options.disabledRules = disabled;
    return checker.check(core::subjectFromText(text, QStringLiteral("en-US")), {}, options).findings;
}

bool hasRule(const QList<core::Finding> &findings, const QString &rule)
{
    return std::any_of(findings.begin(), findings.end(), [&](const core::Finding &f) { return f.rule == rule; });
}

} // namespace

TEST(SentenceModel_Training, TrainingAgainGivesTheShippedWeights)
{
    QStringList warnings;
    const QList<core::LabelledText> corpus =
        core::trainingCorpus(QStringLiteral("en"), test::sourcePath(QStringLiteral("resources/judgement/en")), &warnings);
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(u'\n').toStdString();
    ASSERT_GT(corpus.size(), 1000);
    const auto model = core::SentenceModel::train(QStringLiteral("en"), corpus, englishRules()->scanRules());
    const QByteArray shipped = shippedWeights();
    ASSERT_FALSE(shipped.isEmpty());
    // When this fails after the corpus changed: amends-trainmodel resources/judgement/en resources/model/en.weights
    EXPECT_TRUE(model->weights() == shipped) << "the shipped weights are not what the corpus trains";
}

// The held-out part measures only while it stays a large share of the corpus and none of
// its texts is one the rules were worked on or the model learnt from.
TEST(JudgementCorpus_Parts, TheHeldOutPartIsAtLeastThirtyPercentAndSharesNoTextWithTheDevelopmentPart)
{
    QStringList warnings;
    const QList<core::LabelledText> dev = core::readLabelledCorpus(test::sourcePath(QStringLiteral("resources/judgement/en")), &warnings);
    const QList<core::LabelledText> heldOut = core::readLabelledCorpus(test::dataPath(QStringLiteral("judgement/heldout")), &warnings);
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(u'\n').toStdString();
    ASSERT_FALSE(dev.isEmpty());
    EXPECT_GE(heldOut.size() * 10, (dev.size() + heldOut.size()) * 3) << heldOut.size() << " held-out texts, " << dev.size() << " development";
    QSet<QString> devTexts;
    for (const core::LabelledText &text : dev)
        devTexts.insert(text.text);
    for (const core::LabelledText &text : heldOut)
        EXPECT_FALSE(devTexts.contains(text.text)) << text.text.toStdString();
}

TEST(SentenceModel_Training, TheSameCorpusGivesTheSameWeights)
{
    const auto again = core::SentenceModel::train(QStringLiteral("en"), madeUpCorpus(), englishRules()->scanRules());
    EXPECT_EQ(again->weights(), madeUpModel()->weights());
}

TEST(SentenceModel_Training, LearnsProblemsAndSectionsFromWordsNoRuleKnows)
{
    const core::TextScan scan(QStringLiteral("The zorblat muddled your receipt. Quibber me about the receipt whenever you like. We checked your receipt."),
                              englishRules()->scanRules());
    ASSERT_EQ(scan.sentences().size(), 3);
    const int blame = 1; // SentenceModel::categories(): non-apology, blame-shifting, …
    ASSERT_EQ(core::SentenceModel::categories()[blame], QStringLiteral("blame-shifting"));
    const int contact = core::SentenceModel::sectionLabel(core::Section::Contact);
    EXPECT_TRUE(madeUpModel()->labels(scan, 0)[blame]);
    EXPECT_FALSE(madeUpModel()->labels(scan, 0)[contact]);
    EXPECT_TRUE(madeUpModel()->labels(scan, 1)[contact]);
    EXPECT_FALSE(madeUpModel()->labels(scan, 1)[blame]);
    EXPECT_FALSE(madeUpModel()->labels(scan, 2)[blame]);
    EXPECT_FALSE(madeUpModel()->labels(scan, 2)[contact]);
}

TEST(SentenceModel_Weights, ReadBackGivesTheSameFile)
{
    const QByteArray shipped = shippedWeights();
    QString error;
    const auto model = core::SentenceModel::fromWeights(shipped, &error);
    ASSERT_TRUE(model) << error.toStdString();
    EXPECT_TRUE(model->weights() == shipped);
    EXPECT_EQ(model->language(), QStringLiteral("en"));
    EXPECT_TRUE(core::SentenceModel::builtIn(QStringLiteral("en")));
    EXPECT_FALSE(core::SentenceModel::builtIn(QStringLiteral("xx")));
}

TEST(SentenceModel_Weights, DamagedOrForeignFilesAreRefused)
{
    const QByteArray good = madeUpModel()->weights();
    const qsizetype lastLine = good.lastIndexOf('\n', good.size() - 2);
    const QList<QByteArray> damaged = {
        QByteArray(),
        QByteArrayLiteral("{\"rules\": []}"),
        QByteArray(good).replace("amends-sentence-model 1", "amends-sentence-model 9"),
        QByteArray(good).replace("section:contact", "section:elsewhere"),
        QByteArray(good).replace("thresholds ", "thresholds x"),
        good.left(lastLine + 1) + "u zorblat\t1 2 3\n",        // too few weights
        good.left(lastLine + 1) + "u zorblat\t1 2 3 4 5 6 7 8 9 10 11 12 x\n", // not a number
        good.left(lastLine + 1) + "no tab 1 2 3 4 5 6 7 8 9 10 11 12 13\n",
    };
    for (const QByteArray &bytes : damaged) {
        QString error;
        EXPECT_FALSE(core::SentenceModel::fromWeights(bytes, &error)) << bytes.left(80).toStdString();
        EXPECT_FALSE(error.isEmpty());
    }
}

// A model holds up to maxWeights() non-zero weights: a file with one more is refused
// with a message, one with exactly that many is read.
TEST(SentenceModel_Weights, AModelWithMoreWeightsThanOneHoldsIsRefused)
{
    const QByteArray good = madeUpModel()->weights();
    QByteArray header;
    qsizetype at = 0;
    for (int line = 0; line < 4; ++line)
        at = good.indexOf('\n', at) + 1;
    header = good.left(at);
    const qsizetype full = core::SentenceModel::maxWeights() / core::SentenceModel::kLabelCount;
    const qsizetype rest = core::SentenceModel::maxWeights() % core::SentenceModel::kLabelCount;
    QByteArray lines;
    for (qsizetype f = 0; f < full; ++f)
        lines += "u w" + QByteArray::number(f) + "\t1 1 1 1 1 1 1 1 1 1 1 1 1\n";
    QByteArray last = "u last\t";
    for (int label = 0; label < core::SentenceModel::kLabelCount; ++label)
        last += (label < rest ? "1" : "0") + QByteArray(label + 1 < core::SentenceModel::kLabelCount ? " " : "\n");
    QString error;
    const auto fits = core::SentenceModel::fromWeights(header + lines + last, &error);
    ASSERT_TRUE(fits) << error.toStdString();
    const auto compiled = core::SentenceModel::fromCompiled(fits->compiled(), &error);
    ASSERT_TRUE(compiled) << error.toStdString();
    EXPECT_EQ(compiled->compiled(), fits->compiled());
    EXPECT_FALSE(core::SentenceModel::fromWeights(header + lines + last + "u one more\t0 0 0 0 0 0 0 0 0 0 0 0 1\n", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("more non-zero weights"))) << error.toStdString();
}

TEST(Checker_SentenceModel, JudgesASentenceNoRuleMatches)
{
    const core::Checker checker(englishRules(), madeUpModel());
    const QString text = QStringLiteral("The zorblat muddled your voucher.");
    const QList<core::Finding> findings = findingsOf(checker, text);
    const auto judged = std::find_if(findings.begin(), findings.end(), [](const core::Finding &f) {
        return f.rule == core::StructureRuleId::judged(QStringLiteral("blame-shifting"));
    });
    ASSERT_NE(judged, findings.end());
    EXPECT_EQ(judged->category, QStringLiteral("blame-shifting"));
    EXPECT_EQ(judged->excerpt, text); // the whole sentence, trimmed
    EXPECT_FALSE(judged->message.isEmpty());
    EXPECT_TRUE(judged->explanation.contains(QStringLiteral("we")));
    EXPECT_NE(core::findStructureRule(judged->rule), nullptr); // in the catalogue

    // Rules alone see nothing there, and switching the judged rule off silences it.
    EXPECT_FALSE(hasRule(findingsOf(core::Checker(englishRules(), nullptr), text), judged->rule));
    EXPECT_FALSE(hasRule(findingsOf(checker, text, {judged->rule}), judged->rule));
}

TEST(Checker_SentenceModel, AddsTheSectionsItSees)
{
    const QString text = QStringLiteral("Quibber me about the voucher whenever you like.");
    const auto withModel = core::Checker(englishRules(), madeUpModel()).check(core::subjectFromText(text, QStringLiteral("en-US")));
    const auto rulesAlone = core::Checker(englishRules(), nullptr).check(core::subjectFromText(text, QStringLiteral("en-US")));
    EXPECT_TRUE(withModel.coverage.has(core::Section::Contact));
    EXPECT_FALSE(rulesAlone.coverage.has(core::Section::Contact));
    EXPECT_FALSE(hasRule(withModel.findings, core::StructureRuleId::missingSection(QStringLiteral("contact"))));
    EXPECT_TRUE(hasRule(rulesAlone.findings, core::StructureRuleId::missingSection(QStringLiteral("contact"))));
}

TEST(Checker_SentenceModel, AParagraphItFindsASectionInIsThatSections)
{
    // Given a plain letter whose contact only the model sees (no contact cue), in a
    // paragraph that also has a finding of a rule
    const QString text = QStringLiteral("Dear Ms Reyes,\n\nWe are sorry we charged you twice.\n\n"
                                        "Quibber me about the voucher whenever you like. Please be advised that we are here.\n\n"
                                        "Kind regards,\nSam Ortiz");
    const auto result = core::Checker(englishRules(), madeUpModel()).check(core::subjectFromText(text, QStringLiteral("en-US")));
    ASSERT_TRUE(result.coverage.has(core::Section::Contact));
    // then the paragraph is the letter's contact: the rule's finding is listed under it
    const auto advised = std::find_if(result.findings.begin(), result.findings.end(),
                                      [](const core::Finding &f) { return f.excerpt.contains(QStringLiteral("advised")); });
    ASSERT_NE(advised, result.findings.end());
    EXPECT_EQ(advised->section, core::Section::Contact) << advised->rule.toStdString();
    // and it is checked as the contact part: it names no way to reach us
    const auto channel = std::find_if(result.findings.begin(), result.findings.end(), [](const core::Finding &f) {
        return f.rule == core::StructureRuleId::contactWithoutChannel;
    });
    ASSERT_NE(channel, result.findings.end());
    EXPECT_EQ(channel->section, core::Section::Contact);
}

// Where a rule found the problem, it says it better (exact words, a fix): the model does
// not say it again.
TEST(Checker_SentenceModel, LeavesToARuleWhatItFound)
{
    const core::Checker checker(englishRules());
    const QStringList texts = {
        QStringLiteral("The courier company is probably sitting on your refund, so please chase them."),
        QStringLiteral("It is not our policy to refund partial months, as you were told."),
        QStringLiteral("Card networks frequently show a pending amount twice."),
        QStringLiteral("The money appears to have been debited on two occasions."),
    };
    for (const QString &text : texts) {
        const QList<core::Finding> findings = findingsOf(checker, text);
        for (const core::Finding &judged : findings) {
            if (!core::StructureRuleId::isJudged(judged.rule))
                continue;
            for (const core::Finding &ruled : findings) {
                EXPECT_FALSE(ruled.category == judged.category && !core::StructureRuleId::isJudged(ruled.rule)
                             && ruled.start < judged.end && judged.start < ruled.end)
                    << text.toStdString() << ": " << judged.rule.toStdString() << " beside " << ruled.rule.toStdString();
            }
        }
    }
}

// The shipped model, read from the program's resources, does its part: on the corpus it
// was trained from it finds most of what the rules miss, without marking sound sentences.
// (How it does on texts it never saw is what bench_judgement measures.)
TEST(Checker_SentenceModel, TheShippedModelFindsWhatTheRulesMissInItsCorpus)
{
    QList<core::LabelledText> corpus = core::readLabelledCorpus(test::sourcePath(QStringLiteral("resources/judgement/en")));
    corpus.removeIf([](const core::LabelledText &text) { return text.letter; });
    ASSERT_GT(corpus.size(), 1000);
    const core::Checker withModel(englishRules());
    const core::Checker rulesAlone(englishRules(), nullptr);
    int labelled = 0;
    int foundWithModel = 0;
    int foundByRules = 0;
    int judged = 0;
    int judgedRight = 0;
    for (const core::LabelledText &text : corpus) {
        const QList<core::Finding> model = findingsOf(withModel, text.text);
        const QList<core::Finding> rules = findingsOf(rulesAlone, text.text);
        const auto finds = [](const QList<core::Finding> &findings, const core::LabelledText::Problem &problem) {
            return std::any_of(findings.begin(), findings.end(), [&](const core::Finding &f) {
                return f.category == problem.category && f.start < problem.span.end && problem.span.start < f.end;
            });
        };
        for (const core::LabelledText::Problem &problem : text.problems) {
            ++labelled;
            foundWithModel += finds(model, problem) ? 1 : 0;
            foundByRules += finds(rules, problem) ? 1 : 0;
        }
        for (const core::Finding &finding : model) {
            if (!core::StructureRuleId::isJudged(finding.rule))
                continue;
            ++judged;
            judgedRight += std::any_of(text.problems.begin(), text.problems.end(), [&](const core::LabelledText::Problem &p) {
                return p.category == finding.category;
            }) ? 1 : 0;
        }
    }
    ASSERT_GT(labelled, 1000);
    EXPECT_GE(foundWithModel * 100, 90 * labelled) << foundWithModel << " of " << labelled;
    EXPECT_GE((foundWithModel - foundByRules) * 100, 10 * labelled) << foundByRules << " by rules alone";
    EXPECT_GE(judgedRight * 100, 85 * judged) << judgedRight << " of " << judged;
}

TEST(SentenceModel_Words, ScoresTheSameWithTheTextsWordsWorkedOutOnce)
{
    const auto model = core::SentenceModel::builtIn(QStringLiteral("en"));
    ASSERT_TRUE(model);
    // Repeated words, a contraction with two readings, numbers and a stemmed word
    const core::TextScan scan(QStringLiteral("You'd been charged twice, on 12 March and 13 March. We charged you twice "
                                             "and we are charging nothing more. Charges of 59.90 were refunded."),
                              englishRules()->scanRules());
    const QStringList words = model->formWords(scan);
    ASSERT_EQ(words.size(), scan.forms().size());
    EXPECT_LT(scan.forms().size(), scan.tokens().size());
    EXPECT_TRUE(words.contains(QStringLiteral("<num>")));
    for (int s = 0; s < scan.sentences().size(); ++s)
        EXPECT_EQ(model->scores(scan, s, &words), model->scores(scan, s)) << s;
}

TEST(SentenceModel_Compiled, ScoresAsTheWeightsItWasCompiledFrom)
{
    QString error;
    const auto fromText = core::SentenceModel::fromWeights(shippedWeights(), &error);
    ASSERT_TRUE(fromText) << error.toStdString();
    const QByteArray compiled = fromText->compiled();
    const auto fromCompiled = core::SentenceModel::fromCompiled(compiled, &error);
    ASSERT_TRUE(fromCompiled) << error.toStdString();
    EXPECT_EQ(fromCompiled->compiled(), compiled);
    EXPECT_EQ(fromCompiled->language(), QStringLiteral("en"));
    const core::TextScan scan(QStringLiteral("The courier company is probably sitting on your refund. "
                                             "I am sorry we charged you twice! Reply to this email and it comes to me. "
                                             "Per our terms, the batch job reconciled your ledger."),
                              englishRules()->scanRules());
    for (int s = 0; s < scan.sentences().size(); ++s) {
        EXPECT_EQ(fromCompiled->scores(scan, s), fromText->scores(scan, s)) << s;
        EXPECT_EQ(core::SentenceModel::builtIn(QStringLiteral("en"))->scores(scan, s), fromText->scores(scan, s)) << s;
    }
    for (int label = 0; label < core::SentenceModel::kLabelCount; ++label)
        EXPECT_EQ(fromCompiled->threshold(label), fromText->threshold(label));
    // The program carries the compiled form, uncompressed, for builtIn() to use in place.
    const QResource embedded(QStringLiteral(":/compiled-model/en.model"));
    ASSERT_TRUE(embedded.isValid());
    EXPECT_EQ(embedded.compressionAlgorithm(), QResource::NoCompression);
    EXPECT_EQ(QByteArray(reinterpret_cast<const char *>(embedded.data()), embedded.size()), compiled);
}

TEST(SentenceModel_Compiled, DamagedFormsAreRefused)
{
    const QByteArray good = madeUpModel()->compiled();
    ASSERT_TRUE(core::SentenceModel::fromCompiled(good, nullptr));
    // A record a feature: its hash (8 bytes), then where its weights start (above the
    // low 13 bits) and the labels it weighs (those 13 bits).
    const qsizetype first = 4 + 4 + 4 + 4 + 8 + 8 * core::SentenceModel::kLabelCount + 2;
    constexpr qsizetype kRecord = 12;
    QByteArray unsorted = good; // the first two hashes swapped: the search would miss features
    unsorted.replace(first, 8, good.mid(first + kRecord, 8));
    unsorted.replace(first + kRecord, 8, good.mid(first, 8));
    const quint32 place = qFromLittleEndian<quint32>(good.constData() + first + 8);
    ASSERT_NE(place & 0x1fff, 0x1fffu);
    QByteArray moreLabels = good; // more labels than there are weights before the next
    qToLittleEndian(quint32(place | 0x1fff), moreLabels.data() + first + 8);
    QByteArray wrongStart = good; // the second feature's weights said to start past the first's end
    const quint32 second = qFromLittleEndian<quint32>(good.constData() + first + kRecord + 8);
    qToLittleEndian(quint32(second + (1u << 13)), wrongStart.data() + first + kRecord + 8);
    const QList<QByteArray> damaged = {
        QByteArray(), good.left(10), good.left(good.size() - 1), good + 'x',
        QByteArray(good).replace(0, 4, "XXXX"), QByteArray(good).replace(4, 1, "\x09"), unsorted, moreLabels, wrongStart,
    };
    for (const QByteArray &bytes : damaged) {
        QString error;
        EXPECT_FALSE(core::SentenceModel::fromCompiled(bytes, &error)) << bytes.size();
        EXPECT_FALSE(error.isEmpty());
    }
}

// The catalogue's bad example of each judged rule is judged to have its problem by the
// shipped model (no rule catches it), and its good example is left alone.
TEST(Checker_SentenceModel, EachJudgedRuleShowsItsExamples)
{
    const core::Checker checker(englishRules());
    for (const QString &category : core::SentenceModel::categories()) {
        const core::StructureRule *rule = core::findStructureRule(core::StructureRuleId::judged(category));
        ASSERT_NE(rule, nullptr) << category.toStdString();
        const QList<core::Finding> bad = findingsOf(checker, rule->bad);
        EXPECT_TRUE(hasRule(bad, rule->id)) << rule->bad.toStdString();
        for (const core::Finding &finding : findingsOf(checker, rule->good))
            EXPECT_NE(finding.category, category) << rule->good.toStdString() << ": " << finding.rule.toStdString();
    }
}
