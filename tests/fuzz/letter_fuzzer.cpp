// Plain-text letters: decoding the bytes as a letter file is read, splitting the text
// into paragraphs for import, and checking it. Every finding lies inside the text and
// findings come in text order.

#include "fuzzsupport.h"

#include "core/checker.h"
#include "core/plaintextletter.h"
#include "core/ruleset.h"
#include "core/textfile.h"

using namespace amends;

namespace {

const core::Checker &checker()
{
    static const core::Checker instance(core::RuleSet::load(QStringLiteral("en")));
    return instance;
}

void checkFindings(const QString &text, const core::CheckResult &result)
{
    qsizetype previous = 0;
    for (const core::Finding &finding : result.findings) {
        const QString where = finding.rule + QStringLiteral(" at %1-%2 of %3").arg(finding.start).arg(finding.end).arg(text.size());
        if (finding.start < 0 || finding.start > finding.end || finding.end > text.size())
            fuzz::fail("every finding lies inside the text", where);
        if (finding.start < previous)
            fuzz::fail("findings come in text order", where);
        previous = finding.start;
        if (finding.rule.isEmpty() || !core::findingCategories().contains(finding.category))
            fuzz::fail("every finding has a rule and a known category", where + QLatin1Char(' ') + finding.category);
    }
}

} // namespace

// The English rules are compiled once, before the first input is timed.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (!checker().rules().errors().isEmpty())
        fuzz::fail("the English rules load", checker().rules().errors().join(QLatin1Char('\n')));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QString> text = core::TextFile::decode(fuzz::bytes(data, size));
    if (!text)
        return 0;
    const core::RuleSet &rules = checker().rules();
    const QList<core::LetterParagraph> paragraphs = core::splitPlainTextLetter(*text, rules);
    for (const core::LetterParagraph &paragraph : paragraphs) {
        if (!text->contains(paragraph.text.trimmed()))
            fuzz::fail("an imported paragraph is text of the letter", paragraph.text);
    }
    const core::Draft draft = core::draftFromParagraphs(paragraphs, QStringLiteral("en-US"));
    const core::CheckSubject subject = core::subjectFromText(*text, QStringLiteral("en-US"));
    checkFindings(subject.text, checker().check(subject));
    checkFindings(core::subjectFromDraft(draft).text, checker().check(core::subjectFromDraft(draft)));
    return 0;
}
