#pragma once

#include <QString>
#include <QStringList>

namespace amends::core {

/// True for tags such as "en", "en-US", "pt-BR".
bool isLanguageTag(const QString &tag);

/// "en-GB" → "en": scenario templates, guidance and rule packs are per base language.
QString baseLanguage(const QString &tag);

/// The letter languages offered to the writer.
QStringList supportedLetterLanguages();

} // namespace amends::core
