#include "core/patternindex.h"
#include "core/phrasepattern.h"
#include "core/ruleset.h"
#include "core/scenario.h"

#include "testsupport.h"

#include <algorithm>
#include <random>
#include <tuple>
#include <vector>

using namespace amends;

namespace {

using Match = std::tuple<int, int, int>; // tag, first token, end token

// Patterns compiled against their own small vocabulary, with the contractions and
// word lists a rule pack would give them.
class Patterns
{
public:
    Patterns()
    {
        m_scanRules.contractions.insert(QStringLiteral("can't"), {QStringLiteral("can"), QStringLiteral("not")});
        m_scanRules.suffixes.append({QStringLiteral("n't"), {QStringLiteral("not")}});
        // "you'd" reads "you would" or "you had"; such words are numbered before any
        // pattern, as a rule set does.
        m_scanRules.contractions.insert(QStringLiteral("you'd"), {QStringLiteral("you"), QStringLiteral("would|had")});
        m_vocabulary.add(QStringLiteral("would|had"));
        m_lists.insert(QStringLiteral("party"), {QStringLiteral("the bank"), QStringLiteral("our (partner|supplier)"),
                                                 QStringLiteral("carrier~")});
        QStringList many;
        for (int i = 0; i < 200; ++i)
            many.append(QStringLiteral("w%1").arg(i));
        m_lists.insert(QStringLiteral("many"), many);
    }

    /// Word forms by @p dataLanguage's stemmer; before any word is added.
    void useStemmerOf(const char *dataLanguage)
    {
        m_vocabulary = core::Vocabulary();
        m_vocabulary.setStemmer(core::WordStemmer::forLanguage(QString::fromLatin1(dataLanguage)));
    }
    void addWord(const QString &word) { m_vocabulary.add(word); }

    core::PhrasePattern compile(const QString &source, core::PhrasePattern::CompileCache *cache = nullptr)
    {
        QString error;
        core::PhrasePattern pattern = core::PhrasePattern::compile(source, {&m_lists, &m_scanRules, &m_vocabulary, cache}, &error);
        EXPECT_TRUE(error.isEmpty()) << source.toStdString() << ": " << error.toStdString();
        return pattern;
    }

    core::TextScan scan(const QString &text) const { return core::TextScan(text, m_scanRules); }
    QList<int> ids(const core::TextScan &scan) const { return m_vocabulary.tokenIds(scan); }
    int id(const char *word) const { return m_vocabulary.find(QString::fromLatin1(word)); }

private:
    core::ScanRules m_scanRules;
    QHash<QString, QStringList> m_lists;
    core::Vocabulary m_vocabulary;
};

// The words of the first match of @p pattern in @p text, trying every word; empty
// when there is none.
QString firstMatch(Patterns &patterns, const QString &source, const QString &text)
{
    const core::PhrasePattern pattern = patterns.compile(source);
    const core::TextScan scan = patterns.scan(text);
    const QList<int> ids = patterns.ids(scan);
    for (int t = 0; t < scan.tokens().size(); ++t) {
        const int end = pattern.longestMatch(ids, t, scan.sentenceBounds(scan.tokens()[t].sentence));
        if (end > t)
            return text.mid(scan.tokens()[t].start, scan.tokens()[end - 1].end - scan.tokens()[t].start);
    }
    return {};
}

// Every match of every pattern at every token: what an index must find, found the slow way.
// With @p byFirstWord, a pattern is only tried at the words it says it can start with
// (checked against trying everywhere by the tests on generated patterns), which keeps a
// Debug run over all the built-in rules to seconds.
std::vector<Match> tryEverywhere(const QList<std::pair<core::PhrasePattern, int>> &patterns, const core::TextScan &scan,
                                 const QList<int> &ids, bool byFirstWord = false)
{
    std::vector<Match> matches;
    for (int t = 0; t < scan.tokens().size(); ++t) {
        const core::SentenceBounds bounds = scan.sentenceBounds(scan.tokens()[t].sentence);
        for (const auto &[pattern, tag] : patterns) {
            if (byFirstWord && !pattern.canStartWith(ids[t]))
                continue;
            const int end = pattern.longestMatch(ids, t, bounds);
            if (end > t)
                matches.emplace_back(tag, t, end);
        }
    }
    std::sort(matches.begin(), matches.end());
    return matches;
}

// Every match in the order an index reports them: in text order; at one token, the
// patterns in the order given, those that can start anywhere last.
std::vector<Match> inReportOrder(const QList<std::pair<core::PhrasePattern, int>> &patterns, const core::TextScan &scan,
                                 const QList<int> &ids)
{
    std::vector<Match> matches;
    for (int t = 0; t < scan.tokens().size(); ++t) {
        const core::SentenceBounds bounds = scan.sentenceBounds(scan.tokens()[t].sentence);
        for (const bool anywhere : {false, true}) {
            for (const auto &[pattern, tag] : patterns) {
                if (pattern.startsAnywhere() != anywhere)
                    continue;
                if (const int end = pattern.longestMatch(ids, t, bounds); end > t)
                    matches.emplace_back(tag, t, end);
            }
        }
    }
    return matches;
}

std::vector<Match> reported(const core::PatternIndex &index, const core::TextScan &scan, const QList<int> &ids)
{
    std::vector<Match> matches;
    index.scan(scan, ids, [&](int tag, int first, int end) { matches.emplace_back(tag, first, end); });
    return matches;
}

std::vector<Match> sorted(std::vector<Match> matches)
{
    std::sort(matches.begin(), matches.end());
    return matches;
}

} // namespace

