#include "core/wordtokenizer.h"

#include "testsupport.h"

using namespace amends;

namespace {

// Each token as its text; a compound as "whole[part|part]".
QStringList wordsOf(const QString &text)
{
    QStringList words;
    for (const core::WordToken &token : core::WordTokenizer::tokenize(text)) {
        QString word = text.mid(token.span.start, token.span.length());
        if (!token.parts.isEmpty()) {
            QStringList parts;
            for (const core::Span &part : token.parts)
                parts.append(text.mid(part.start, part.length()));
            word += QLatin1Char('[') + parts.join(QLatin1Char('|')) + QLatin1Char(']');
        }
        words.append(word);
    }
    return words;
}

struct TokenCase {
    const char *name;
    const char16_t *text;
    QStringList expected;
};

void PrintTo(const TokenCase &c, std::ostream *os)
{
    *os << c.name;
}

class WordTokenizerCases : public ::testing::TestWithParam<TokenCase>
{
};

QStringList list(std::initializer_list<const char16_t *> words)
{
    QStringList result;
    for (const char16_t *word : words)
        result.append(QString::fromUtf16(word));
    return result;
}

} // namespace

TEST_P(WordTokenizerCases, FindsExactlyTheWordsToCheck)
{
    // given a text
    const TokenCase &c = GetParam();
    // when it is tokenised
    const QStringList words = wordsOf(QString::fromUtf16(c.text));
    // then exactly the expected words come out, in order
    EXPECT_EQ(words, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    WordTokenizer, WordTokenizerCases,
    ::testing::Values(
        TokenCase{"StraightAndCurlyApostrophesInsideWords", u"We're sorry you couldn’t pay.",
                  list({u"We're", u"sorry", u"you", u"couldn’t", u"pay"})},
        TokenCase{"TrailingApostrophesAndQuotesAreNotPartOfWords", u"the customers' ‘own’ accounts",
                  list({u"the", u"customers", u"own", u"accounts"})},
        TokenCase{"HyphenatedWordsAreOneTokenWithParts", u"a well-known re‐issue",
                  list({u"a", u"well-known[well|known]", u"re‐issue[re|issue]"})},
        TokenCase{"DanglingHyphensAndDashesSeparate", u"pre- and post-payment, sorry—truly",
                  list({u"pre", u"and", u"post-payment[post|payment]", u"sorry", u"truly"})},
        TokenCase{"NumbersAmountsDatesAndCodesAreSkipped",
                  u"Invoice INV-1001 for $120.00 (1,234.50) on 2026-11-20, ref CASE-2026-0042/7 and Q4's 3rd 5pm A4",
                  list({u"Invoice", u"for", u"on", u"ref", u"and"})},
        TokenCase{"PhoneNumbersAndTimesAreSkipped", u"Call +44 20 7946 0958 at 10:30 or #42.",
                  list({u"Call", u"at", u"or"})},
        TokenCase{"EmailAddressesAreSkipped", u"Write to jane.doe+billing@example.co.uk, or (zoe@example.org).",
                  list({u"Write", u"to", u"or"})},
        TokenCase{"UrlsAndDomainNamesAreSkipped",
                  u"See https://example.com/billing?id=7, www.exmaple.org/paeg, mailto:x@y.z and exmaple.com today.",
                  list({u"See", u"and", u"today"})},
        TokenCase{"AMissingSpaceAfterAFullStopIsStillChecked", u"the end.Wrng and ok.it",
                  list({u"the", u"end", u"Wrng", u"and", u"ok", u"it"})},
        TokenCase{"PlaceholdersAreSkipped", u"Dear {customer.name}, your {custmer.nam}'s {invoice.number}.",
                  list({u"Dear", u"your"})},
        TokenCase{"DotsColonsAndUnderscoresSplitAsHunspellDoes", u"e.g. U.S.A. snake_case _wrng_ a:b",
                  list({u"e", u"g", u"U", u"S", u"A", u"snake", u"case", u"wrng", u"a", u"b"})},
        TokenCase{"NonAsciiLettersAndCombiningMarksStayInWords", u"Zoë Müller-Łukasik naïve cafe\u0301 straße",
                  list({u"Zoë", u"Müller-Łukasik[Müller|Łukasik]", u"naïve", u"cafe\u0301", u"straße"})},
        TokenCase{"MarkupYieldsOnlyPlainWords", u"<?xml?><query type=\"analyze\"><word>dogs</word></query>",
                  list({u"xml", u"query", u"type", u"analyze", u"word", u"dogs", u"word", u"query"})},
        TokenCase{"OverLongTokensAreSkipped",
                  u"ok aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa fine",
                  list({u"ok", u"fine"})},
        TokenCase{"EmptyAndBlankTextHaveNoWords", u" \n\t ", QStringList()}),
    [](const ::testing::TestParamInfo<TokenCase> &info) { return std::string(info.param.name); });

TEST(WordTokenizer_Spans, AreUtf16OffsetsIntoTheText)
{
    // given a text with a character outside the BMP before the words
    const QString text = QStringLiteral("\U0001F600 sorry, well-known");
    // when it is tokenised
    const QList<core::WordToken> tokens = core::WordTokenizer::tokenize(text);
    // then the spans index the QString
    ASSERT_EQ(tokens.size(), 2);
    EXPECT_EQ(tokens[0].span, (core::Span{3, 8}));
    EXPECT_EQ(tokens[1].span, (core::Span{10, 20}));
    EXPECT_EQ(tokens[1].parts, (QList<core::Span>{{10, 14}, {15, 20}}));
}

TEST(WordTokenizer_LongText, FindsEveryWordAcrossItsScanningWindows)
{
    // given a text far longer than one scanning window, with no line breaks
    QString text;
    const int count = 20000;
    for (int i = 0; i < count; ++i)
        text += (i % 3 == 0 ? QStringLiteral("refund-request ") : QStringLiteral("apology "));
    // when it is tokenised
    const QList<core::WordToken> tokens = core::WordTokenizer::tokenize(text);
    // then no word is lost or split at a window's edge
    ASSERT_EQ(tokens.size(), count);
    for (const core::WordToken &token : tokens) {
        const QString word = text.mid(token.span.start, token.span.length());
        ASSERT_TRUE(word == QLatin1String("apology") || word == QLatin1String("refund-request")) << word.toStdString();
    }
}

TEST(WordTokenizer_Streaming, NextReturnsTheSameTokensAsTokenize)
{
    // given a tokenizer over a sentence
    const QString text = QStringLiteral("Sorry about invoice INV-9, truly.");
    core::WordTokenizer tokenizer(text);
    // when the tokens are pulled one by one
    QList<core::WordToken> pulled;
    while (std::optional<core::WordToken> token = tokenizer.next())
        pulled.append(*token);
    // then they match the whole list, and the end stays the end
    EXPECT_EQ(pulled, core::WordTokenizer::tokenize(text));
    EXPECT_FALSE(tokenizer.next().has_value());
}
