#include "hyphensyllablecounter.h"

#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <hyphen.h>

#include <optional>
#include <vector>

namespace amends::services {

/// A loaded libhyphen dictionary. Hyphenating only reads it, so threads may share it.
class HyphenDictionary
{
public:
    explicit HyphenDictionary(const QString &path)
        : m_dict(hnj_hyphen_load(QFile::encodeName(path).constData()))
        , m_path(path)
    {
    }
    ~HyphenDictionary()
    {
        if (m_dict)
            hnj_hyphen_free(m_dict);
    }
    HyphenDictionary(const HyphenDictionary &) = delete;
    HyphenDictionary &operator=(const HyphenDictionary &) = delete;

    bool isValid() const { return m_dict != nullptr; }
    QString path() const { return m_path; }

    /// Hyphenation points of a lower-case word, or -1 when it cannot be hyphenated.
    int points(const QString &word) const
    {
        const std::optional<QList<qsizetype>> breaks = breakOffsets(word);
        return breaks ? static_cast<int>(breaks->size()) : -1;
    }

    /// The word cut at its hyphenation points (the whole word when it has none).
    QStringList pieces(const QString &word) const
    {
        const std::optional<QList<qsizetype>> breaks = breakOffsets(word);
        if (!breaks)
            return {word};
        const QByteArray utf8 = word.toUtf8();
        QStringList pieces;
        qsizetype start = 0;
        for (qsizetype offset : *breaks) {
            pieces.append(QString::fromUtf8(utf8.mid(start, offset - start)));
            start = offset;
        }
        pieces.append(QString::fromUtf8(utf8.mid(start)));
        return pieces;
    }

private:
    /// UTF-8 offsets where a lower-case word may break, or nothing when it cannot be
    /// hyphenated.
    std::optional<QList<qsizetype>> breakOffsets(const QString &word) const
    {
        const QByteArray utf8 = word.toUtf8();
        if (utf8.isEmpty() || utf8.size() > 100)
            return std::nullopt;
        std::vector<char> hyphens(utf8.size() + 5, 0);
        char **rep = nullptr;
        int *pos = nullptr;
        int *cut = nullptr;
        const int failed = hnj_hyphen_hyphenate3(m_dict, utf8.constData(), static_cast<int>(utf8.size()), hyphens.data(),
                                                 nullptr, &rep, &pos, &cut, 1, 1, 1, 1);
        if (rep) {
            for (qsizetype i = 0; i < utf8.size(); ++i)
                free(rep[i]);
            free(rep);
        }
        free(pos);
        free(cut);
        if (failed)
            return std::nullopt;
        QList<qsizetype> breaks;
        for (qsizetype i = 0; i + 1 < utf8.size(); ++i) {
            if (hyphens[i] & 1)
                breaks.append(i + 1);
        }
        return breaks;
    }

    HyphenDict *m_dict;
    QString m_path;
};

namespace {

// Dictionaries are loaded once per process and shared.
std::shared_ptr<const HyphenDictionary> sharedDictionary(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const HyphenDictionary>> loaded;
    QMutexLocker lock(&mutex);
    auto &entry = loaded[path];
    if (!entry) {
        auto dictionary = std::make_shared<const HyphenDictionary>(path);
        if (!dictionary->isValid())
            return nullptr;
        entry = dictionary;
    }
    return entry;
}

bool isStrongVowel(QChar c)
{
    // Spanish and Portuguese both break between two open vowels and at a stressed i or u.
    static const QString strong = QStringLiteral("aeoáéóàâêôãõíú");
    return strong.contains(c);
}

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouáéíóúàâêôãõü");
    return vowels.contains(c);
}

// The vowel nuclei of a piece of a Portuguese or Spanish word: one per vowel group,
// plus one per hiatus inside a group. Two open vowels are a hiatus (re-em-bol-so, le-er),
// and so is a stressed i or u beside a vowel (dí-a, sa-í-da). Before an open vowel an
// unstressed i or u glides in Spanish (clien-te, cuen-ta) but is a syllable of its own
// in Portuguese (a-ten-ci-o-sa-men-te). The u of que, qui, gue, gui is silent, and the
// o or e after a nasal ã or õ is a glide (car-tão, li-ções).
int romanceNuclei(const QString &piece, bool portuguese)
{
    int nuclei = 0;
    QChar previous;
    for (qsizetype i = 0; i < piece.size(); ++i) {
        const QChar c = piece[i];
        const bool silentU = c == u'u' && i > 0 && (piece[i - 1] == u'q' || piece[i - 1] == u'g') && i + 1 < piece.size()
                             && (piece[i + 1] == u'e' || piece[i + 1] == u'i' || piece[i + 1] == u'é' || piece[i + 1] == u'í');
        if (!isVowel(c) || silentU) {
            previous = QChar();
            continue;
        }
        const bool nasalGlide = (previous == u'ã' || previous == u'õ') && (c == u'o' || c == u'e');
        // A new nucleus: the first vowel of a group, or an open (or stressed) vowel
        // after an open one, or in Portuguese after any vowel.
        if (previous.isNull() || (!nasalGlide && isStrongVowel(c) && (portuguese || isStrongVowel(previous))))
            ++nuclei;
        previous = c;
    }
    return nuclei;
}

} // namespace