TEST(PhrasePattern_Syntax, MatchesWhatEachElementAllows)
{
    Patterns patterns;
    const struct {
        const char *pattern;
        const char *text;
        const char *match; // "" for none
    } cases[] = {
        {"we charged", "Yesterday We CHARGED you.", "We CHARGED"},
        {"we (charged|billed) you", "We billed you twice.", "We billed you"},
        {"[sadly] we charged", "Sadly we charged you.", "Sadly we charged"},
        {"[sadly] we charged", "We charged you.", "We charged"},
        {"charge~ twice", "It was charged twice.", "charged twice"},
        {"apply~ twice", "It applies twice.", "applies twice"},
        {"admit~", "We admitted it.", "admitted"},
        {"{party} (error|delay)", "It was our supplier error.", "our supplier error"},
        {"{party} (error|delay)", "A carriers delay.", "carriers delay"},
        {"{party}~ blamed", "The banks blamed it.", "The banks blamed"},
        {"{party} blamed", "The banks blamed it.", ""},
        {"{party}~ blamed", "Our partners blamed it.", ""}, // an entry ending in a group is left as written
        {"{party}~ blamed", "The carriers blamed it.", "carriers blamed"},
        {"we * you", "We billed you.", "We billed you"},
        {"we * you", "We you.", ""},
        {"we ** you", "We wrongly billed you.", "We wrongly billed you"},
        {"we ** you", "We you.", "We you"},
        {"we ** you", "We a b c d you.", ""},
        {"we can not", "We can't refund it.", "We can't"},
        {"we did not", "We didn’t check.", "We didn’t"},
        {"!no refund", "There is a refund.", "refund"},
        {"not !(our|my) fault", "It is not our fault.", ""},
        {"not !(our|my) fault", "It is not fault.", "not fault"},
        {"we charged you", "We charged. You paid.", ""},
        {"^ why did you", "Why did you pay twice?", "Why did you"},
        {"^ why did you", "We asked why did you pay twice.", ""},
        {"^ why did you", "It was late. Why did you wait?", "Why did you"},
        {"? why ** you", "So why did you wait?", "why did you"},
        {"? why ** you", "That is why you paid twice.", ""},
        {"? why ** you", "Why did you wait?\u201D", "Why did you"},
        {"you ?", "You waited. Did you?", "you"},
    };
    for (const auto &c : cases)
        EXPECT_EQ(firstMatch(patterns, QString::fromUtf8(c.pattern), QString::fromUtf8(c.text)), QString::fromUtf8(c.match))
            << c.pattern << " in " << c.text;
}

TEST(PhrasePattern_CompileCache, GivesTheMatchesOfCompilingEachPatternAlone)
{
    // given patterns sharing word lists (one inside another) and inflected words
    Patterns patterns;
    const QStringList sources = {
        QStringLiteral("{party} (error|delay)"), QStringLiteral("blame {party}"), QStringLiteral("[{party}] charge~ twice"),
        QStringLiteral("(the bank|{party}) charge~"), QStringLiteral("{many} fault"), QStringLiteral("charge~ {many}"),
        QStringLiteral("you'd charge~"),
    };
    core::PhrasePattern::CompileCache cache;
    QList<std::pair<core::PhrasePattern, int>> alone;
    QList<std::pair<core::PhrasePattern, int>> cached;
    // when each is compiled alone and, twice over, through one cache
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < sources.size(); ++i) {
            if (round == 0)
                alone.append({patterns.compile(sources[i]), i});
            cached.append({patterns.compile(sources[i], &cache), i + round * int(sources.size())});
        }
    }
    const QString text = QStringLiteral("Our partner error. Blame the carriers. The bank charged twice. Carrier charges w5. "
                                        "W9 fault. You'd charge twice. Our supplier charged twice.");
    const core::TextScan scan = patterns.scan(text);
    const QList<int> ids = patterns.ids(scan);
    // then both rounds through the cache find what compiling alone finds
    std::vector<Match> expected;
    for (const Match &match : tryEverywhere(alone, scan, ids)) {
        expected.push_back(match);
        expected.emplace_back(std::get<0>(match) + int(sources.size()), std::get<1>(match), std::get<2>(match));
    }
    std::sort(expected.begin(), expected.end());
    EXPECT_GE(expected.size(), 14u);
    EXPECT_EQ(tryEverywhere(cached, scan, ids), expected);
}

