#include "spellingtestsupport.h"

#include "core/acceptedwords.h"
#include "core/cachingspeller.h"
#include "core/sharedsuggestions.h"
#include "core/spellcheck.h"

#include <QSet>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace amends;

namespace {

// A speller that knows a fixed list and counts how often it is asked.
class CountingSpeller : public core::Speller
{
public:
    explicit CountingSpeller(QSet<QString> known)
        : m_known(std::move(known))
    {
    }
    QString language() const override { return QStringLiteral("en-US"); }
    bool isCorrect(const QString &word) override
    {
        ++checks;
        return m_known.contains(word);
    }
    QStringList suggestions(const QString &word, int max) override
    {
        ++suggestionCalls;
        if (slowSuggestions) // as Hunspell is: long enough for another thread to ask meanwhile
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return QStringList{word + QLatin1String("1"), word + QLatin1String("2"), word + QLatin1String("3")}.mid(0, max);
    }
    int checks = 0;
    std::atomic<int> suggestionCalls = 0;
    bool slowSuggestions = false;

private:
    QSet<QString> m_known;
};

QStringList excerpts(QStringView text, const QList<core::Span> &spans)
{
    QStringList words;
    for (const core::Span &span : spans)
        words.append(text.mid(span.start, span.length()).toString());
    return words;
}

} // namespace

TEST(CachingSpeller_RepeatedWords, AskTheDictionaryOncePerWord)
{
    // given a cache over a counting speller
    auto inner = std::make_unique<CountingSpeller>(QSet<QString>{QStringLiteral("sorry")});
    CountingSpeller *counter = inner.get();
    core::CachingSpeller speller(std::move(inner));
    // when the same words are checked many times
    for (int i = 0; i < 100; ++i) {
        EXPECT_TRUE(speller.isCorrect(QStringLiteral("sorry")));
        EXPECT_FALSE(speller.isCorrect(QStringLiteral("sorri")));
    }
    // then the dictionary was asked once per word
    EXPECT_EQ(counter->checks, 2);
    EXPECT_EQ(speller.cachedWords(), 2);
}

TEST(CachingSpeller_RawDataKeys, StayValidAfterTheirBufferChanges)
{
    // given a word checked through a raw-data string over a buffer
    auto inner = std::make_unique<CountingSpeller>(QSet<QString>{QStringLiteral("sorry")});
    core::CachingSpeller speller(std::move(inner));
    QChar buffer[] = {u's', u'o', u'r', u'r', u'y'};
    EXPECT_TRUE(speller.isCorrect(QString::fromRawData(buffer, 5)));
    // when the buffer is overwritten
    buffer[0] = u'w';
    // then the cache still answers for "sorry", and "worry" is a separate word
    EXPECT_TRUE(speller.isCorrect(QStringLiteral("sorry")));
    EXPECT_FALSE(speller.isCorrect(QStringLiteral("worry")));
}

TEST(CachingSpeller_Capacity, BoundsTheCache)
{
    // given a cache for ten words
    core::CachingSpeller speller(std::make_unique<CountingSpeller>(QSet<QString>{}), 10);
    // when many different words are checked
    for (int i = 0; i < 1000; ++i)
        speller.isCorrect(QStringLiteral("w%1").arg(i));
    // then it never holds more than ten
    EXPECT_LE(speller.cachedWords(), 10);
}

TEST(CachingSpeller_Suggestions, AreCachedUnlessMoreAreAskedFor)
{
    // given a cache over a counting speller
    auto inner = std::make_unique<CountingSpeller>(QSet<QString>{});
    CountingSpeller *counter = inner.get();
    core::CachingSpeller speller(std::move(inner));
    // when suggestions are asked for twice, then for more
    EXPECT_EQ(speller.suggestions(QStringLiteral("teh"), 2).size(), 2);
    EXPECT_EQ(speller.suggestions(QStringLiteral("teh"), 1).size(), 1);
    EXPECT_EQ(counter->suggestionCalls, 1);
    EXPECT_EQ(speller.suggestions(QStringLiteral("teh"), 3).size(), 3);
    // then only the larger request went to the dictionary again
    EXPECT_EQ(counter->suggestionCalls, 2);
    EXPECT_TRUE(speller.suggestions(QStringLiteral("teh"), 0).isEmpty());
}

