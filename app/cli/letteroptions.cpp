#include "letteroptions.h"

#include "core/checker.h"
#include "core/language.h"
#include "core/lettersize.h"
#include "core/settings.h"
#include "services/processheap.h"
#include "services/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cstddef>

namespace amends::cli {

namespace {

// From this many characters, one letter is long (see prepareMemory()).
constexpr qsizetype kLongInput = 256 * 1024;
// What this thread reserves for the rules (3.9 MB for English, bench_rules), the sentence
// model's index and a short letter's check, with room to spare.
constexpr std::size_t kMainHeap = 16 * 1024 * 1024;

// A command-line process lives for one command, and on Linux each page of memory is
// faulted in the first time it is touched (on a virtual machine a fault can cost tens
// of microseconds). So (services/processheap.h): the memory it frees is kept for reuse,
// and this thread (rules, sentence model, checks) and the thread that loads the
// dictionary allocate from heaps grown at once and marked for transparent huge pages,
// as the glibc.malloc.hugetlb=1 tunable would do. Measured for a 400-word letter: about
// 1,400 page faults instead of 4,350, and a quarter less time.
// One long letter is checked by this thread, with helpers for spelling, the sentence
// model and the section cues: every thread then allocates from the one main heap (the
// only one that can be prepared before the helpers start), grown by about what the
// check will use (measured on a megabyte: a fifth less time). Not for many letters:
// checked in parallel, one per thread, they would wait on the one heap's lock (a third
// more time for 400).
void prepareMemory(qsizetype characters, bool oneLetter)
{
    services::processheap::keepFreedMemory();
    if (!oneLetter || characters < kLongInput) {
        services::processheap::reserveHugePages(kMainHeap);
        return;
    }
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, 1);
#endif
    // Measured: about 40 bytes a character of text at the peak, beside the dictionary;
    // and the text as read, up to four bytes a character.
    services::processheap::reserveHugePages(std::size_t(32 * 1024 * 1024 + 72 * characters));
}

struct LetterOptionsText {
    Q_DECLARE_TR_FUNCTIONS(amends::cli::LetterOptions)
};

const QStringList kLetterGlobs{QStringLiteral("*.amends"), QStringLiteral("*.txt")};

void addLetters(const QDir &dir, const QStringList &globs, bool recursive, QStringList &files)
{
    for (const QString &entry : dir.entryList(globs, QDir::Files, QDir::Name))
        files.append(dir.filePath(entry));
    if (!recursive)
        return;
    // Hidden folders (.git) are left out, and links to folders, which could loop.
    for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name))
        addLetters(QDir(dir.filePath(entry)), globs, recursive, files);
}

// The application's house rule packs and switched-off rules, when the packs still exist.
std::optional<services::LetterCheckOptions> settingsOptions(const core::Settings &settings, QString *error)
{
    services::LetterCheckOptions options = services::LetterCheckOptions::fromSettings(settings);
    for (const QString &file : std::as_const(options.houseRuleFiles)) {
        if (!QFileInfo(file).isFile()) {
            *error = LetterOptionsText::tr("the house rule pack \"%1\" chosen in the application's preferences is not a file; "
                                           "choose another there, or pass --no-config to check without the settings.")
                         .arg(file);
            return std::nullopt;
        }
    }
    return options;
}

// A letter read, with the project file that applies to it (null for none).
struct ReadLetter {
    services::CheckInput input;
    std::shared_ptr<const services::ProjectFile> project;
};

std::optional<ReadLetter> readLetter(const QString &file, const QString &language, services::ProjectFileFinder *finder, QString *error)
{
    ReadLetter letter;
    if (finder) {
        const QString folder = file == QLatin1String("-") ? QDir::currentPath() : QFileInfo(file).absolutePath();
        letter.project = finder->find(folder, error);
        if (!letter.project && !error->isEmpty())
            return std::nullopt;
    }
    std::optional<services::CheckInput> input = services::readCheckInput(file, language, error);
    if (!input)
        return std::nullopt;
    if (const QString tooLong = core::letterSizeError(file, input->subject.text.size()); !tooLong.isEmpty()) {
        *error = tooLong;
        return std::nullopt;
    }
    // A project's language is that of its text letters; a draft keeps its own.
    if (language.isEmpty() && letter.project && !letter.project->language.isEmpty() && !input->subject.draft) {
        input->language = letter.project->language;
        input->subject = core::subjectFromText(input->subject.text, input->language);
    }
    letter.input = std::move(*input);
    return letter;
}

} // namespace

