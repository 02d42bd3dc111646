#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace amends::core {

/// The languages the interface is translated into, as tags: "en", "pt-BR", "es".
QStringList interfaceLanguages();

/// The locale the interface speaks: the language chosen in the settings (@p chosen, a
/// tag from interfaceLanguages()), or the system's when none was chosen.
QLocale interfaceLocale(const QString &chosen);

/// Installs on @p app the translation of Amends for @p locale and Qt's own for its
/// standard dialogs (file, print, message boxes). English needs none.
void installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace amends::core
