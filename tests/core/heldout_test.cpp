// Held-out sentences: written after the English rule packs and worded differently from
// the rules' own examples, so they show whether the packs generalise. Each sentence must
// produce a finding of its category from a rule pack, or no pack finding at all.
// Structure checks (missing sections, length…) are ignored: a lone sentence always
// misses most sections.

#include "core/checker.h"
#include "core/ruleset.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <string>
#include <vector>

using namespace amends;

namespace {

struct HeldOutCase {
    QString text;
    QString category; ///< Empty: the sentence must trigger no pack rule.
};

std::shared_ptr<const core::RuleSet> englishRules()
{
    static const auto rules = core::RuleSet::load(QStringLiteral("en"));
    return rules;
}

std::vector<HeldOutCase> heldOutCases()
{
    std::vector<HeldOutCase> cases;
    QFile file(test::dataPath(QStringLiteral("rules/heldout-en.json")));
    if (!file.open(QIODevice::ReadOnly))
        return cases;
    const QJsonArray sentences = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("sentences")).toArray();
    for (const QJsonValue &value : sentences) {
        const QJsonObject object = value.toObject();
        cases.push_back({object.value(QStringLiteral("text")).toString(), object.value(QStringLiteral("category")).toString()});
    }
    return cases;
}

// Findings of rule-pack rules only, described as "rule [words]".
QList<core::Finding> packFindings(const QString &text)
{
    const core::Checker checker(englishRules());
    QList<core::Finding> findings;
    for (const core::Finding &finding : checker.check(core::subjectFromText(text, QStringLiteral("en-US"))).findings) {
        if (checker.rules().rule(finding.rule) != nullptr)
            findings.append(finding);
    }
    return findings;
}

std::string describe(const QList<core::Finding> &findings)
{
    QStringList described;
    for (const core::Finding &finding : findings)
        described.append(finding.rule + QStringLiteral(" [") + finding.excerpt + u']');
    return described.isEmpty() ? std::string("nothing") : described.join(QStringLiteral(", ")).toStdString();
}

} // namespace

TEST(RuleSet_HeldOutData, HasEnoughSentencesOfEveryKind)
{
    const std::vector<HeldOutCase> cases = heldOutCases();
    QSet<QString> categories;
    int clean = 0;
    for (const HeldOutCase &heldOut : cases) {
        if (heldOut.category.isEmpty()) {
            ++clean;
            continue;
        }
        EXPECT_TRUE(core::findingCategories().contains(heldOut.category)) << heldOut.category.toStdString();
        categories.insert(heldOut.category);
    }
    EXPECT_GE(static_cast<int>(cases.size()) - clean, 40);
    EXPECT_GE(clean, 20);
    for (const char *category : {"blame-shifting", "non-apology", "defensive", "passive-evasion", "jargon", "cliche", "tone", "placeholder"})
        EXPECT_TRUE(categories.contains(QString::fromLatin1(category))) << category;
}

// One test over all sentences (not a parameterised suite, whose "English/" prefix would
// fall outside a "RuleSet*" filter); each failure names its sentence.
TEST(RuleSet_HeldOut, EverySentenceTriggersItsCategoryOrNothing)
{
    for (const HeldOutCase &heldOut : heldOutCases()) {
        const QList<core::Finding> findings = packFindings(heldOut.text);
        if (heldOut.category.isEmpty()) {
            EXPECT_TRUE(findings.isEmpty()) << heldOut.text.toStdString() << "\n  fired: " << describe(findings);
            continue;
        }
        const bool fired = std::any_of(findings.begin(), findings.end(),
                                       [&heldOut](const core::Finding &finding) { return finding.category == heldOut.category; });
        EXPECT_TRUE(fired) << heldOut.text.toStdString() << "\n  expected " << heldOut.category.toStdString()
                           << ", fired: " << describe(findings);
    }
}
