#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace amends::core {

/// True for tags such as "en", "en-US", "pt-BR".
bool isLanguageTag(const QString &tag);

/// A language as people type it, as a tag: "en_US", "en-us", "en_US.UTF-8" and
/// "en_GB@euro" become "en-US" and "en-GB"; a bare language takes its usual region
/// ("en" → "en-US", "pt" → "pt-BR", "es" → "es-ES"). An empty string for anything that
/// is not a language.
QString normaliseLanguageTag(const QString &typed);

/// "en-GB" → "en".
QString baseLanguage(const QString &tag);

/// The name of the built-in data (scenario templates, guidance, training, rule packs) a
/// letter in @p tag uses: "en-GB" → "en", "pt-BR" → "pt-BR", "es-MX" → "es". The data
/// of English and Spanish serves every region; Portuguese data is Brazilian, so
/// "pt-PT" uses it too. A language without data gives its base language, which the
/// loaders then report as missing.
QString dataLanguage(const QString &tag);

/// The letter languages offered to the writer.
QStringList supportedLetterLanguages();

/// The letter language a person in @p locale most likely writes: the locale's own when
/// offered ("es_ES" → "es-ES"), else the first offered in its language ("es_PE" →
/// "es-MX", "pt_PT" → "pt-BR"), else American English.
QString letterLanguageFor(const QLocale &locale);

/// How an English text is spelt: "en-GB" when more of its words are British spellings
/// ("apologise", "cancelled", "colour", "centre") than American ones ("canceled",
/// "color", "center"), else "en-US". The -ize forms that British (Oxford) spelling shares
/// count for neither. The word lists (resources/spelling/en-variants.txt) are drawn from
/// the en_GB and en_US Hunspell dictionaries by make-en-variants.py beside them.
QString englishSpellingOf(QStringView text);

/// A letter language as its speakers name it: "English (United States)",
/// "Português (Brasil)", "Español (México)".
QString letterLanguageName(const QString &tag);

} // namespace amends::core