TEST(PhrasePattern_RequiredWords, RuleOutASentenceMissingAWordEveryMatchNeeds)
{
    Patterns patterns;
    const core::PhrasePattern pattern = patterns.compile(QStringLiteral("(the|your) [*] fee (was|is) [very] (wrong|late)"));
    const auto has = [&](const QString &text) {
        const core::TextScan scan = patterns.scan(text);
        const QList<int> ids = patterns.ids(scan);
        return pattern.hasRequiredWords(ids, 0, scan.sentenceBounds(0).limit);
    };
    EXPECT_TRUE(has(QStringLiteral("The late fee was very wrong.")));
    EXPECT_FALSE(has(QStringLiteral("The late fee seemed wrong.")));    // no "was" or "is"
    EXPECT_FALSE(has(QStringLiteral("The late charge was wrong.")));    // no "fee"
    EXPECT_FALSE(has(QStringLiteral("The late fee. It was wrong.")));   // not in the same sentence
}

TEST(PhrasePattern_RequiredWords, FollowChoicesWithLongerAlternativesAndAgreeWithTheSentenceTable)
{
    Patterns patterns;
    // Every alternative of the verb group takes "was", "is", "has" or "had"; every
    // alternative of the noun group takes "fee" or "charge": both are needed, though
    // neither group is a plain word set.
    const core::PhrasePattern pattern =
        patterns.compile(QStringLiteral("(the|your) [*] (fee|late charge) (was|is|has been|had been) (wrong|too high)"));
    const auto has = [&](const QString &text, bool table) {
        const core::TextScan scan = patterns.scan(text);
        const QList<int> ids = patterns.ids(scan);
        const core::SentenceBounds bounds = scan.sentenceBounds(0);
        core::PhrasePattern::SentenceWords words;
        words.reset(ids, bounds.first, bounds.limit);
        return pattern.hasRequiredWords(ids, 0, bounds.limit, table ? &words : nullptr);
    };
    for (const bool table : {false, true}) {
        SCOPED_TRACE(table ? "with the sentence's table" : "token by token");
        EXPECT_TRUE(has(QStringLiteral("The late charge has been too high."), table));
        EXPECT_TRUE(has(QStringLiteral("Your fee was wrong."), table));
        EXPECT_FALSE(has(QStringLiteral("Your fee seemed wrong."), table));     // no verb of the group
        EXPECT_FALSE(has(QStringLiteral("The payment was wrong."), table));      // no noun of the group
        EXPECT_FALSE(has(QStringLiteral("Your fee was fine."), table));          // neither "wrong" nor "too"
    }
}

TEST(PhrasePattern_RequiredWords, ForgetTheLastSentenceWhenTheTableIsReset)
{
    Patterns patterns;
    const core::PhrasePattern pattern = patterns.compile(QStringLiteral("the fee (was|is) wrong"));
    const core::TextScan scan = patterns.scan(QStringLiteral("It was wrong. The fee stood."));
    const QList<int> ids = patterns.ids(scan);
    core::PhrasePattern::SentenceWords words;
    const core::SentenceBounds first = scan.sentenceBounds(0);
    const core::SentenceBounds second = scan.sentenceBounds(1);
    words.reset(ids, first.first, first.limit);
    EXPECT_GE(words.lastPlace(patterns.id("wrong")), first.first);
    words.reset(ids, second.first, second.limit);
    EXPECT_EQ(words.lastPlace(patterns.id("wrong")), -1);
    EXPECT_EQ(words.lastPlace(patterns.id("fee")), second.first + 1);
    EXPECT_FALSE(pattern.hasRequiredWords(ids, second.first, second.limit, &words));
}