LetterOptions::LetterOptions()
    : m_lang(QStringLiteral("lang"), LetterOptionsText::tr("Language of the letters, e.g. en-US (drafts default to their own)."), QStringLiteral("CODE"))
    , m_rules(QStringLiteral("rules"), LetterOptionsText::tr("A house rule pack to add (repeatable)."), QStringLiteral("FILE"))
    , m_disable(QStringLiteral("disable"), LetterOptionsText::tr("Switch a rule off by its id (repeatable)."), QStringLiteral("RULE"))
    , m_noSpelling(QStringLiteral("no-spelling"), LetterOptionsText::tr("Skip the spelling check."))
    , m_noConfig(QStringLiteral("no-config"),
                 LetterOptionsText::tr("Ignore the application's settings and .amends.json project files: built-in rules and the command line only."))
    , m_recursive(QStringList{QStringLiteral("r"), QStringLiteral("recursive")}, LetterOptionsText::tr("Check the letters in the folders of folders too."))
    , m_glob(QStringLiteral("glob"),
             LetterOptionsText::tr("Only letters in folders whose file name matches PATTERN (repeatable; default *.amends and *.txt)."),
             QStringLiteral("PATTERN"))
{
}

void LetterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_lang, m_rules, m_disable, m_noSpelling, m_noConfig, m_recursive, m_glob});
}

bool LetterOptions::read(const QCommandLineParser &parser, QString *error)
{
    m_language = core::normaliseLanguageTag(parser.value(m_lang));
    if (parser.isSet(m_lang) && m_language.isEmpty()) {
        *error = LetterOptionsText::tr("\"%1\" is not a language such as en-US.").arg(parser.value(m_lang));
        return false;
    }
    m_houseRules = parser.values(m_rules);
    m_disabledRules = parser.values(m_disable);
    m_spelling = !parser.isSet(m_noSpelling);
    m_useConfig = !parser.isSet(m_noConfig);
    m_recurse = parser.isSet(m_recursive);
    m_globs = parser.isSet(m_glob) ? parser.values(m_glob) : kLetterGlobs;
    for (const QString &glob : std::as_const(m_globs)) {
        if (glob.isEmpty() || glob.contains(QLatin1Char('/'))) {
            *error = LetterOptionsText::tr("--glob \"%1\" is not a file-name pattern such as *.amends.").arg(glob);
            return false;
        }
    }
    return true;
}

QStringList LetterOptions::letters(const QStringList &names, QString *error) const
{
    QStringList files;
    for (const QString &name : names) {
        if (name != QLatin1String("-") && QFileInfo(name).isDir())
            addLetters(QDir(name), m_globs, m_recurse, files);
        else
            files.append(name);
    }
    if (files.isEmpty() && !names.isEmpty()) {
        *error = LetterOptionsText::tr("found no letters (%1) in %2%3.")
                     .arg(m_globs.join(QLatin1String(", ")), names.join(QLatin1String(", ")),
                          m_recurse ? QString() : LetterOptionsText::tr("; --recursive looks in their folders too"));
    }
    return files;
}

std::optional<QList<CheckedLetter>> LetterOptions::check(const QStringList &files, const core::Settings &settings, int maxSuggestions,
                                                         QString *error) const
{
    services::LetterCheckOptions base;
    if (m_useConfig) {
        std::optional<services::LetterCheckOptions> fromSettings = settingsOptions(settings, error);
        if (!fromSettings)
            return std::nullopt;
        base = std::move(*fromSettings);
    }
    // The memory is prepared before the letters are read: reading a long one is already
    // thousands of pages touched for the first time (a megabyte: 15 ms, against 6 ms
    // prepared). Its size is the file's, in bytes: a character takes at least one.
    qint64 bytes = 0;
    for (const QString &file : files)
        bytes += file == QLatin1String("-") ? 0 : QFileInfo(file).size();
    prepareMemory(qMin(bytes, core::kMaxLetterSize), files.size() == 1);
    // Everything is read before anything is checked: no partial output on bad input.
    services::ProjectFileFinder finder;
    QList<ReadLetter> letters;
    for (const QString &file : files) {
        std::optional<ReadLetter> letter = readLetter(file, m_language, m_useConfig ? &finder : nullptr, error);
        if (!letter)
            return std::nullopt;
        letters.append(std::move(*letter));
    }

    // Letters under the same project file share their options and one check service.
    QMap<QString, QList<int>> byProject;
    for (int i = 0; i < letters.size(); ++i)
        byProject[letters[i].project ? letters[i].project->path : QString()].append(i);
    QList<CheckedLetter> checked(letters.size());
    for (const QList<int> &indexes : std::as_const(byProject)) {
        services::LetterCheckOptions options = base;
        if (const auto &project = letters[indexes.first()].project)
            project->applyTo(options);
        for (const QString &file : m_houseRules) {
            if (!options.houseRuleFiles.contains(file))
                options.houseRuleFiles.append(file);
        }
        for (const QString &rule : m_disabledRules)
            options.disabledRules.insert(rule);
        options.spelling = options.spelling && m_spelling;
        options.maxSpellingSuggestions = maxSuggestions;
        options.dictionaryOnHugePages = true;
        const services::LetterCheck service(options);
        QList<services::CheckInput> inputs;
        for (const int i : indexes)
            inputs.append(letters[i].input);
        const QList<services::CheckOutput> outputs = service.checkAll(inputs, error);
        if (!error->isEmpty())
            return std::nullopt;
        for (qsizetype k = 0; k < indexes.size(); ++k)
            checked[indexes[k]] = {outputs[k], service.rules(outputs[k].input.language)};
    }
    return checked;
}

} // namespace amends::cli
