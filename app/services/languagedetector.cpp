#include "languagedetector.h"

#include "core/language.h"

#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <libexttextcat/textcat.h>

namespace amends::services {

namespace {

constexpr const char *kProfileFolder = "/usr/share/libexttextcat/";

// The letter languages, and neighbours a letter is often mistaken for or written in:
// a Galician or Catalan letter is then not taken for Portuguese or Spanish.
constexpr const char *kProfiles[] = {"en", "pt", "es", "gl", "ca", "fr", "it", "de"};

class Classifier
{
public:
    Classifier()
    {
        // The configuration names each profile file and the answer it gives.
        QTemporaryFile config;
        if (!config.open())
            return;
        for (const char *language : kProfiles) {
            if (!QFile::exists(QString::fromLatin1(kProfileFolder) + QString::fromLatin1(language) + QStringLiteral(".lm")))
                return;
            config.write(QByteArray(language) + ".lm " + language + '\n');
        }
        config.flush();
        m_handle = special_textcat_Init(QFile::encodeName(config.fileName()).constData(), kProfileFolder);
    }
    ~Classifier()
    {
        if (m_handle)
            textcat_Done(m_handle);
    }
    Classifier(const Classifier &) = delete;
    Classifier &operator=(const Classifier &) = delete;

    bool isValid() const { return m_handle != nullptr; }

    /// The best profile's name ("pt"), or empty.
    QString classify(const QByteArray &utf8)
    {
        if (!m_handle)
            return {};
        QMutexLocker lock(&m_mutex); // a handle keeps its work in itself
        const char *answer = textcat_Classify(m_handle, utf8.constData(), static_cast<size_t>(utf8.size()));
        // "[pt][gl]" lists the candidates, best first; "SHORT" and "UNKNOWN" say none.
        static const QRegularExpression first(QStringLiteral("^\\[([a-z]+)\\]"));
        const QRegularExpressionMatch match = first.match(QString::fromLatin1(answer ? answer : ""));
        return match.hasMatch() ? match.captured(1) : QString();
    }

private:
    void *m_handle = nullptr;
    QMutex m_mutex;
};

Classifier &classifier()
{
    static Classifier instance;
    return instance;
}

} // namespace

bool canDetectLanguages()
{
    return classifier().isValid();
}

QString detectLetterLanguage(const QString &text)
{
    // The first few thousand characters tell as well as the whole letter.
    constexpr qsizetype kSample = 4000;
    const QString language = classifier().classify(text.left(kSample).toUtf8());
    if (language == QLatin1String("en"))
        return core::englishSpellingOf(text);
    if (language == QLatin1String("pt") || language == QLatin1String("es"))
        return core::normaliseLanguageTag(language);
    return {};
}

} // namespace amends::services
