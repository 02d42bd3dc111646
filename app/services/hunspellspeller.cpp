#include "hunspellspeller.h"

#include "core/wordtokenizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>

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

} // namespace

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

bool HunspellSpeller::isCorrect(const QString &word)
{
    const std::optional<std::string> encoded = prepare(word);
    return encoded && m_hunspell->spell(*encoded);
}

QStringList HunspellSpeller::suggestions(const QString &word, int max)
{
    const std::optional<std::string> encoded = prepare(word);
    if (!encoded || max <= 0)
        return {};
    QStringList result;
    for (const std::string &suggestion : m_hunspell->suggest(*encoded)) {
        std::optional<QString> decoded = m_codec.decode(suggestion);
        if (decoded && !decoded->isEmpty() && !result.contains(*decoded))
            result.append(*decoded);
        if (result.size() >= max)
            break;
    }
    return result;
}

} // namespace amends::services
