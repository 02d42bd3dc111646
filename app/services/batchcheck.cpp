#include "batchcheck.h"

#include "dictionaryfinder.h"
#include "hunspellspeller.h"
#include "hyphensyllablecounter.h"

#include "core/cachingspeller.h"

#include "core/draftfile.h"
#include "core/language.h"
#include "core/lettersize.h"
#include "core/textfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <map>
#include <vector>

#include <memory>

namespace amends::services {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("amends::services::BatchCheck", text);
}

// A text letter: a regular file or standard input, UTF-8 or (with a byte order mark)
// UTF-16 or UTF-32, within the size limit for a letter.
std::optional<QString> readText(const QString &name, QString *error)
{
    return core::TextFile::readText(name, core::kMaxLetterSize, tr("a letter"), error);
}

// The tools of one check: not thread-safe, so each is used by one check at a time.
struct Tools {
    std::unique_ptr<HyphenSyllableCounter> syllables;
    std::unique_ptr<core::Speller> speller; ///< null when no dictionary is installed
    bool spellerLoaded = false;            ///< whether loading the speller was tried
};

// Tool sets lent to checks, per language; a set is made when none is free, so there
// are never more than there are worker threads. The pool lives as long as the
// process: later runs reuse its dictionaries, and exit does not spend time freeing
// them.
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
        {
            QMutexLocker lock(&m_mutex);
            std::vector<std::unique_ptr<Tools>> &free = m_free[language];
            if (!free.empty()) {
                tools = std::move(free.back());
                free.pop_back();
            }
        }
        if (!tools) {
            tools = std::make_unique<Tools>();
            tools->syllables = std::make_unique<HyphenSyllableCounter>(language);
        }
        if (spelling && !tools->spellerLoaded) {
            tools->spellerLoaded = true;
            if (const std::optional<DictionaryPaths> paths = DictionaryFinder().find(language)) {
                HunspellSpeller::LoadResult loaded = HunspellSpeller::load(*paths);
                if (loaded.speller)
                    tools->speller = std::make_unique<core::CachingSpeller>(std::move(loaded.speller));
            }
        }
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
};

} // namespace

std::optional<CheckInput> readCheckInput(const QString &name, const QString &language, QString *error)
{
    CheckInput input;
    input.name = name;
    if (name.endsWith(QLatin1String(".amends"), Qt::CaseInsensitive)) {
        const core::DraftFile::LoadResult loaded = core::DraftFile::load(name);
        if (!loaded.draft) {
            *error = loaded.error;
            return std::nullopt;
        }
        core::Draft draft = *loaded.draft;
        if (!language.isEmpty())
            draft.language = language;
        input.language = draft.language;
        input.subject = core::subjectFromDraft(draft);
        return input;
    }
    const std::optional<QString> text = readText(name, error);
    if (!text)
        return std::nullopt;
    input.language = language.isEmpty() ? QStringLiteral("en-US") : language;
    input.subject = core::subjectFromText(*text, input.language);
    return input;
}

QList<CheckOutput> checkAll(const QList<CheckInput> &inputs, const QStringList &houseRuleFiles,
                            const core::CheckOptions &options, QString *error)
{
    // Loading a dictionary takes tens of milliseconds: do it while the rules load.
    ToolPool &pool = ToolPool::instance();
    const bool spelling = options.spelling;
    QFuture<void> preload;
    if (!inputs.isEmpty()) {
        const QString first = inputs.first().language;
        preload = QtConcurrent::run([&pool, first, spelling] { pool.give(first, pool.take(first, spelling)); });
    }
    QHash<QString, std::shared_ptr<const core::Checker>> checkers;
    for (const CheckInput &input : inputs) {
        const QString base = core::baseLanguage(input.language);
        if (checkers.contains(base))
            continue;
        const auto rules = core::RuleSet::load(base, houseRuleFiles);
        if (!rules->errors().isEmpty()) {
            *error = rules->errors().join(QLatin1Char('\n'));
            preload.waitForFinished();
            return {};
        }
        checkers.insert(base, std::make_shared<const core::Checker>(rules));
    }
    preload.waitForFinished();
    return QtConcurrent::blockingMapped(inputs, [&checkers, &options, &pool, spelling](const CheckInput &input) {
        const core::Checker &checker = *checkers.value(core::baseLanguage(input.language));
        std::unique_ptr<Tools> tools = pool.take(input.language, spelling);
        core::Speller *speller = spelling ? tools->speller.get() : nullptr;
        CheckOutput output{input, checker.check(input.subject, {speller, tools->syllables.get()}, options)};
        pool.give(input.language, std::move(tools));
        return output;
    });
}

} // namespace amends::services
