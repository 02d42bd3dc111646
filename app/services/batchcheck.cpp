#include "batchcheck.h"

#include "dictionaryfinder.h"
#include "hunspellspeller.h"
#include "hyphensyllablecounter.h"

#include "core/cachingspeller.h"

#include "core/draftfile.h"
#include "core/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <memory>

namespace amends::services {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("amends::services::BatchCheck", text);
}

constexpr qint64 kMaxTextSize = 64 * 1024 * 1024;

std::optional<QString> readText(const QString &name, QString *error)
{
    QFile file;
    const bool stdinput = name == QLatin1String("-");
    const bool opened = stdinput ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = tr("cannot read \"%1\": %2").arg(name, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(kMaxTextSize + 1);
    if (bytes.size() > kMaxTextSize) {
        *error = tr("\"%1\" is too large to be a letter").arg(name);
        return std::nullopt;
    }
    if (bytes.contains('\0')) {
        *error = tr("\"%1\" is not a text file").arg(name);
        return std::nullopt;
    }
    QString text = QString::fromUtf8(bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

// Tools are not thread-safe: each worker thread keeps its own, per language.
core::CheckTools toolsForThisThread(const QString &language)
{
    struct Tools {
        std::unique_ptr<HyphenSyllableCounter> syllables;
        std::unique_ptr<core::Speller> speller; ///< null when no dictionary is installed
    };
    thread_local QHash<QString, std::shared_ptr<Tools>> perLanguage;
    auto &tools = perLanguage[language];
    if (!tools) {
        tools = std::make_shared<Tools>();
        tools->syllables = std::make_unique<HyphenSyllableCounter>(language);
        if (const std::optional<DictionaryPaths> paths = DictionaryFinder().find(language)) {
            HunspellSpeller::LoadResult loaded = HunspellSpeller::load(*paths);
            if (loaded.speller)
                tools->speller = std::make_unique<core::CachingSpeller>(std::move(loaded.speller));
        }
    }
    return {tools->speller.get(), tools->syllables.get()};
}

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
    QHash<QString, std::shared_ptr<const core::Checker>> checkers;
    for (const CheckInput &input : inputs) {
        const QString base = core::baseLanguage(input.language);
        if (checkers.contains(base))
            continue;
        const auto rules = core::RuleSet::load(base, houseRuleFiles);
        if (!rules->errors().isEmpty()) {
            *error = rules->errors().join(QLatin1Char('\n'));
            return {};
        }
        checkers.insert(base, std::make_shared<const core::Checker>(rules));
    }
    return QtConcurrent::blockingMapped(inputs, [&checkers, &options](const CheckInput &input) {
        const core::Checker &checker = *checkers.value(core::baseLanguage(input.language));
        return CheckOutput{input, checker.check(input.subject, toolsForThisThread(input.language), options)};
    });
}

} // namespace amends::services