QString HyphenSyllableCounter::dictionaryPath(const QString &language)
{
    QString underscore = language;
    underscore.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString base = underscore.section(QLatin1Char('_'), 0, 0);
    QStringList folders = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("hyphen"),
                                                    QStandardPaths::LocateDirectory);
    folders.append(QStringLiteral("/usr/share/hyphen"));
    for (const QString &name : QStringList{underscore, base + QLatin1String("_US"), base}) {
        for (const QString &folder : std::as_const(folders)) {
            const QString path = folder + QLatin1String("/hyph_") + name + QLatin1String(".dic");
            if (QFileInfo::exists(path))
                return path;
        }
    }
    return {};
}

HyphenSyllableCounter::HyphenSyllableCounter(const QString &language)
    : m_language(language.startsWith(QLatin1String("en"))   ? Language::English
                 : language.startsWith(QLatin1String("pt")) ? Language::Portuguese
                 : language.startsWith(QLatin1String("es")) ? Language::Spanish
                                                            : Language::Other)
    , m_path(dictionaryPath(language))
{
}

HyphenSyllableCounter::~HyphenSyllableCounter() = default;

void HyphenSyllableCounter::load() const
{
    if (!m_loaded && !m_path.isEmpty())
        m_dictionary = sharedDictionary(m_path);
    m_loaded = true;
}

const HyphenDictionary *HyphenSyllableCounter::dictionary() const
{
    load();
    return m_dictionary.get();
}

int HyphenSyllableCounter::syllables(const QString &word)
{
    const QString lower = word.toLower();
    if (const auto it = m_cache.constFind(lower); it != m_cache.constEnd())
        return *it;
    int count = 0;
    if (const HyphenDictionary *dictionary = this->dictionary()) {
        // Hyphenated compounds are counted part by part.
        for (const QString &part : lower.split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
            if (m_language == Language::Portuguese || m_language == Language::Spanish) {
                // Typesetting patterns never strand one letter (a-ten-ta-men-te) nor
                // part two vowels (dí-a): each piece they leave is counted by its vowels.
                for (const QString &piece : dictionary->pieces(part))
                    count += qMax(1, romanceNuclei(piece, m_language == Language::Portuguese));
                continue;
            }
            const int points = dictionary->points(part);
            count += points < 0 ? m_fallback.syllables(part) : points + 1;
        }
    }
    // English hyphenation patterns leave out breaks that would strand one or two
    // letters (record-ed, apol-o-gy), so there they give a floor, not the count;
    // the larger of the two estimates is the better one.
    if (count == 0 || m_language == Language::English)
        count = qMax(count, m_fallback.syllables(lower));
    m_cache.insert(lower, count);
    return count;
}

QString HyphenSyllableCounter::method() const
{
    const HyphenDictionary *dictionary = this->dictionary();
    if (!dictionary)
        return m_fallback.method();
    return QLatin1String("hyphenation dictionary ") + QFileInfo(dictionary->path()).fileName()
           + (m_language == Language::English                                            ? QLatin1String(" and vowel groups")
              : m_language == Language::Portuguese || m_language == Language::Spanish ? QLatin1String(" and hiatus rules")
                                                                                       : QLatin1String(""));
}

} // namespace amends::services
