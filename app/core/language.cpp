#include "language.h"

#include "formatting.h"
#include "textfile.h"
#include "wordtokenizer.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace amends::core {

bool isLanguageTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
    return pattern.match(tag).hasMatch();
}

QString normaliseLanguageTag(const QString &typed)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?(?:\\.[A-Za-z0-9-]+)?(?:@\\w+)?$"));
    const QRegularExpressionMatch match = pattern.match(typed.trimmed());
    if (!match.hasMatch())
        return {};
    const QString language = match.captured(1).toLower();
    QString region = match.captured(2).toUpper();
    if (region.isEmpty()) {
        static const QHash<QString, QString> usualRegion = {
            {QStringLiteral("en"), QStringLiteral("US")},
            {QStringLiteral("pt"), QStringLiteral("BR")},
            {QStringLiteral("es"), QStringLiteral("MX")},
        };
        region = usualRegion.value(language);
    }
    return region.isEmpty() ? language : language + QLatin1Char('-') + region;
}

QString baseLanguage(const QString &tag)
{
    return tag.section(QLatin1Char('-'), 0, 0);
}

QString dataLanguage(const QString &tag)
{
    const QString base = baseLanguage(tag);
    if (base == QLatin1String("pt"))
        return QStringLiteral("pt-BR");
    return base;
}

namespace {

struct EnglishVariants {
    QSet<QString> british;
    QSet<QString> american;
};

const EnglishVariants &englishVariants()
{
    static const EnglishVariants variants = [] {
        EnglishVariants read;
        QSet<QString> *into = nullptr;
        for (const QString &line : TextFile::builtInListLines(QStringLiteral(":/spelling/en-variants.txt"))) {
            if (line == QLatin1String("[british]"))
                into = &read.british;
            else if (line == QLatin1String("[american]"))
                into = &read.american;
            else if (into)
                into->insert(line);
        }
        return read;
    }();
    return variants;
}

} // namespace

QString englishSpellingOf(QStringView text)
{
    // The first pages tell as well as the whole text.
    constexpr qsizetype kSample = 64 * 1024;
    text = text.left(kSample);
    const EnglishVariants &variants = englishVariants();
    int british = 0;
    int american = 0;
    for (const WordToken &token : WordTokenizer::tokenize(text)) {
        const QString word = text.mid(token.span.start, token.span.length()).toString().toLower().replace(u'\u2019', u'\'');
        british += variants.british.contains(word);
        american += variants.american.contains(word);
    }
    return british > american ? QStringLiteral("en-GB") : QStringLiteral("en-US");
}

QString letterLanguageFor(const QLocale &locale)
{
    const QString tag = normaliseLanguageTag(locale.name());
    const QStringList offered = supportedLetterLanguages();
    if (offered.contains(tag))
        return tag;
    for (const QString &candidate : offered) {
        if (baseLanguage(candidate) == baseLanguage(tag))
            return candidate;
    }
    return QStringLiteral("en-US");
}

QString letterLanguageName(const QString &tag)
{
    const QLocale locale = letterLocale(tag);
    // The plain name of the language: Qt's names some variants after their country
    // ("American English", "español de México"), which the country then repeats.
    static const QHash<QString, QString> plain = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("pt"), QStringLiteral("Português")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    QString language = plain.value(baseLanguage(tag), locale.nativeLanguageName());
    if (!language.isEmpty())
        language[0] = language[0].toUpper();
    return QStringLiteral("%1 (%2)").arg(language, locale.nativeTerritoryName());
}

QStringList supportedLetterLanguages()
{
    return {QStringLiteral("en-US"), QStringLiteral("en-GB"), QStringLiteral("pt-BR"), QStringLiteral("es-MX"),
            QStringLiteral("es-ES"), QStringLiteral("es-AR"), QStringLiteral("es-CO"), QStringLiteral("es-CL")};
}

} // namespace amends::core