TEST(CachingSpeller_Threads, OneSpellerServesTheEditorsAndABackgroundCheckAtOnce)
{
    // Given a speller with a small cache, so that it is emptied again and again
    QSet<QString> known;
    for (int i = 0; i < 100; i += 2)
        known.insert(QStringLiteral("w%1").arg(i));
    core::CachingSpeller speller(std::make_unique<CountingSpeller>(known), 10);
    // When four threads ask it about words and corrections at the same time
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&speller, &wrong, t] {
            for (int i = 0; i < 20000; ++i) {
                const int n = (i * 7 + t) % 100;
                if (speller.isCorrect(QStringLiteral("w%1").arg(n)) != (n % 2 == 0))
                    ++wrong;
                if (i % 500 == 0 && speller.suggestions(QStringLiteral("x%1").arg(n), 2).size() != 2)
                    ++wrong;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    // Then every answer is right (and nothing crashed)
    EXPECT_EQ(wrong, 0);
    EXPECT_LE(speller.cachedWords(), 10);
}

TEST(SharedSuggestions_Threads, EachWordIsWorkedOutOnceForEveryThread)
{
    // Given two spellers of one language, each with a dictionary of its own (as the threads
    // checking a folder have), that share their corrections and work them out slowly
    const auto shared = std::make_shared<core::SharedSuggestions>();
    std::vector<std::unique_ptr<core::CachingSpeller>> spellers;
    std::vector<CountingSpeller *> counters;
    for (int i = 0; i < 2; ++i) {
        auto inner = std::make_unique<CountingSpeller>(QSet<QString>{});
        inner->slowSuggestions = true;
        counters.push_back(inner.get());
        spellers.push_back(std::make_unique<core::CachingSpeller>(std::move(inner), core::CachingSpeller::kDefaultCapacity, shared));
    }
    // When both threads ask for the corrections of the same misspellings at the same time
    std::vector<QStringList> answers(2);
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t) {
        threads.emplace_back([&, t] {
            for (const char *word : {"teh", "recieve", "acount"})
                answers[t] += spellers[t]->suggestions(QString::fromLatin1(word), 2);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    // Then each word was worked out once in all, and both got the same corrections
    EXPECT_EQ(counters[0]->suggestionCalls + counters[1]->suggestionCalls, 3);
    EXPECT_EQ(answers[0], answers[1]);
    EXPECT_EQ(answers[0].join(u' '), QStringLiteral("teh1 teh2 recieve1 recieve2 acount1 acount2"));
    EXPECT_EQ(shared->size(), 3);
}

TEST(SharedSuggestions_Count, MoreThanWereWorkedOutAreWorkedOutAgain)
{
    // Given corrections shared between two spellers, two of "teh"'s worked out by the first
    const auto shared = std::make_shared<core::SharedSuggestions>();
    auto firstInner = std::make_unique<CountingSpeller>(QSet<QString>{});
    auto secondInner = std::make_unique<CountingSpeller>(QSet<QString>{});
    CountingSpeller *first = firstInner.get();
    CountingSpeller *second = secondInner.get();
    core::CachingSpeller a(std::move(firstInner), core::CachingSpeller::kDefaultCapacity, shared);
    core::CachingSpeller b(std::move(secondInner), core::CachingSpeller::kDefaultCapacity, shared);
    EXPECT_EQ(a.suggestions(QStringLiteral("teh"), 2).size(), 2);
    // When the second asks for one, then for three
    EXPECT_EQ(b.suggestions(QStringLiteral("teh"), 1), QStringList{QStringLiteral("teh1")});
    EXPECT_EQ(second->suggestionCalls, 0);
    EXPECT_EQ(b.suggestions(QStringLiteral("teh"), 3).size(), 3);
    // Then only the larger request was worked out again, and the first now has it too
    EXPECT_EQ(second->suggestionCalls, 1);
    EXPECT_EQ(a.suggestions(QStringLiteral("teh"), 3).size(), 3);
    EXPECT_EQ(first->suggestionCalls, 1);
}

TEST(SharedSuggestions_Capacity, BoundsWhatIsKept)
{
    core::SharedSuggestions shared;
    for (int i = 0; i < 3 * core::SharedSuggestions::kCapacity; ++i)
        shared.suggestions(QStringLiteral("w%1").arg(i), 2, [](int) { return QStringList{QStringLiteral("x")}; });
    EXPECT_LE(shared.size(), core::SharedSuggestions::kCapacity);
    EXPECT_GT(shared.size(), 0);
}

TEST(AcceptedWords_ForDraft, AcceptsFieldValuesInTheCasesADictionaryWould)
{
    // given the words of a draft's case fields
    const core::AcceptedWords accepted = core::AcceptedWords::forDraft(test::sampleDraft());
    // then names are accepted as written, in capitals, with a possessive, part by part
    for (const char16_t *word : {u"Zoë", u"ZOË", u"Müller-Łukasik", u"Łukasik", u"Müller's", u"Müller’s", u"Álvarez",
                                 u"Northwind", u"Énergie", u"Bristol", u"Harbour", u"GBP"})
        EXPECT_TRUE(accepted.contains(QStringView(word))) << QString::fromUtf16(word).toStdString();
    // and not in a case the dictionary would not allow, nor other words
    for (const char16_t *word : {u"zoë", u"müller", u"Mueller", u"Zoe"})
        EXPECT_FALSE(accepted.contains(QStringView(word))) << QString::fromUtf16(word).toStdString();
}

TEST(AcceptedWords_ForDraft, AcceptsIgnoredAndPersonalWords)
{
    // given a draft that ignores a word, and a personal dictionary
    core::Draft draft = test::sampleDraft();
    draft.ignoredWords = {QStringLiteral("Wrng")};
    const core::AcceptedWords accepted = core::AcceptedWords::forDraft(draft, {QStringLiteral("kerfuffle")});
    // then both are accepted, a lower-case word also capitalised
    EXPECT_TRUE(accepted.contains(u"Wrng"));
    EXPECT_TRUE(accepted.contains(u"WRNG"));
    EXPECT_TRUE(accepted.contains(u"kerfuffle"));
    EXPECT_TRUE(accepted.contains(u"Kerfuffle"));
    EXPECT_FALSE(accepted.contains(u"wrng"));
}

TEST(AcceptedWords_Acronyms, ALettersWordsTakeEveryWordInCapitalsForAnAcronym)
{
    // given the words of a letter, and words added one by one (a spelling tool's)
    const core::AcceptedWords letter = core::AcceptedWords::forDraft(test::sampleDraft());
    core::AcceptedWords added;
    added.add(u"Rivera");
    // then the letter's take any word of two capitals or more, and only those
    for (const char16_t *word : {u"MPAN", u"PNR", u"HSA", u"DWP", u"MPAN's"})
        EXPECT_TRUE(letter.contains(QStringView(word))) << QString::fromUtf16(word).toStdString();
    for (const char16_t *word : {u"Mpan", u"mpan", u"X", u"MPan"})
        EXPECT_FALSE(letter.contains(QStringView(word))) << QString::fromUtf16(word).toStdString();
    // and words added one by one take their own capitals, not every acronym
    EXPECT_TRUE(added.contains(u"RIVERA"));
    EXPECT_FALSE(added.contains(u"MPAN"));
    // unless the letter's words are added to them
    added.addAll(letter);
    EXPECT_TRUE(added.contains(u"MPAN"));
}

TEST(SpellCheck_FindMisspellings, ReportsUnknownWordsWithTheirSpans)
{
    // given the tiny UTF-8 dictionary
    auto speller = test::loadTestDictionary(QStringLiteral("amends_utf8"));
    ASSERT_TRUE(speller);
    const QString text = QStringLiteral("We are sorry for the mistaek on your invoice INV-12.");
    // when the text is checked
    const QList<core::Span> misspelled = core::SpellCheck::findMisspellings(text, *speller, {});
    // then the unknown words are found, the code skipped
    EXPECT_EQ(excerpts(text, misspelled), (QStringList{QStringLiteral("mistaek"), QStringLiteral("on")}));
    EXPECT_EQ(misspelled.first(), (core::Span{21, 28}));
}

TEST(SpellCheck_FindMisspellings, JudgesCompoundsWholeThenPartByPart)
{
    auto speller = test::loadTestDictionary(QStringLiteral("amends_utf8"));
    ASSERT_TRUE(speller);
    // given compounds known whole, known by parts, and with one wrong part
    const QString text = QStringLiteral("e-mail well-known well-knwon");
    // when checked
    const QList<core::Span> misspelled = core::SpellCheck::findMisspellings(text, *speller, {});
    // then only the wrong part is reported
    EXPECT_EQ(excerpts(text, misspelled), QStringList{QStringLiteral("knwon")});
}

TEST(SpellCheck_FindMisspellings, AcceptsCurlyApostrophesAndAcceptedWords)
{
    auto speller = test::loadTestDictionary(QStringLiteral("amends_utf8"));
    ASSERT_TRUE(speller);
    core::AcceptedWords accepted;
    accepted.add(u"Rivera");
    // given a word the dictionary has with a straight apostrophe, and an accepted name
    const QString text = QStringLiteral("We don’t refund Rivera’s invoices. RIVERA {custmer.nam}");
    // then nothing is reported
    EXPECT_TRUE(core::SpellCheck::findMisspellings(text, *speller, accepted).isEmpty());
}

TEST(SpellCheck_MisspellingAt, FindsTheWordUnderOrJustBeforeTheCursor)
{
    auto speller = test::loadTestDictionary(QStringLiteral("amends_utf8"));
    ASSERT_TRUE(speller);
    const QString text = QStringLiteral("sorry mistaek refund");
    EXPECT_EQ(core::SpellCheck::misspellingAt(text, 6, *speller, {}), (core::Span{6, 13}));
    EXPECT_EQ(core::SpellCheck::misspellingAt(text, 13, *speller, {}), (core::Span{6, 13}));
    EXPECT_EQ(core::SpellCheck::misspellingAt(text, 2, *speller, {}), std::nullopt);
    EXPECT_EQ(core::SpellCheck::misspellingAt(text, 16, *speller, {}), std::nullopt);
}

TEST(SpellCheck_Suggestions, KeepTheWordsApostropheStyle)
{
    auto speller = test::loadTestDictionary(QStringLiteral("amends_utf8"));
    ASSERT_TRUE(speller);
    EXPECT_TRUE(core::SpellCheck::suggestions(u"don’tt", *speller, 5).contains(QStringLiteral("don’t")));
    EXPECT_TRUE(core::SpellCheck::suggestions(u"don'tt", *speller, 5).contains(QStringLiteral("don't")));
}

TEST(FindSpellingErrors_Findings, CarryTheCheckerFieldsAndSuggestionsOnlyWhenAsked)
{
    auto speller = test::loadTestDictionary(QStringLiteral("amends_utf8"));
    ASSERT_TRUE(speller);
    const QString text = QStringLiteral("We are sorry for the mistaek.");
    // when findings are asked for with and without suggestions
    const QList<core::Finding> plain = core::findSpellingErrors(text, *speller, {}, 0);
    const QList<core::Finding> suggested = core::findSpellingErrors(text, *speller, {}, 3);
    // then each is a spelling warning over the word
    ASSERT_EQ(plain.size(), 1);
    const core::Finding &finding = plain.first();
    EXPECT_EQ(finding.rule, QStringLiteral("spelling"));
    EXPECT_EQ(finding.category, QStringLiteral("spelling"));
    EXPECT_EQ(finding.severity, core::Severity::Warning);
    EXPECT_EQ(finding.start, 21);
    EXPECT_EQ(finding.end, 28);
    EXPECT_EQ(finding.excerpt, QStringLiteral("mistaek"));
    EXPECT_FALSE(finding.message.isEmpty());
    EXPECT_FALSE(finding.explanation.isEmpty());
    EXPECT_TRUE(finding.suggestions.isEmpty());
    // and suggestions only when asked for, at most as many as asked for
    ASSERT_EQ(suggested.size(), 1);
    EXPECT_EQ(suggested.first().suggestions.value(0), QStringLiteral("mistake"));
    EXPECT_LE(suggested.first().suggestions.size(), 3);
}

TEST(AcceptedWords_PaymentNames, AreAcceptedInEveryLetter)
{
    // Given the words of any letter
    const core::AcceptedWords letter = core::AcceptedWords::forLetter();
    const core::AcceptedWords draft = core::AcceptedWords::forDraft(test::sampleDraft());
    // then the names of ways to pay that dictionaries lack are accepted, as written
    for (const char16_t *word : {u"Mastercard", u"Klarna", u"Pix", u"PayPal", u"Bizum", u"Nubank", u"Pay", u"Mastercard's"}) {
        EXPECT_TRUE(letter.contains(QStringView(word))) << QString::fromUtf16(word).toStdString();
        EXPECT_TRUE(draft.contains(QStringView(word))) << QString::fromUtf16(word).toStdString();
    }
    // and not in another case, nor a comment of the list
    EXPECT_FALSE(letter.contains(u"klarna"));
    EXPECT_FALSE(letter.contains(u"Names"));
}

TEST(AcceptedWords_Prefixes, AreAcceptedAsTheFirstPartOfAHyphenatedCompoundOnly)
{
    auto speller = test::loadTestDictionary(QStringLiteral("amends_utf8"));
    ASSERT_TRUE(speller);
    const core::AcceptedWords letter = core::AcceptedWords::forLetter();
    const auto misspelled = [&](const QString &text, const core::AcceptedWords &accepted) {
        QStringList words;
        for (const core::Span &span : core::SpellCheck::findMisspellings(text, *speller, accepted))
            words.append(text.mid(span.start, span.length()));
        return words;
    };
    // Given compounds of a prefix no dictionary holds alone, in a letter
    // then the prefix is accepted before a hyphen, in any case, and the rest still checked
    EXPECT_EQ(misspelled(QStringLiteral("your pre-charged refund"), letter), QStringList());
    EXPECT_EQ(misspelled(QStringLiteral("Pre-charged, PRE-CHARGED, mis-charged"), letter), QStringList());
    EXPECT_EQ(misspelled(QStringLiteral("your pre-chargd refund"), letter), QStringList{QStringLiteral("chargd")});
    // but not alone, nor as another part of a compound, nor outside a letter's words
    EXPECT_EQ(misspelled(QStringLiteral("the pre refund"), letter), QStringList{QStringLiteral("pre")});
    EXPECT_EQ(misspelled(QStringLiteral("refund-pre"), letter), QStringList{QStringLiteral("pre")});
    EXPECT_EQ(misspelled(QStringLiteral("your pre-charged refund"), core::AcceptedWords()), QStringList{QStringLiteral("pre")});
    // and a comment of the list is no prefix
    EXPECT_FALSE(letter.containsPrefix(u"prefixes"));
    EXPECT_TRUE(letter.containsPrefix(u"pré"));
}