TEST(PhrasePattern_StartPairs, NameTheFirstTwoWordsAMatchCanStartWith)
{
    Patterns patterns;
    const core::PhrasePattern choice = patterns.compile(QStringLiteral("(we|i) take [full] responsibility"));
    const core::PhrasePattern optional = patterns.compile(QStringLiteral("[the] error occurred"));
    const core::PhrasePattern gap = patterns.compile(QStringLiteral("we ** wrong"));
    const core::PhrasePattern single = patterns.compile(QStringLiteral("(sorry|apologies)"));
    const core::PhrasePattern anywhere = patterns.compile(QStringLiteral("* fault"));
    const int any = core::PhrasePattern::kAnyWord;
    using Pairs = QList<std::pair<int, int>>;
    const auto sorted = [](Pairs pairs) {
        std::sort(pairs.begin(), pairs.end());
        return pairs;
    };

    EXPECT_EQ(choice.startPairs(), sorted({{patterns.id("we"), patterns.id("take")}, {patterns.id("i"), patterns.id("take")}}));
    EXPECT_EQ(optional.startPairs(),
              sorted({{patterns.id("the"), patterns.id("error")}, {patterns.id("error"), patterns.id("occurred")}}));
    EXPECT_EQ(gap.startPairs(), Pairs({{patterns.id("we"), any}}));
    EXPECT_EQ(single.startPairs(), sorted({{patterns.id("sorry"), any}, {patterns.id("apologies"), any}}));
    // 200 × 200 ways to start are too many pairs to index: the first word is enough
    const core::PhrasePattern wide = patterns.compile(QStringLiteral("{many} {many} fault"));
    const Pairs widePairs = wide.startPairs();
    EXPECT_EQ(widePairs.size(), 200);
    EXPECT_TRUE(std::all_of(widePairs.begin(), widePairs.end(), [&](const auto &pair) { return pair.second == any; }));
    EXPECT_TRUE(anywhere.startsAnywhere());
    EXPECT_TRUE(anywhere.startPairs().isEmpty());
    EXPECT_TRUE(choice.canStartWith(patterns.id("i")));
    EXPECT_FALSE(choice.canStartWith(patterns.id("take")));
}

TEST(PatternIndex_Scan, FindsWhatTryingEveryPatternAtEveryWordFinds)
{
    // given patterns that start in every way the syntax allows
    Patterns patterns;
    const QStringList sources = {
        QStringLiteral("we charged"),           QStringLiteral("(we|i) (charged|billed) [you] twice"),
        QStringLiteral("[sadly] we charged"),   QStringLiteral("[the] [billing] error"),
        QStringLiteral("* fault"),              QStringLiteral("** our fault"),
        QStringLiteral("!no refund"),           QStringLiteral("{party} (error|delay)"),
        QStringLiteral("we ** wrong"),          QStringLiteral("(sorry|apologies)"),
        QStringLiteral("we can not"),           QStringLiteral("not !(our|my) fault"),
        QStringLiteral("[we] [then] charge~"),  QStringLiteral("(the bank|our partner) [then] charged"),
        QStringLiteral("{many} {many} fault"),  QStringLiteral("^ we charged"),
        QStringLiteral("? [did] you * twice"),  QStringLiteral("^ ** fault ?"),
    };
    QList<std::pair<core::PhrasePattern, int>> all;
    for (int i = 0; i < sources.size(); ++i)
        all.append({patterns.compile(sources[i]), i});
    const core::PatternIndex index(all);
    // when a text with all of them, at sentence ends too, is scanned
    const QString text = QStringLiteral(
        "Sadly we charged you twice. We can't refund it. I billed twice! The billing error was our fault, not my fault "
        "and not fault. The bank then charged you; our partner charged again. A carriers delay. No refund. Refund. "
        "We got it all wrong. We then charges. Charging. Sorry. Apologies we charged\nWe charged. W1 w7 fault. W2 fault. "
        "W3 w199 w4 fault. Did you pay twice? We charged. Was it our fault?");
    const core::TextScan scan = patterns.scan(text);
    const QList<int> ids = patterns.ids(scan);
    // then the index finds exactly the matches of trying every pattern at every word
    const std::vector<Match> expected = tryEverywhere(all, scan, ids);
    EXPECT_GT(expected.size(), 20u);
    EXPECT_EQ(sorted(reported(index, scan, ids)), expected);
    // and reports them in text order, at one token in the order given, those that
    // start anywhere last
    EXPECT_EQ(reported(index, scan, ids), inReportOrder(all, scan, ids));
}

