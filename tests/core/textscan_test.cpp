#include "core/textscan.h"

#include "testsupport.h"

using namespace amends;

namespace {

QStringList sentencesOf(const QString &text)
{
    core::ScanRules rules;
    rules.abbreviations.insert(QStringLiteral("mr"));
    const core::TextScan scan(text, rules);
    QStringList sentences;
    for (const core::Span &span : scan.sentences())
        sentences.append(text.mid(span.start, span.end - span.start).trimmed());
    return sentences;
}

} // namespace

TEST(TextScan_Sentences, EndAtPunctuationFollowedBySpaceOnly)
{
    EXPECT_EQ(sentencesOf(QStringLiteral("We are sorry!!! It was our error?! Mr. Lee will call. The fee was 59.90 and e.g.x stays.")),
              (QStringList{QStringLiteral("We are sorry!!!"), QStringLiteral("It was our error?!"), QStringLiteral("Mr. Lee will call."),
                           QStringLiteral("The fee was 59.90 and e.g.x stays.")}));
    EXPECT_EQ(sentencesOf(QStringLiteral("Wow!!!!!!!!x and ....y end here. \"Quoted.\" (Aside.) Done")),
              (QStringList{QStringLiteral("Wow!!!!!!!!x and ....y end here."), QStringLiteral("\"Quoted.\""),
                           QStringLiteral("(Aside.)"), QStringLiteral("Done")}));
}

TEST(TextScan_Text, SharesTheCheckedTextRatherThanCopyingIt)
{
    // A letter can be megabytes long: scanning it reads the caller's text in place.
    const QString text = QStringLiteral("We are sorry. It was our error.\n\nSam Lee will call you on Monday.\n");
    const core::TextScan scan(text, core::ScanRules{});
    EXPECT_EQ(scan.sentences().size(), 3);
    EXPECT_EQ(scan.text().constData(), text.constData());
}

TEST(TextScan_Paragraphs, StartAtTheirFirstWordNotOnTheBlankLinesBeforeIt)
{
    // (A finding about a whole paragraph is shown where it starts: on its first line.)
    const QString text = QStringLiteral("Dear Ms Lee,\n\n  \n   We are sorry.\nIt was our error.\n\n\nSam\n");
    const core::TextScan scan(text, core::ScanRules{});
    ASSERT_EQ(scan.paragraphs().size(), 3);
    QStringList paragraphs;
    for (const core::Span &span : scan.paragraphs())
        paragraphs.append(text.mid(span.start, span.end - span.start));
    EXPECT_EQ(paragraphs, (QStringList{QStringLiteral("Dear Ms Lee,"), QStringLiteral("We are sorry.\nIt was our error."), QStringLiteral("Sam")}));
    EXPECT_EQ(scan.paragraphAt(text.indexOf(u'W')), 1);
    EXPECT_EQ(scan.paragraphAt(text.indexOf(u'W') - 2), 1) << "its indent leads into it";
    EXPECT_EQ(scan.paragraphAt(text.indexOf(u',') + 1), 1) << "and so do the blank lines before it";
    EXPECT_EQ(scan.paragraphAt(text.indexOf(u',')), 0);
}

TEST(TextScan_Sentences, AMegabyteOfPunctuationRunsIsOneSentencePerRunAndWord)
{
    // given a megabyte of long runs of "!" and "." each followed by a letter (once
    // scanned in time growing with the square of a run's length)
    const QString text = QString(500000, u'!') + QStringLiteral("x ") + QString(500000, u'.') + QStringLiteral("y ");
    // when it is scanned
    const core::TextScan scan(text, core::ScanRules());
    // then no run ends a sentence, and every word is found
    EXPECT_EQ(scan.sentences().size(), 1);
    EXPECT_EQ(scan.wordCount(), text.count(u' '));
}
