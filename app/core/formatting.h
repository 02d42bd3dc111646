#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace amends::core {

/// The locale a letter is written for, from its BCP 47 language tag ("en-GB").
QLocale letterLocale(const QString &language);

/// "120.5" in "EUR" for en-US → "€120.50". Returns the input unchanged when it is
/// not a decimal, so nothing is silently dropped.
QString formatAmount(const QString &decimal, const QString &currencyCode, const QLocale &locale);

/// A long date without the weekday, as a letter would write it ("November 24, 2026").
QString formatDate(QDate date, const QLocale &locale);

/// @p days business days (Monday to Friday) after @p from; holidays are not known.
QDate addBusinessDays(QDate from, int days);

/// Business days from @p from to @p to (0 when @p to is not later).
int businessDaysBetween(QDate from, QDate to);

} // namespace amends::core