TEST(PatternIndex_Scan, FindsWhatTryingEveryRuleAtEveryWordFindsInEveryExampleAndTemplate)
{
    // given every pattern of the English rules, indexed
    const auto rules = core::RuleSet::load(QStringLiteral("en"));
    ASSERT_TRUE(rules->errors().isEmpty());
    QList<std::pair<core::PhrasePattern, int>> all;
    for (int r = 0; r < rules->rules().size(); ++r) {
        for (const core::PhrasePattern &pattern : rules->rules()[r].patterns + rules->rules()[r].unless)
            all.append({pattern, static_cast<int>(all.size())});
    }
    for (const QList<core::PhrasePattern> &cues : rules->structure().sectionCues) {
        for (const core::PhrasePattern &pattern : cues)
            all.append({pattern, static_cast<int>(all.size())});
    }
    const core::PatternIndex index(all);
    // when every example of every rule and every scenario template is scanned
    QStringList texts;
    for (const core::Rule &rule : rules->rules())
        texts << rule.badExamples << rule.goodExamples;
    const core::ScenarioLibrary library;
    for (const core::Scenario &scenario : library.scenarios(QStringLiteral("en"))) {
        for (const QString &paragraph : scenario.sectionText)
            texts << paragraph;
    }
    const QString text = texts.join(QStringLiteral("\n\n"));
    const core::TextScan scan(text, rules->scanRules());
    const QList<int> ids = rules->vocabulary().tokenIds(scan);
    // then the index finds exactly what trying every pattern at every word finds
    const std::vector<Match> expected = tryEverywhere(all, scan, ids, true);
    EXPECT_GT(expected.size(), 500u);
    EXPECT_EQ(sorted(reported(index, scan, ids)), expected);
}

TEST(PhrasePattern_Compile, RefusesBrokenPatternsWithTheReason)
{
    const core::ScanRules scanRules;
    const QHash<QString, QStringList> lists;
    core::Vocabulary vocabulary;
    const struct {
        QString source;
        const char *reason;
    } cases[] = {
        {QStringLiteral("we (charged"), "missing"},
        {QStringLiteral("[we charged"), "missing"},
        {QStringLiteral("{nope} error"), "unknown word list"},
        {QStringLiteral("we | | charged"), "empty alternative"},
        {QStringLiteral("!* charged"), "followed by words"},
        {QStringLiteral("! charged"), "followed by words"},
        {QStringLiteral("we !"), "followed by words"},
        {QStringLiteral("we ; charged"), "unexpected"},
        {QStringLiteral("* ").repeated(64), "at most 63 words"},
        // a regular expression's optional group, which would ask for a question instead
        {QStringLiteral("no (real )?harm done"), "does not make the group optional"},
        {QStringLiteral("[just]? this once"), "does not make the group optional"},
    };
    for (const auto &c : cases) {
        QString error;
        const core::PhrasePattern pattern = core::PhrasePattern::compile(c.source, {&lists, &scanRules, &vocabulary}, &error);
        EXPECT_FALSE(pattern.isValid()) << c.source.toStdString();
        EXPECT_TRUE(error.contains(QString::fromLatin1(c.reason))) << c.source.toStdString() << ": " << error.toStdString();
    }
    QString error;
    EXPECT_TRUE(core::PhrasePattern::compile(QStringLiteral("* ").repeated(63), {&lists, &scanRules, &vocabulary}, &error).isValid())
        << error.toStdString();
}

TEST(PhrasePattern_Compile, RefusesDeepNestingAndHugePatternsInsteadOfOverflowingTheStack)
{
    // given patterns a hostile or broken rule pack could hold
    const core::ScanRules scanRules;
    const QHash<QString, QStringList> lists;
    core::Vocabulary vocabulary;
    const struct {
        QString source;
        const char *reason;
    } cases[] = {
        {QString(10000, u'(') + QStringLiteral("sorry") + QString(10000, u')'), "the limit is 2000"},
        {QString(10000, u'[') + QStringLiteral("sorry") + QString(10000, u']'), "the limit is 2000"},
        {QString(30000, u'!') + QStringLiteral("sorry"), "the limit is 2000"},
        {QString(33, u'(') + QStringLiteral("sorry") + QString(33, u')'), "nested more than 32 deep"},
        {QStringLiteral("we ") + QString(40, u'[') + QStringLiteral("sorry") + QString(40, u']'), "nested more than 32 deep"},
        {QString(40, u'!') + QStringLiteral("sorry"), "nested more than 32 deep"},
    };
    for (const auto &c : cases) {
        // when each is compiled
        QString error;
        const core::PhrasePattern pattern = core::PhrasePattern::compile(c.source, {&lists, &scanRules, &vocabulary}, &error);
        // then it is refused with a plain reason
        EXPECT_FALSE(pattern.isValid()) << c.source.left(40).toStdString();
        EXPECT_TRUE(error.contains(QString::fromLatin1(c.reason))) << c.source.left(40).toStdString() << ": " << error.toStdString();
    }
    // and nesting within the limit still compiles
    QString error;
    EXPECT_TRUE(core::PhrasePattern::compile(QString(32, u'(') + QStringLiteral("sorry") + QString(32, u')'),
                                             {&lists, &scanRules, &vocabulary}, &error)
                    .isValid())
        << error.toStdString();
}

