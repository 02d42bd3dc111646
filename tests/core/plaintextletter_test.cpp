#include "core/plaintextletter.h"
#include "core/ruleset.h"

#include "testsupport.h"

#include <QFile>

using namespace amends;
using Role = core::LetterParagraph::Role;

namespace {

QString letter(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("letters/") + name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

const core::RuleSet &rules()
{
    static const auto set = core::RuleSet::load(QStringLiteral("en"));
    return *set;
}

} // namespace

TEST(PlainTextLetter_Split, FindsGreetingSectionsClosingAndSignature)
{
    const QList<core::LetterParagraph> paragraphs = core::splitPlainTextLetter(letter(QStringLiteral("processor-blame.txt")), rules());
    ASSERT_EQ(paragraphs.size(), 8);
    EXPECT_EQ(paragraphs[0].role, Role::Greeting);
    EXPECT_EQ(paragraphs[0].text, QStringLiteral("Dear Mr Okafor,"));
    EXPECT_EQ(paragraphs[1].section, core::Section::Regret);
    EXPECT_EQ(paragraphs[2].section, core::Section::Explanation);
    EXPECT_EQ(paragraphs[3].section, core::Section::Remedy);
    EXPECT_EQ(paragraphs[4].section, core::Section::Improvement);
    EXPECT_EQ(paragraphs[5].section, core::Section::Contact);
    EXPECT_EQ(paragraphs[6].role, Role::Closing);
    EXPECT_EQ(paragraphs[7].role, Role::Signature);
}

TEST(PlainTextLetter_Draft, KeepsEveryBodyParagraphInItsSection)
{
    const QString text = letter(QStringLiteral("conditional-apology.txt"));
    const core::Draft draft = core::draftFromParagraphs(core::splitPlainTextLetter(text, rules()), QStringLiteral("en-GB"));
    EXPECT_EQ(draft.salutation, QStringLiteral("Dear Ms Lindqvist,"));
    EXPECT_EQ(draft.closing, QStringLiteral("Kind regards,"));
    EXPECT_EQ(draft.sender.name, QStringLiteral("Tom Fletcher"));
    EXPECT_EQ(draft.language, QStringLiteral("en-GB"));
    EXPECT_TRUE(draft.section(core::Section::Remedy).contains(QStringLiteral("We have removed the fee of $15.00")));
    EXPECT_TRUE(draft.section(core::Section::Improvement).startsWith(QStringLiteral("From now on")));
    EXPECT_TRUE(draft.section(core::Section::Contact).contains(QStringLiteral("tom.fletcher@example.com")));
    // Nothing of the body is lost.
    QString all;
    for (core::Section section : core::kSections)
        all += draft.section(section);
    EXPECT_TRUE(all.contains(QStringLiteral("We are sorry if you feel")));
}

TEST(PlainTextLetter_Move, AParagraphMovedByTheWriterLandsInItsNewSection)
{
    QList<core::LetterParagraph> paragraphs = core::splitPlainTextLetter(letter(QStringLiteral("processor-blame.txt")), rules());
    paragraphs[4].section = core::Section::Remedy; // the writer reassigns "We now check…"
    const core::Draft draft = core::draftFromParagraphs(paragraphs, QStringLiteral("en-US"));
    EXPECT_TRUE(draft.section(core::Section::Improvement).isEmpty());
    EXPECT_TRUE(draft.section(core::Section::Remedy).endsWith(QStringLiteral("We now check every payment request before it goes out.")));
}
