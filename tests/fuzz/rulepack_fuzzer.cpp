// The rule-pack reader: any bytes given as a house pack are read into a rule set or
// refused with messages; whatever rules compile then check a letter without fault.

#include "fuzzsupport.h"

#include "core/checker.h"
#include "core/ruleset.h"

#include <QDir>

using namespace amends;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // No built-in packs (an empty root): the reader sees only the fuzzed pack, and a
    // pack is read as a user's house pack is, from a file.
    static const QString root = fuzz::scratchFolder() + QStringLiteral("/rules");
    static const bool made = QDir().mkpath(root);
    static const QString path = fuzz::scratchFolder() + QStringLiteral("/house.json");
    if (!made)
        fuzz::fail("the rules folder can be made", root);
    fuzz::writeScratch(path, fuzz::bytes(data, size));

    const std::shared_ptr<const core::RuleSet> rules = core::RuleSet::load(QStringLiteral("en"), {path}, root);
    if (!rules)
        fuzz::fail("a rule set is always returned");
    if (rules->rules().isEmpty())
        return 0;
    const core::Checker checker(rules);
    static const QString letter = QStringLiteral(
        "Dear Ms Rivera,\n\nWe are sorry that we charged you twice for invoice INV-2207. The mistake was ours: "
        "our billing system didn't stop a second charge. We have refunded $59.90 on 12 March 2026.\n\n"
        "Kind regards,\nSam Ortiz");
    const core::CheckResult result = checker.check(core::subjectFromText(letter, QStringLiteral("en-US")));
    for (const core::Finding &finding : result.findings) {
        if (finding.start < 0 || finding.start > finding.end || finding.end > letter.size())
            fuzz::fail("every finding lies inside the text", finding.rule);
    }
    return 0;
}
