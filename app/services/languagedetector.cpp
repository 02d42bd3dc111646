#include "languagedetector.h"

#include "core/language.h"

#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>

#include <libexttextcat/textcat.h>

#include <algorithm>
#include <array>

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

// Short words each of the letter languages uses in almost every sentence and the other
// two do not ("you"/"você"/"usted", "was"/"foi"/"fue", "the"/"os"/"los"). n-gram profiles
// need a paragraph or more; a reply of one or two sentences has a handful of these.
// Words two of the languages share ("no", "nos", "este", "está", "a") are left out.
struct FunctionWords {
    const char *language;
    QSet<QString> words;
};

const std::array<FunctionWords, 3> &functionWords()
{
    const auto set = [](const char *list) {
        QSet<QString> words;
        for (const QString &word : QString::fromUtf8(list).split(u' '))
            words.insert(word);
        return words;
    };
    static const std::array<FunctionWords, 3> languages{{
        {"en", set("the and you your we our is was were have has had to of for with this that it be will not are "
                   "sorry please thank would could should been which my more when now other can there here where "
                   "yes how what at on by from an if or")},
        {"pt", set("não você vocês seu sua seus suas nosso nossa nossos nossas é foi foram são pelo pela pelos pelas ao "
                   "às os do da dos das na um uma com em mas também já muito isso esse essa até obrigado obrigada "
                   "lhe e ou assim meu minha mais quando agora outra outro pode tem temos há aqui onde sim nós")},
        {"es", set("el los las del y es fue fueron son su sus usted ustedes le les lo nuestro nuestra nuestros "
                   "nuestras hemos ha un una con en pero también ya muy esto hasta al gracias así mi más cuando nosotros "
                   "ahora otra otro puede tiene tenemos hay aquí donde sí")},
    }};
    return languages;
}

// Whether the profiles' answer @p language is one of the letter languages.
bool isLetterLanguage(const QString &language)
{
    return language == QLatin1String("en") || language == QLatin1String("pt") || language == QLatin1String("es");
}

// The letter language whose function words @p text uses most, when they say so clearly:
// two or more of them, and at least twice as many as of either other language.
QString byFunctionWords(const QString &text)
{
    const std::array<FunctionWords, 3> &languages = functionWords();
    std::array<int, 3> counts{};
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured().toLower();
        for (std::size_t k = 0; k < counts.size(); ++k)
            counts[k] += languages[k].words.contains(found);
    }
    const std::size_t best = std::size_t(std::max_element(counts.begin(), counts.end()) - counts.begin());
    int second = 0;
    for (std::size_t k = 0; k < counts.size(); ++k) {
        if (k != best)
            second = std::max(second, counts[k]);
    }
    if (counts[best] < 2 || counts[best] < 2 * second)
        return {};
    return QString::fromLatin1(languages[best].language);
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
    const QString sample = text.left(kSample);
    QString language = classifier().classify(sample.toUtf8());
    // The profiles tell a letter language from the others (a Galician or Catalan letter
    // stays unchecked); among the three, and in a text too short for the profiles (a
    // reply of a sentence or two, which they take for Italian as readily as for
    // Spanish), the function words decide when they are clear.
    constexpr qsizetype kShort = 400;
    if (isLetterLanguage(language) || language.isEmpty() || sample.size() < kShort) {
        if (const QString told = byFunctionWords(sample); !told.isEmpty())
            language = told;
    }
    if (!isLetterLanguage(language))
        return {};
    return language == QLatin1String("en") ? core::englishSpellingOf(text) : core::normaliseLanguageTag(language);
}

} // namespace amends::services
