#include "command.h"

#include "core/acceptedwords.h"
#include "core/cachingspeller.h"
#include "core/language.h"
#include "core/lettersize.h"
#include "core/spellcheck.h"
#include "core/textfile.h"
#include "services/checkinput.h"
#include "services/dictionaryfinder.h"
#include "services/hunspellspeller.h"
#include "services/processheap.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <future>

namespace amends::cli {

namespace {

struct SpellText {
    Q_DECLARE_TR_FUNCTIONS(amends::cli::Spell)
};

constexpr int kMaxSuggestions = 5;

// Counts lines and code-point columns up to each misspelling, which come in order.
class Position
{
public:
    explicit Position(QStringView text)
        : m_text(text)
    {
    }

    std::pair<int, int> at(qsizetype offset)
    {
        for (; m_offset < offset; ++m_offset) {
            if (m_text[m_offset] == u'\n') {
                ++m_line;
                m_column = 1;
            } else if (!m_text[m_offset].isLowSurrogate()) {
                ++m_column;
            }
        }
        return {m_line, m_column};
    }

private:
    QStringView m_text;
    qsizetype m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

std::optional<services::DictionaryPaths> resolveDictionary(const QCommandLineParser &parser, const QCommandLineOption &lang,
                                                           const QCommandLineOption &path, QString *error)
{
    if (parser.isSet(path)) {
        std::optional<services::DictionaryPaths> paths = services::DictionaryFinder::fromPath(parser.value(path));
        if (!paths)
            *error = SpellText::tr("no dictionary at \"%1\" (it needs a .aff and a .dic file).").arg(parser.value(path));
        return paths;
    }
    const QString tag = core::normaliseLanguageTag(parser.value(lang));
    if (tag.isEmpty()) {
        *error = SpellText::tr("\"%1\" is not a language such as en-US.").arg(parser.value(lang));
        return std::nullopt;
    }
    const services::DictionaryFinder finder;
    std::optional<services::DictionaryPaths> paths = finder.find(tag);
    if (!paths) {
        *error = SpellText::tr("no spelling dictionary for %1; install one (e.g. hunspell-%2) or pass --dictionary. "
                    "Searched: %3")
                     .arg(tag, tag.toLower(), finder.searchPaths().join(QLatin1String(", ")));
    }
    return paths;
}

// A text to check and the name its lines are printed with (none for standard input
// alone, as before files could be named).
struct SpellInput {
    QString prefix;
    QString text;
};

// The texts to check, each within the size limit for a letter: standard input, or the
// named files (a draft's composed letter, a text letter's text; "-" is standard input).
std::optional<QList<SpellInput>> readInputs(const QStringList &files, QString *error)
{
    if (files.isEmpty()) {
        std::optional<QString> text = core::TextFile::readText(QStringLiteral("-"), core::kMaxLetterSize, SpellText::tr("a letter"), error);
        if (!text)
            return std::nullopt;
        return QList<SpellInput>{{QString(), *text}};
    }
    QList<SpellInput> inputs;
    for (const QString &file : files) {
        std::optional<services::CheckInput> input = services::readCheckInput(file, QString(), error);
        if (!input)
            return std::nullopt;
        if (const QString tooLong = core::letterSizeError(file, input->subject.text.size()); !tooLong.isEmpty()) {
            *error = tooLong;
            return std::nullopt;
        }
        inputs.append({file + QLatin1Char(':'), input->subject.text});
    }
    return inputs;
}

void printMisspellings(const CommandContext &context, const SpellInput &input, core::Speller &speller, bool list)
{
    const QStringView text = input.text;
    const core::AcceptedWords none;
    Position position(text);
    for (const core::Span &span : core::SpellCheck::findMisspellings(text, speller, none)) {
        const QStringView word = text.mid(span.start, span.length());
        if (list) {
            context.out << word << '\n';
            continue;
        }
        const auto [line, column] = position.at(span.start);
        context.out << input.prefix << line << ':' << column << ": " << word;
        const QStringList suggestions = core::SpellCheck::suggestions(word, speller, kMaxSuggestions);
        if (!suggestions.isEmpty())
            context.out << ": " << suggestions.join(QLatin1String(", "));
        context.out << '\n';
    }
}

} // namespace

int runSpell(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), SpellText::tr("The dictionary of language CODE, e.g. en-US."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption dictionary(QStringLiteral("dictionary"),
                                        SpellText::tr("A Hunspell dictionary: the path of its .dic or .aff file."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  SpellText::tr("Print only the misspelled words, one per line, as hunspell -l does."));
    parser.addOptions({lang, dictionary, list});
    parser.addPositionalArgument(QStringLiteral("files"), SpellText::tr("Drafts (.amends) or text letters; - or none for standard input."),
                                 QStringLiteral("[FILE...]"));
    const int parsed = parseArguments(parser, context,
        SpellText::tr("Check the spelling of letters: the FILEs named (a draft's composed letter, a text letter) or standard "
           "input. Prints LINE:COLUMN: WORD: SUGGESTIONS for each misspelled word (FILE:LINE:COLUMN: ... when FILEs are "
           "named), or with --list only the words. Numbers, codes, addresses, URLs and {placeholders} are not checked."));
    if (parsed >= 0)
        return parsed;
    if (parser.isSet(lang) == parser.isSet(dictionary))
        return fail(context, SpellText::tr("'spell' needs either --lang CODE or --dictionary PATH."));

    QString error;
    const std::optional<services::DictionaryPaths> paths = resolveDictionary(parser, lang, dictionary, &error);
    if (!paths)
        return fail(context, error);
    // The dictionary loads (tens of milliseconds) while the text is read, into memory
    // backed by huge pages (see services/processheap.h).
    services::processheap::keepFreedMemory();
    std::future<services::HunspellSpeller::LoadResult> loading = std::async(std::launch::async, [paths] {
        services::processheap::reserveHugePages(services::processheap::kDictionaryBytes);
        return services::HunspellSpeller::load(*paths);
    });
    QString readError;
    const std::optional<QList<SpellInput>> inputs = readInputs(parser.positionalArguments(), &readError);
    services::HunspellSpeller::LoadResult loaded = loading.get();
    if (!inputs)
        return fail(context, readError);
    if (!loaded.speller)
        return fail(context, loaded.error);
    core::CachingSpeller speller(std::move(loaded.speller));
    for (const SpellInput &input : *inputs)
        printMisspellings(context, input, speller, parser.isSet(list));
    return Success;
}

} // namespace amends::cli
