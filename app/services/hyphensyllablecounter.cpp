#include "hyphensyllablecounter.h"

#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <hyphen.h>

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
        const QByteArray utf8 = word.toUtf8();
        if (utf8.isEmpty() || utf8.size() > 100)
            return -1;
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
            return -1;
        int count = 0;
        for (qsizetype i = 0; i + 1 < utf8.size(); ++i)
            count += (hyphens[i] & 1) ? 1 : 0;
        return count;
    }

private:
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
    : m_english(language.startsWith(QLatin1String("en")))
{
    const QString path = dictionaryPath(language);
    if (!path.isEmpty())
        m_dictionary = sharedDictionary(path);
}

HyphenSyllableCounter::~HyphenSyllableCounter() = default;

int HyphenSyllableCounter::syllables(const QString &word)
{
    const QString lower = word.toLower();
    if (const auto it = m_cache.constFind(lower); it != m_cache.constEnd())
        return *it;
    int count = 0;
    if (m_dictionary) {
        // Hyphenated compounds are counted part by part.
        for (const QString &part : lower.split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
            const int points = m_dictionary->points(part);
            count += points < 0 ? m_fallback.syllables(part) : points + 1;
        }
    }
    // English hyphenation patterns leave out breaks that would strand one or two
    // letters (record-ed, apol-o-gy), so there they give a floor, not the count;
    // the larger of the two estimates is the better one.
    if (count == 0 || m_english)
        count = qMax(count, m_fallback.syllables(lower));
    m_cache.insert(lower, count);
    return count;
}

QString HyphenSyllableCounter::method() const
{
    if (!m_dictionary)
        return m_fallback.method();
    return QLatin1String("hyphenation dictionary ") + QFileInfo(m_dictionary->path()).fileName()
           + (m_english ? QLatin1String(" and vowel groups") : QLatin1String(""));
}

} // namespace amends::services
