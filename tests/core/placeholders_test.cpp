#include "core/composer.h"
#include "core/placeholders.h"

#include "testsupport.h"

using namespace amends;

namespace {
core::FieldResolver mapResolver(const QHash<QString, QString> &values)
{
    return [values](QStringView key) -> std::optional<QString> {
        const auto it = values.constFind(key.toString());
        if (it == values.constEnd())
            return std::nullopt;
        return *it;
    };
}
} // namespace

TEST(Placeholders_Substitute, ReplacesKnownKeysAndKeepsTheRest)
{
    const auto runs = core::substitutePlaceholders(u"Dear {customer.name}, re {invoice.number}.",
                                                   mapResolver({{QStringLiteral("customer.name"), QStringLiteral("Ana")},
                                                                {QStringLiteral("invoice.number"), QStringLiteral("7")}}));
    EXPECT_EQ(core::joinRuns(runs), QStringLiteral("Dear Ana, re 7."));
}

TEST(Placeholders_Substitute, NeverRescansASubstitutedValue)
{
    const auto runs = core::substitutePlaceholders(u"Hello {customer.name}",
        mapResolver({{QStringLiteral("customer.name"), QStringLiteral("{customer.email}")},
                     {QStringLiteral("customer.email"), QStringLiteral("secret@example.com")}}));
    EXPECT_EQ(core::joinRuns(runs), QStringLiteral("Hello {customer.email}"));
    EXPECT_EQ(runs.last().kind, core::TextRun::Kind::Value);
}

TEST(Placeholders_Substitute, ReportsUnknownKeysAndLeavesThemVisible)
{
    const auto runs = core::substitutePlaceholders(u"Hi {customer.nmae}!", mapResolver({}));
    EXPECT_EQ(core::joinRuns(runs), QStringLiteral("Hi {customer.nmae}!"));
    EXPECT_EQ(core::placeholderKeys(runs, core::TextRun::Kind::Unknown), QStringList{QStringLiteral("customer.nmae")});
}

TEST(Placeholders_Substitute, KeepsEmptyKnownFieldsVisibleAsUnfilled)
{
    const auto runs = core::substitutePlaceholders(u"Invoice {invoice.number}",
                                                   mapResolver({{QStringLiteral("invoice.number"), QString()}}));
    EXPECT_EQ(core::joinRuns(runs), QStringLiteral("Invoice {invoice.number}"));
    EXPECT_EQ(core::placeholderKeys(runs, core::TextRun::Kind::Unfilled), QStringList{QStringLiteral("invoice.number")});
}

TEST(Placeholders_Substitute, IgnoresBracesThatAreNotPlaceholders)
{
    const auto runs = core::substitutePlaceholders(u"a { b } {} {x y} {{", mapResolver({}));
    EXPECT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.first().kind, core::TextRun::Kind::Literal);
}

TEST(Placeholders_Html, EscapesScriptAndAmpersandInValues)
{
    core::Draft draft = test::sampleDraft();
    draft.customer.name = QStringLiteral("<script>alert(1)</script> & Sons");
    draft.customer.salutation.clear();
    const QString html = core::renderHtml(core::composeLetter(draft));
    EXPECT_FALSE(html.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons")));
}

TEST(Placeholders_Html, EscapesTemplateTextToo)
{
    core::Draft draft = test::sampleDraft();
    draft.setSection(core::Section::Regret, QStringLiteral("<b>sorry</b> & {customer.name}"));
    const QString html = core::renderHtml(core::composeLetter(draft));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;sorry&lt;/b&gt; &amp; Zoë")));
}

TEST(Placeholders_In, ListsEveryWrittenKey)
{
    EXPECT_EQ(core::placeholdersIn(u"{a.b} and {c} and {a.b}"), (QStringList{QStringLiteral("a.b"), QStringLiteral("c")}));
}
