#include "language.h"

#include <QRegularExpression>

namespace amends::core {

bool isLanguageTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
    return pattern.match(tag).hasMatch();
}

QString baseLanguage(const QString &tag)
{
    return tag.section(QLatin1Char('-'), 0, 0);
}

QStringList supportedLetterLanguages()
{
    return {QStringLiteral("en-US"), QStringLiteral("en-GB")};
}

} // namespace amends::core
