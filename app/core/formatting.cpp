#include "formatting.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace amends::core {

namespace {

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// The symbol a currency is written with, taken from a locale that uses it: Qt has
// no table from ISO code to symbol, but every locale knows its own currency.
QString currencySymbol(const QString &code, const QLocale &letter)
{
    if (letter.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return letter.currencySymbol(QLocale::CurrencySymbol);
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(code); it != cache.constEnd())
        return *it;
    QString symbol = code + QLatin1Char(' ');
    const QList<QLocale> all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &candidate : all) {
        if (candidate.currencySymbol(QLocale::CurrencyIsoCode) != code)
            continue;
        const QString own = candidate.currencySymbol(QLocale::CurrencySymbol);
        // Prefer an unambiguous symbol ("€", "£") over a bare "$" used by many currencies.
        if (own != QLatin1String("$") && !own.isEmpty()) {
            symbol = own;
            break;
        }
    }
    cache.insert(code, symbol);
    return symbol;
}

} // namespace

QLocale letterLocale(const QString &language)
{
    QString name = language;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QLocale(name);
}

QString formatAmount(const QString &decimal, const QString &currencyCode, const QLocale &locale)
{
    bool ok = false;
    const double value = decimal.toDouble(&ok);
    if (!ok || currencyCode.isEmpty())
        return decimal;
    const QString symbol = currencySymbol(currencyCode, locale);
    const QString amount = locale.toCurrencyString(value, symbol, 2);
    // A bare "$" means the US dollar to most readers; pesos and other dollars also
    // carry their code, as Latin American invoices write them ("$1,234.56 MXN").
    if (symbol == QLatin1String("$") && currencyCode != QLatin1String("USD"))
        return amount + QLatin1Char(' ') + currencyCode;
    return amount;
}

QString formatDate(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("dddd[,.]?\\s*|\\s*[,.]?\\s*dddd"));
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

QDate addBusinessDays(QDate from, int days)
{
    QDate date = from;
    while (days > 0) {
        date = date.addDays(1);
        if (!isWeekend(date))
            --days;
    }
    return date;
}

int businessDaysBetween(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        if (!isWeekend(date))
            ++count;
    }
    return count;
}

} // namespace amends::core
