#include "hunspellspeller.h"

#include "core/textfile.h"
#include "core/wordtokenizer.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QUtf8StringView>

#include <algorithm>
#include <iterator>
#include <limits>

#include <hunspell.hxx>

namespace amends::services {

namespace {

struct HunspellSpellerText {
    Q_DECLARE_TR_FUNCTIONS(amends::services::HunspellSpeller)
};

QMutex &constructionMutex()
{
    static QMutex mutex;
    return mutex;
}

bool isSingleWord(const QString &word)
{
    if (word.isEmpty() || word.size() > core::WordTokenizer::kMaxWordLength)
        return false;
    for (QChar c : word) {
        if (c.isSpace() || c == u'<' || c == u'>' || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

// The largest affix file read (the biggest published ones are a few megabytes).
constexpr qint64 kMaxAffixFileSize = 64 * 1024 * 1024;

QList<QByteArray> fieldsOf(const QByteArray &line)
{
    QList<QByteArray> fields;
    for (const QByteArray &field : line.split(' ')) {
        for (const QByteArray &part : field.split('\t')) {
            if (!part.isEmpty())
                fields.append(part);
        }
    }
    return fields;
}

// Hunspell reads each line as a C string, so a NUL cuts it short: an affix table entry
// so cut loses its pattern (Hunspell 1.7.1 then reads before the word it makes
// suggestions for), and a word so cut keeps the length of the whole line (1.7.1 then
// throws out of suggest()). No text file holds one: the reason, naming the line, or empty.
QString nulCharacterProblem(const QString &path, QByteArrayView bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    if (nul < 0)
        return {};
    return HunspellSpellerText::tr("The dictionary \"%1\" cannot be used: line %2 holds a NUL character, which no text file has.")
        .arg(path)
        .arg(bytes.first(nul).count('\n') + 1);
}

// Whether every "(" in a PHONE rule's pattern is closed by a ")" before the next "(",
// with at least one letter between, and every ")" opened.
bool hasClosedGroups(const QByteArray &pattern)
{
    bool open = false;
    qsizetype opened = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '(') {
            if (open)
                return false;
            open = true;
            opened = i;
        } else if (pattern[i] == ')') {
            if (!open || i == opened + 1)
                return false;
            open = false;
        }
    }
    return !open;
}

} // namespace

QString HunspellSpeller::wordFileProblem(const QString &dicPath)
{
    // The file is mapped, not read: a word list is megabytes, loaded at every start.
    QFile file(dicPath);
    if (!file.open(QIODevice::ReadOnly))
        return HunspellSpellerText::tr("Cannot read the dictionary file \"%1\".").arg(dicPath);
    const uchar *mapped = file.map(0, file.size());
    const QByteArray read = mapped ? QByteArray() : file.readAll();
    return nulCharacterProblem(dicPath, mapped ? QByteArrayView(mapped, file.size()) : QByteArrayView(read));
}

QString HunspellSpeller::affixFileProblem(const QString &affPath)
{
    QString error;
    const std::optional<QByteArray> bytes = core::TextFile::readBytes(affPath, kMaxAffixFileSize, HunspellSpellerText::tr("a dictionary"), &error);
    if (!bytes)
        return error;
    if (QString problem = nulCharacterProblem(affPath, *bytes); !problem.isEmpty())
        return problem;
    // The tables Hunspell 1.7.1 reads without checking them well enough: a header line
    // "KEY N", then N lines "KEY" and as many values as the table takes. Hunspell finds a
    // header by its first letters, as here.
    struct Table {
        const char *key;
        int values;
    };
    static const Table tables[] = {{"PHONE", 2}, {"REP", 2}, {"MAP", 1}};
    QList<QByteArray> lines = bytes->split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the end of the last line, not a line
    if (!lines.isEmpty() && lines.first().startsWith("\xEF\xBB\xBF"))
        lines.first().remove(0, 3);
    // Hunspell 1.7.1 reads past its buffers when a UTF-8 dictionary's affix file (its
    // TRY line, for one) is not UTF-8, and crashes when asked for suggestions.
    const bool utf8 = std::any_of(lines.cbegin(), lines.cend(), [](const QByteArray &line) {
        const QList<QByteArray> fields = fieldsOf(line.trimmed());
        return fields.size() >= 2 && fields[0] == "SET" && fields[1].toUpper() == "UTF-8";
    });
    for (qsizetype i = 0; utf8 && i < lines.size(); ++i) {
        if (!QUtf8StringView(lines[i]).isValidUtf8()) {
            return HunspellSpellerText::tr("The dictionary \"%1\" cannot be used: it is declared UTF-8, but line %2 is not UTF-8.")
                .arg(affPath)
                .arg(i + 1);
        }
    }
    QSet<QByteArray> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const auto table = std::find_if(std::begin(tables), std::end(tables), [&](const Table &t) { return line.startsWith(t.key); });
        if (table == std::end(tables))
            continue;
        const QString key = QLatin1String(table->key);
        const auto broken = [&](qsizetype lineIndex, const QString &reason) {
            return HunspellSpellerText::tr("The dictionary \"%1\" cannot be used: its %2 table is broken at line %3 (%4).")
                .arg(affPath, key)
                .arg(lineIndex + 1)
                .arg(reason);
        };
        const QList<QByteArray> header = fieldsOf(line);
        bool isNumber = false;
        const int count = header.size() == 2 ? header[1].toInt(&isNumber) : 0;
        if (!isNumber || count < 1)
            return broken(i, HunspellSpellerText::tr("\"%1 N\" should give the number of entries").arg(key));
        if (seen.contains(table->key))
            return broken(i, HunspellSpellerText::tr("the table is given twice"));
        seen.insert(table->key);
        for (int entry = 1; entry <= count; ++entry) {
            if (i + entry >= lines.size())
                return broken(i, HunspellSpellerText::tr("it announces %1 entries but the file ends after %2").arg(count).arg(entry - 1));
            QByteArray entryLine = lines[i + entry];
            if (entryLine.endsWith('\r'))
                entryLine.chop(1);
            const QList<QByteArray> fields = fieldsOf(entryLine);
            // More values are ignored by Hunspell as by this check.
            if (fields.isEmpty() || fields.first() != table->key || fields.size() < table->values + 1) {
                return broken(i + entry, table->values == 1 ? HunspellSpellerText::tr("an entry should be \"%1\" and one value").arg(key)
                                                            : HunspellSpellerText::tr("an entry should be \"%1\" and two values").arg(key));
            }
            // phonet() reads past the end of a rule whose "(…)" group is not closed.
            if (key == QLatin1String("PHONE") && !hasClosedGroups(fields[1]))
                return broken(i + entry, HunspellSpellerText::tr("a \"(\" in a rule is not closed by \")\""));
        }
        i += count;
    }
    return {};
}

HunspellSpeller::HunspellSpeller(std::unique_ptr<Hunspell> hunspell, DictionaryCodec codec, const DictionaryPaths &paths)
    : m_hunspell(std::move(hunspell))
    , m_codec(std::move(codec))
    , m_paths(paths)
    , m_language(paths.language)
{
}

HunspellSpeller::~HunspellSpeller() = default;

HunspellSpeller::LoadResult HunspellSpeller::load(const DictionaryPaths &paths)
{
    // Hunspell quietly builds an empty dictionary from missing files; refuse instead.
    for (const QString &file : {paths.affPath, paths.dicPath}) {
        QFile probe(file);
        if (!probe.open(QIODevice::ReadOnly))
            return {nullptr, HunspellSpellerText::tr("Cannot read the dictionary file \"%1\".").arg(file)};
    }
    if (const QString problem = wordFileProblem(paths.dicPath); !problem.isEmpty())
        return {nullptr, problem};
    // Hunspell 1.7.1 crashes on some broken tables when asked for suggestions.
    if (const QString problem = affixFileProblem(paths.affPath); !problem.isEmpty())
        return {nullptr, problem};
    std::unique_ptr<Hunspell> hunspell;
    {
        const QMutexLocker lock(&constructionMutex());
        hunspell = std::make_unique<Hunspell>(QFile::encodeName(paths.affPath).constData(),
                                              QFile::encodeName(paths.dicPath).constData());
    }
    const QString encoding = QString::fromStdString(hunspell->get_dict_encoding());
    std::optional<DictionaryCodec> codec = DictionaryCodec::forName(encoding);
    if (!codec) {
        return {nullptr, HunspellSpellerText::tr("The dictionary \"%1\" uses the encoding \"%2\", which this system cannot convert.")
                             .arg(paths.dicPath, encoding)};
    }
    return {std::unique_ptr<HunspellSpeller>(new HunspellSpeller(std::move(hunspell), std::move(*codec), paths)), {}};
}

std::optional<std::string> HunspellSpeller::prepare(const QString &word)
{
    if (!isSingleWord(word))
        return std::nullopt;
    return m_codec.encode(word);
}

template <typename Result, typename Call>
Result HunspellSpeller::guarded(Call call)
{
    // Hunspell 1.7.1 throws the standard library's exceptions (out_of_range from a
    // string) on some dictionaries it accepted: such a request has no answer, and the
    // program goes on.
    try {
        return call();
    } catch (const std::exception &) {
        return Result{};
    }
}

bool HunspellSpeller::isCorrect(const QString &word)
{
    const std::optional<std::string> encoded = prepare(word);
    return encoded && guarded<bool>([&] { return m_hunspell->spell(*encoded); });
}

QStringList HunspellSpeller::decodeAll(const std::vector<std::string> &words, qsizetype max)
{
    QStringList result;
    for (const std::string &word : words) {
        std::optional<QString> decoded = m_codec.decode(word);
        if (decoded && !decoded->isEmpty() && !result.contains(*decoded))
            result.append(*decoded);
        if (result.size() >= max)
            break;
    }
    return result;
}

QStringList HunspellSpeller::stems(const QString &word)
{
    const std::optional<std::string> encoded = prepare(word);
    if (!encoded)
        return {};
    return decodeAll(guarded<std::vector<std::string>>([&] { return m_hunspell->stem(*encoded); }),
                     std::numeric_limits<qsizetype>::max());
}

QStringList HunspellSpeller::suggestions(const QString &word, int max)
{
    const std::optional<std::string> encoded = prepare(word);
    if (!encoded || max <= 0)
        return {};
    return decodeAll(guarded<std::vector<std::string>>([&] { return m_hunspell->suggest(*encoded); }), max);
}

} // namespace amends::services
