#include "interfacelanguage.h"

#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace amends::core {

QStringList interfaceLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("pt-BR"), QStringLiteral("es")};
}

QLocale interfaceLocale(const QString &chosen)
{
    if (!interfaceLanguages().contains(chosen))
        return QLocale::system();
    QString name = normaliseLanguageTag(chosen);
    return QLocale(name.replace(u'-', u'_'));
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("amends"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace amends::core