TEST(PhrasePattern_Compile, RefusesWordListsThatExpandBeyondTheLimit)
{
    // given lists four deep, each entry of which uses the next list twice
    const core::ScanRules scanRules;
    QHash<QString, QStringList> lists;
    for (int level = 0; level < 4; ++level) {
        QStringList entries;
        for (int i = 0; i < 8; ++i)
            entries.append(level == 3 ? QStringLiteral("w%1").arg(i) : QStringLiteral("w%1 {l%2} {l%2}").arg(i).arg(level + 1));
        lists.insert(QStringLiteral("l%1").arg(level), entries);
    }
    core::Vocabulary vocabulary;
    // when a pattern uses the outermost one
    QString error;
    const core::PhrasePattern pattern = core::PhrasePattern::compile(QStringLiteral("sorry {l0}"), {&lists, &scanRules, &vocabulary}, &error);
    // then it is refused, naming the list
    EXPECT_FALSE(pattern.isValid());
    EXPECT_TRUE(error.contains(QStringLiteral("expands to more than 10000 alternatives"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("{l0}"))) << error.toStdString();
}

TEST(PatternIndex_Scan, FindsWhatTryingEveryPatternFindsForManyGeneratedPatterns)
{
    // given hundreds of patterns generated from the syntax (a fixed seed: the same every run)
    Patterns patterns;
    std::mt19937 random(20261122);
    const QStringList words = {QStringLiteral("we"),     QStringLiteral("i"),      QStringLiteral("charged"),
                               QStringLiteral("error"),  QStringLiteral("the"),    QStringLiteral("sorry"),
                               QStringLiteral("if"),     QStringLiteral("can't"),  QStringLiteral("you"),
                               QStringLiteral("fault"),  QStringLiteral("not"),    QStringLiteral("our"),
                               QStringLiteral("refund"), QStringLiteral("twice"),  QStringLiteral("payment")};
    const auto pick = [&](int count) { return static_cast<int>(random() % static_cast<unsigned>(count)); };
    const auto phrase = [&] {
        QString text = words[pick(words.size())];
        if (pick(2))
            text += u' ' + words[pick(words.size())];
        return text;
    };
    const auto element = [&]() -> QString {
        switch (pick(9)) {
        case 0: case 1: return words[pick(words.size())];
        case 2: return words[pick(words.size())] + u'~';
        case 3: return u'(' + phrase() + u'|' + phrase() + (pick(2) ? u'|' + phrase() : QString()) + u')';
        case 4: return u'[' + phrase() + (pick(2) ? u'|' + phrase() : QString()) + u']';
        case 5: return QStringLiteral("*");
        case 6: return QStringLiteral("**");
        case 7: return u'!' + words[pick(words.size())];
        default: return QStringLiteral("{party}");
        }
    };
    QList<std::pair<core::PhrasePattern, int>> all;
    while (all.size() < 400) {
        QStringList elements;
        for (int n = 1 + pick(5); n > 0; --n)
            elements.append(element());
        const core::PhrasePattern pattern = patterns.compile(elements.join(u' '));
        if (!pattern.isValid())
            continue;
        all.append({pattern, static_cast<int>(all.size())});
    }
    const core::PatternIndex index(all);
    // when a text of the same words is scanned
    QStringList sentences;
    for (int s = 0; s < 150; ++s) {
        QStringList sentence;
        for (int n = 1 + pick(12); n > 0; --n)
            sentence.append(pick(6) ? words[pick(words.size())] : QStringLiteral("our partner"));
        sentences.append(sentence.join(u' ') + (pick(4) ? QStringLiteral(".") : QStringLiteral("\n")));
    }
    const core::TextScan scan = patterns.scan(sentences.join(u' '));
    const QList<int> ids = patterns.ids(scan);
    // then the index finds exactly what trying every pattern at every word finds
    const std::vector<Match> expected = tryEverywhere(all, scan, ids);
    EXPECT_GT(expected.size(), 1000u);
    EXPECT_EQ(sorted(reported(index, scan, ids)), expected);
    EXPECT_EQ(reported(index, scan, ids), inReportOrder(all, scan, ids));
}

TEST(PatternIndex_Scan, ReportsOneTokensMatchesInTheOrderGivenThoseStartingAnywhereLast)
{
    // given patterns that start at the same word, one of them anywhere, given out of tag order
    Patterns patterns;
    const QList<std::pair<core::PhrasePattern, int>> all = {
        {patterns.compile(QStringLiteral("* fault")), 0},       {patterns.compile(QStringLiteral("our (fault|error)")), 3},
        {patterns.compile(QStringLiteral("our")), 1},           {patterns.compile(QStringLiteral("[sadly] our fault")), 2},
        {patterns.compile(QStringLiteral("our ** fault")), 4},
    };
    const core::PatternIndex index(all);
    // when "our fault" is scanned
    const core::TextScan scan = patterns.scan(QStringLiteral("Our fault."));
    // then at the first word come the patterns in the order given, "* fault" last
    const std::vector<Match> expected = {{3, 0, 2}, {1, 0, 1}, {2, 0, 2}, {4, 0, 2}, {0, 0, 2}};
    EXPECT_EQ(reported(index, scan, patterns.ids(scan)), expected);
    // and a scan of the second word alone finds nothing that starts at the first
    std::vector<Match> fromSecond;
    index.scan(scan, patterns.ids(scan), 1, 2, [&](int tag, int first, int end) { fromSecond.emplace_back(tag, first, end); });
    EXPECT_TRUE(fromSecond.empty());
}

TEST(PatternIndex_Scan, FindsEveryPatternAtEveryWayItCanStart)
{
    // given a pattern indexed by two-word starts, one by its first words only (too many
    // pairs), one that starts anywhere and one that needs no second word
    Patterns patterns;
    const QList<std::pair<core::PhrasePattern, int>> all = {
        {patterns.compile(QStringLiteral("(we|i) (charged|billed) twice")), 0},
        {patterns.compile(QStringLiteral("{many} {many} fault")), 1},
        {patterns.compile(QStringLiteral("[the] ** refund")), 2},
        {patterns.compile(QStringLiteral("(sorry|apologies)")), 3},
    };
    ASSERT_EQ(all[0].first.startPairs().size(), 4);
    const QList<std::pair<int, int>> widePairs = all[1].first.startPairs();
    ASSERT_EQ(widePairs.size(), 200);
    EXPECT_TRUE(std::all_of(widePairs.begin(), widePairs.end(),
                            [](const auto &start) { return start.second == core::PhrasePattern::kAnyWord; }));
    EXPECT_TRUE(all[2].first.startsAnywhere());
    const core::PatternIndex index(all);
    // when texts are scanned that start each pattern in each way it can
    QStringList sentences = {QStringLiteral("We charged twice."), QStringLiteral("We billed twice."),
                             QStringLiteral("I charged twice."), QStringLiteral("I billed twice."),
                             QStringLiteral("We refunded twice."), QStringLiteral("Charged twice."),
                             QStringLiteral("The refund."), QStringLiteral("A late refund."), QStringLiteral("Refund."),
                             QStringLiteral("Sorry."), QStringLiteral("Apologies, sorry.")};
    for (int i = 0; i < 200; ++i)
        sentences.append(QStringLiteral("w%1 w%2 fault.").arg(i).arg((i * 7) % 200));
    sentences.append(QStringLiteral("w1 fault."));
    const core::TextScan scan = patterns.scan(sentences.join(u' '));
    const QList<int> ids = patterns.ids(scan);
    // then the index finds what trying every pattern at every word finds, in order
    const std::vector<Match> expected = inReportOrder(all, scan, ids);
    EXPECT_EQ(reported(index, scan, ids), expected);
    const auto count = [&](int tag) { return std::count_if(expected.begin(), expected.end(), [tag](const Match &m) { return std::get<0>(m) == tag; }); };
    EXPECT_EQ(count(0), 4);
    EXPECT_EQ(count(1), 200);
    EXPECT_GE(count(2), 3);
    EXPECT_EQ(count(3), 3);
}

TEST(PhrasePattern_WordForms, PortugueseAndSpanishFormsShareTheirStem)
{
    const QList<std::tuple<const char *, const char *, QStringList, QStringList>> cases = {
        {"pt-BR", "cobrar~",
         {QStringLiteral("Nós cobramos duas vezes."), QStringLiteral("A empresa cobrou a mais."), QStringLiteral("O valor foi cobrado."),
          QStringLiteral("Vamos cobrar menos."), QStringLiteral("Cobraram a fatura.")},
         {QStringLiteral("Pagamos a fatura."), QStringLiteral("A cobertura vale.")}},
        {"es", "cobrar~",
         {QStringLiteral("Le cobraron dos veces."), QStringLiteral("Cobramos de más."), QStringLiteral("El cargo fue cobrado."),
          QStringLiteral("No debimos cobrarle.")},
         {QStringLiteral("Pagamos la factura."), QStringLiteral("La cobertura vence.")}},
        {"es", "(la culpa|el error) (es|fue) de los banco~",
         {QStringLiteral("La culpa fue de los bancos."), QStringLiteral("El error es de los bancos.")},
         {QStringLiteral("La culpa fue nuestra.")}},
    };
    for (const auto &[language, source, matching, other] : cases) {
        Patterns patterns;
        patterns.useStemmerOf(language);
        for (const QString &text : matching)
            EXPECT_FALSE(firstMatch(patterns, QString::fromLatin1(source), text).isEmpty()) << language << ": " << source << " in " << text.toStdString();
        for (const QString &text : other)
            EXPECT_TRUE(firstMatch(patterns, QString::fromLatin1(source), text).isEmpty()) << language << ": " << source << " in " << text.toStdString();
    }
}

TEST(PhrasePattern_WordForms, AFormAnotherPatternNamesStillMatchesTheStem)
{
    Patterns patterns;
    patterns.useStemmerOf("pt-BR");
    // "cobrado" has a number of its own (another pattern names it); a rule set numbers
    // such words before it compiles any pattern.
    patterns.addWord(QStringLiteral("cobrado"));
    patterns.compile(QStringLiteral("foi cobrado"));
    EXPECT_EQ(firstMatch(patterns, QStringLiteral("cobrar~"), QStringLiteral("O valor foi cobrado ontem.")), QStringLiteral("cobrado"));
    EXPECT_EQ(firstMatch(patterns, QStringLiteral("cobrar~"), QStringLiteral("Cobramos ontem.")), QStringLiteral("Cobramos"));
}

TEST(PhrasePattern_WordForms, EnglishKeepsItsInflectionRules)
{
    Patterns patterns;
    EXPECT_EQ(firstMatch(patterns, QStringLiteral("charge~"), QStringLiteral("We charged you twice.")), QStringLiteral("charged"));
    EXPECT_TRUE(firstMatch(patterns, QStringLiteral("charge~"), QStringLiteral("Our chargeback team.")).isEmpty());
}

TEST(PhrasePattern_Contractions, MatchEveryReadingOfAContraction)
{
    // given "you'd", which reads "you would" or "you had"
    Patterns patterns;
    const auto matches = [&](const QString &source, const QString &text) { return !firstMatch(patterns, source, text).isEmpty(); };
    // then the text's contraction matches patterns written with either reading
    EXPECT_TRUE(matches(QStringLiteral("if you had read"), QStringLiteral("If you’d read the notice")));
    EXPECT_TRUE(matches(QStringLiteral("you would have"), QStringLiteral("you'd have known")));
    EXPECT_TRUE(matches(QStringLiteral("had~ read"), QStringLiteral("If you'd read it")));
    // and a pattern written with the contraction matches it and both readings in full
    EXPECT_TRUE(matches(QStringLiteral("if you'd read"), QStringLiteral("If you'd read it")));
    EXPECT_TRUE(matches(QStringLiteral("if you'd read"), QStringLiteral("If you had read it")));
    EXPECT_TRUE(matches(QStringLiteral("if you'd read"), QStringLiteral("If you would read it")));
    // but not other words, and "!had" rules the contraction out
    EXPECT_FALSE(matches(QStringLiteral("if you had read"), QStringLiteral("If you did read it")));
    EXPECT_FALSE(matches(QStringLiteral("you !had read"), QStringLiteral("you'd read")));
    EXPECT_TRUE(matches(QStringLiteral("you !had read"), QStringLiteral("you read")));
}

// The checker asks whether a rule's exceptions match in the sentence of each match: it
// gets matchesInSentence()'s answer, worked out once for each list and sentence (a long
// sentence with thousands of matches was scanned again for each, in time growing with
// the square of its length).
TEST(PhrasePattern_SentenceMatches, AnswersAsMatchesInSentenceOncePerListAndSentence)
{
    Patterns patterns;
    const QList<core::PhrasePattern> refund = {patterns.compile(QStringLiteral("refund"))};
    const QList<core::PhrasePattern> bank = {patterns.compile(QStringLiteral("the bank"))};
    const core::TextScan scan = patterns.scan(QStringLiteral("We will refund you. Ask the bank. Nothing here."));
    const QList<int> ids = patterns.ids(scan);
    core::SentenceMatches matches(scan, ids);
    for (int sentence = 0; sentence < scan.sentences().size(); ++sentence) {
        EXPECT_EQ(matches.matches(0, refund, sentence), core::matchesInSentence(refund, scan, ids, sentence)) << sentence;
        EXPECT_EQ(matches.matches(1, bank, sentence), core::matchesInSentence(bank, scan, ids, sentence)) << sentence;
    }
    EXPECT_TRUE(matches.matches(0, refund, 0));
    EXPECT_FALSE(matches.matches(1, bank, 0));
    EXPECT_TRUE(matches.matches(1, bank, 1));
    // Asked again under the same list, the sentence is not scanned again: the first
    // answer stands, whatever patterns come with the question.
    EXPECT_TRUE(matches.matches(0, bank, 0));
    EXPECT_FALSE(matches.matches(1, refund, 0));
    EXPECT_FALSE(matches.matches(2, {}, 0));
}
