#include "wordstemmer.h"

#include "language.h"

#include <QHash>
#include <QMutex>

#include <libstemmer.h>

namespace amends::core {

struct WordStemmer::Private {
    sb_stemmer *stemmer = nullptr;
    std::function<QString(const QString &)> function; ///< instead of a Snowball stemmer
    // A Snowball stemmer keeps its state between calls: one call at a time. Letters
    // repeat their words, so the stems found are kept (up to a bound).
    mutable QMutex mutex;
    mutable QHash<QString, QString> stems;
};

WordStemmer::WordStemmer(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

WordStemmer::~WordStemmer()
{
    if (d->stemmer)
        sb_stemmer_delete(d->stemmer);
}

std::shared_ptr<const WordStemmer> WordStemmer::forLanguage(const QString &dataLanguage)
{
    return baseLanguage(dataLanguage) == QLatin1String("en") ? nullptr : snowball(dataLanguage);
}

std::shared_ptr<const WordStemmer> WordStemmer::snowball(const QString &dataLanguage)
{
    const QString base = baseLanguage(dataLanguage);
    const char *algorithm = base == QLatin1String("pt") ? "portuguese"
        : base == QLatin1String("es")                   ? "spanish"
        : base == QLatin1String("en")                   ? "english"
                                                        : nullptr;
    if (!algorithm)
        return nullptr;
    auto d = std::make_unique<Private>();
    d->stemmer = sb_stemmer_new(algorithm, "UTF_8");
    if (!d->stemmer)
        return nullptr;
    return std::shared_ptr<const WordStemmer>(new WordStemmer(std::move(d)));
}

std::shared_ptr<const WordStemmer> WordStemmer::fromFunction(std::function<QString(const QString &)> stem)
{
    auto d = std::make_unique<Private>();
    d->function = std::move(stem);
    return std::shared_ptr<const WordStemmer>(new WordStemmer(std::move(d)));
}

QString WordStemmer::stem(const QString &word) const
{
    constexpr qsizetype kMaxRemembered = 50000;
    QMutexLocker lock(&d->mutex);
    if (const auto it = d->stems.constFind(word); it != d->stems.constEnd())
        return *it;
    QString result = word;
    if (d->function) {
        result = d->function(word);
    } else {
        const QByteArray utf8 = word.toUtf8();
        const sb_symbol *stemmed = sb_stemmer_stem(d->stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), static_cast<int>(utf8.size()));
        // Null only when memory runs out: the word is then its own stem.
        if (stemmed)
            result = QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(d->stemmer));
    }
    if (d->stems.size() >= kMaxRemembered)
        d->stems.clear();
    d->stems.insert(word, result);
    return result;
}

} // namespace amends::core
