#pragma once

#include <QString>

namespace amends::services {

/// Which letter language a text written elsewhere is in, by libexttextcat's n-gram
/// profiles (the ones LibreOffice uses): "en-US" or "en-GB" (by its spelling,
/// core::englishSpellingOf()), "pt-BR" or "es-MX" (the usual region of each), or empty
/// when the text is too short to tell or is in another language. Safe to call from any
/// thread.
QString detectLetterLanguage(const QString &text);

/// Whether the n-gram profiles could be loaded (Debian package libexttextcat-data).
bool canDetectLanguages();

} // namespace amends::services
