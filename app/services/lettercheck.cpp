#include "lettercheck.h"

#include "dictionaryfinder.h"
#include "hunspellspeller.h"
#include "hyphensyllablecounter.h"
#include "processheap.h"

#include "core/cachingspeller.h"
#include "core/language.h"
#include "core/sentencemodel.h"
#include "core/spellcheck.h"
#include "core/settings.h"

#include <QHash>
#include <QMutex>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <vector>

namespace amends::services {

namespace {

// The tools of one check: not thread-safe, so each is used by one check at a time.
struct Tools {
    std::unique_ptr<HyphenSyllableCounter> syllables;
    std::unique_ptr<core::Speller> speller; ///< null when no dictionary is installed
    bool spellerLoaded = false;            ///< whether loading the speller was tried
};

// Tool sets lent to checks, per language; a set is made when none is free, so there
// are never more than there are threads checking at once. The pool lives as long as
// the process: Hunspell does not give a dictionary's memory back when it is freed, so
// later checks reuse what is loaded, and exit does not spend time freeing it.
class ToolPool
{
public:
    static ToolPool &instance()
    {
        static ToolPool *const pool = new ToolPool;
        return *pool;
    }

    std::unique_ptr<Tools> take(const QString &language, bool spelling)
    {
        std::unique_ptr<Tools> tools;
        std::shared_ptr<core::SharedSuggestions> suggestions;
        {
            QMutexLocker lock(&m_mutex);
            std::vector<std::unique_ptr<Tools>> &free = m_free[language];
            if (!free.empty()) {
                tools = std::move(free.back());
                free.pop_back();
            }
            std::shared_ptr<core::SharedSuggestions> &shared = m_suggestions[language];
            if (!shared)
                shared = std::make_shared<core::SharedSuggestions>();
            suggestions = shared;
        }
        if (!tools)
            tools = std::make_unique<Tools>();
        // The speller first: the hyphenation patterns may be loading on another thread
        // (see checkAll()), and loading them would wait for it.
        if (spelling && !tools->spellerLoaded) {
            tools->spellerLoaded = true;
            if (const std::optional<DictionaryPaths> paths = DictionaryFinder().find(language)) {
                HunspellSpeller::LoadResult loaded = HunspellSpeller::load(*paths);
                if (loaded.speller)
                    tools->speller = std::make_unique<core::CachingSpeller>(std::move(loaded.speller), core::CachingSpeller::kDefaultCapacity,
                                                                            std::move(suggestions));
            }
        }
        if (!tools->syllables)
            tools->syllables = std::make_unique<HyphenSyllableCounter>(language);
        if (spelling) // the patterns too, while loading: a check needs them at its end
            tools->syllables->load();
        return tools;
    }

    void give(const QString &language, std::unique_ptr<Tools> tools)
    {
        QMutexLocker lock(&m_mutex);
        m_free[language].push_back(std::move(tools));
    }

private:
    ToolPool() = default;

    QMutex m_mutex;
    std::map<QString, std::vector<std::unique_ptr<Tools>>> m_free;
    /// The corrections the sets of a language have worked out, shared: the threads that
    /// check a folder meet the same misspellings, and working one out is slow.
    std::map<QString, std::shared_ptr<core::SharedSuggestions>> m_suggestions;
};

// A tool set borrowed for one scope.
class BorrowedTools
{
public:
    BorrowedTools(const QString &language, bool spelling)
        : m_language(language)
        , m_tools(ToolPool::instance().take(language, spelling))
    {
    }
    ~BorrowedTools() { ToolPool::instance().give(m_language, std::move(m_tools)); }
    BorrowedTools(const BorrowedTools &) = delete;
    BorrowedTools &operator=(const BorrowedTools &) = delete;

    Tools *operator->() const { return m_tools.get(); }

private:
    QString m_language;
    std::unique_ptr<Tools> m_tools;
};

// A speller whose dictionary is still loading on another thread: its first question
// waits for it, so a check can run its rules meanwhile. Answers "correct" when the
// dictionary could not be loaded, as a check without a speller would.
class DeferredSpeller : public core::Speller
{
public:
    explicit DeferredSpeller(std::function<core::Speller *()> resolve) : m_resolve(std::move(resolve)) {}

