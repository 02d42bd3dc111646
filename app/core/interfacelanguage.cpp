#include "interfacelanguage.h"

#include "formatting.h"
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <utility>

namespace amends::core {

QStringList interfaceLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("pt-BR"), QStringLiteral("es")};
}

QLocale interfaceLocale(const QString &chosen)
{
    if (!interfaceLanguages().contains(chosen))
        return QLocale::system();
    return letterLocale(normaliseLanguageTag(chosen));
}

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    const std::pair<QString, QString> translations[] = {
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("amends"), QStringLiteral(":/i18n")},
    };
    for (const auto &[name, folder] : translations) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

} // namespace amends::core