    QString language() const override
    {
        const core::Speller *speller = resolved();
        return speller ? speller->language() : QString();
    }
    bool isCorrect(const QString &word) override
    {
        core::Speller *speller = resolved();
        return !speller || speller->isCorrect(word);
    }
    QStringList suggestions(const QString &word, int max) override
    {
        core::Speller *speller = resolved();
        return speller ? speller->suggestions(word, max) : QStringList();
    }

private:
    core::Speller *resolved() const
    {
        std::call_once(m_once, [this] { m_speller = m_resolve(); });
        return m_speller;
    }

    std::function<core::Speller *()> m_resolve;
    mutable std::once_flag m_once;
    mutable core::Speller *m_speller = nullptr;
};

// Gives a letter's misspellings up to @p max corrections each, as a check asked for them
// would (core::SpellCheck::suggestions()). Hunspell takes tens of milliseconds a word, so
// where there are several words a second thread, with a dictionary of its own from the
// pool, works through them from the last while this one works from the first: the pool's
// spellers share what they work out (core::SharedSuggestions), so each word is worked out
// once, by whichever thread comes to it first.
void addCorrections(core::CheckResult &result, const QString &language, core::Speller &speller, int max)
{
    constexpr qsizetype kWordsForTwoThreads = 3; // fewer: loading a second dictionary costs more
    if (max <= 0)
        return;
    QList<core::Finding *> misspellings;
    QStringList words;
    QSet<QString> seen;
    const auto collect = [&](core::Finding &finding) {
        if (finding.rule != QLatin1String("spelling"))
            return;
        misspellings.append(&finding);
        if (!seen.contains(finding.excerpt)) {
            seen.insert(finding.excerpt);
            words.append(finding.excerpt);
        }
    };
    for (core::Finding &finding : result.findings)
        collect(finding);
    for (core::DismissedFinding &dismissed : result.dismissed)
        collect(dismissed.finding);
    QFuture<void> helper;
    if (words.size() >= kWordsForTwoThreads) {
        helper = QtConcurrent::run([language, words, max] {
            BorrowedTools tools(language, true);
            if (!tools->speller)
                return;
            for (auto word = words.crbegin(); word != words.crend(); ++word)
                core::SpellCheck::suggestions(*word, *tools->speller, max);
        });
    }
    for (core::Finding *finding : std::as_const(misspellings))
        finding->suggestions = core::SpellCheck::suggestions(finding->excerpt, speller, max);
    helper.waitForFinished();
}

} // namespace

LetterCheckOptions LetterCheckOptions::fromSettings(const core::Settings &settings)
{
    LetterCheckOptions options;
    options.houseRuleFiles = settings.houseRuleFiles();
    const QStringList disabled = settings.disabledRules();
    options.disabledRules = QSet<QString>(disabled.begin(), disabled.end());
    return options;
}

LetterCheckOptions LetterCheckOptions::builtInOnly()
{
    LetterCheckOptions options;
    options.spelling = false;
    return options;
}

// Rule sets per base language, loaded on first use.
struct LetterCheck::RuleCache {
    QMutex mutex;
    QHash<QString, std::shared_ptr<const core::RuleSet>> sets;
};

LetterCheck::LetterCheck(LetterCheckOptions options)
    : m_options(std::move(options))
    , m_rules(std::make_unique<RuleCache>())
{
    m_background.setMaxThreadCount(1);
    m_background.setObjectName(QStringLiteral("amends-check"));
}

LetterCheck::~LetterCheck()
{
    m_background.waitForDone();
}

void LetterCheck::setOptions(LetterCheckOptions options)
{
    // A check under way reads the options.
    m_background.waitForDone();
    if (options.houseRuleFiles != m_options.houseRuleFiles || options.rulesRoot != m_options.rulesRoot) {
        QMutexLocker lock(&m_rules->mutex);
        m_rules->sets.clear();
    }
    m_options = std::move(options);
}

std::shared_ptr<const core::RuleSet> LetterCheck::rules(const QString &language) const
{
    const QString data = core::dataLanguage(language);
    QMutexLocker lock(&m_rules->mutex);
    std::shared_ptr<const core::RuleSet> &set = m_rules->sets[data];
    if (!set)
        set = core::RuleSet::load(data, m_options.houseRuleFiles, m_options.rulesRoot);
    return set;
}

std::shared_ptr<const core::SentenceModel> LetterCheck::sentenceModel(const QString &language) const
{
    if (!m_options.sentenceModel)
        return nullptr;
    return m_options.model ? m_options.model : core::SentenceModel::builtIn(core::dataLanguage(language));
}

core::CheckResult LetterCheck::check(const core::CheckSubject &subject, std::optional<Spelling> spelling) const
{
    return check(subject, std::move(spelling), m_options.maxSpellingSuggestions);
}

core::CheckResult LetterCheck::check(const core::CheckSubject &subject, std::optional<Spelling> spelling, int suggestions) const
{
    core::CheckOptions options;
    options.disabledRules = m_options.disabledRules;
    options.spelling = m_options.spelling;
    options.maxSpellingSuggestions = suggestions;
    const core::Checker checker(rules(subject.language), sentenceModel(subject.language));
    BorrowedTools tools(subject.language, m_options.spelling && !spelling);
    core::CheckTools given{tools->speller.get(), tools->syllables.get()};
    if (spelling) {
        given.speller = spelling->speller;
        given.accepted = spelling->accepted;
    }
    return checker.check(subject, given, options);
}

QFuture<core::CheckResult> LetterCheck::checkInBackground(core::CheckSubject subject,
                                                           std::optional<SharedSpelling> spelling) const
{
    return QtConcurrent::run(&m_background, [this, subject = std::move(subject), spelling = std::move(spelling)] {
        if (!spelling)
            return check(subject);
        return check(subject, Spelling{spelling->speller.get(), &spelling->accepted});
    });
}

QList<CheckOutput> LetterCheck::checkAll(const QList<CheckInput> &inputs, QString *error) const
{
    // Loading a dictionary takes tens of milliseconds: it loads on a thread of its own,
    // then the hyphenation patterns, while this one reads the rules and the sentence
    // model. On two cores, a third loader beside them would only slow the dictionary
    // down, which is what everything waits for.
    QFuture<std::shared_ptr<BorrowedTools>> preload;
    const QString first = inputs.isEmpty() ? QString() : inputs.first().language;
    const bool spelling = !inputs.isEmpty() && m_options.spelling && DictionaryFinder().find(first).has_value();
    if (spelling) {
        preload = QtConcurrent::run([first, hugePages = m_options.dictionaryOnHugePages] {
            if (hugePages)
                processheap::reserveHugePages(processheap::kDictionaryBytes);
            return std::make_shared<BorrowedTools>(first, true);
        });
    }
    for (const CheckInput &input : inputs) {
        const QStringList errors = rules(input.language)->errors();
        if (!errors.isEmpty()) {
            *error = errors.join(QLatin1Char('\n'));
            preload.waitForFinished();
            return {};
        }
    }
    if (!inputs.isEmpty())
        sentenceModel(first);
    if (spelling && inputs.size() == 1) {
        // One letter: its rules run while the dictionary loads; its spelling pass waits
        // for the dictionary (on a long letter, on a thread of its own).
        // Its corrections, slow to work out, are worked out after it on both cores.
        DeferredSpeller speller([&preload] { return (*preload.result())->speller.get(); });
        core::CheckResult result = check(inputs.first().subject, Spelling{&speller, nullptr}, 0);
        addCorrections(result, first, speller, m_options.maxSpellingSuggestions);
        return {CheckOutput{inputs.first(), std::move(result)}};
    }
    if (!inputs.isEmpty())
        HyphenSyllableCounter(first).load();
    preload.waitForFinished();
    preload = {}; // the loaded tools back in the pool, for the first check to take
    return QtConcurrent::blockingMapped(inputs, [this](const CheckInput &input) {
        return CheckOutput{input, check(input.subject)};
    });
}

} // namespace amends::services
