#include "core/formatting.h"

#include "testsupport.h"

using namespace amends;

TEST(Formatting_Amount, UsesTheLetterLocaleAndCurrency)
{
    EXPECT_EQ(core::formatAmount(QStringLiteral("1234.5"), QStringLiteral("USD"), core::letterLocale(QStringLiteral("en-US"))),
              QStringLiteral("$1,234.50"));
    EXPECT_EQ(core::formatAmount(QStringLiteral("59.9"), QStringLiteral("GBP"), core::letterLocale(QStringLiteral("en-GB"))),
              QStringLiteral("£59.90"));
    EXPECT_EQ(core::formatAmount(QStringLiteral("10"), QStringLiteral("EUR"), core::letterLocale(QStringLiteral("en-US"))),
              QStringLiteral("€10.00"));
}

TEST(Formatting_Amount, WritesPortugueseAndSpanishAmountsAsTheirReadersDo)
{
    const auto amount = [](const char *currency, const char *language) {
        return core::formatAmount(QStringLiteral("1234.56"), QString::fromLatin1(currency), core::letterLocale(QString::fromLatin1(language)));
    };
    EXPECT_EQ(amount("BRL", "pt-BR"), QStringLiteral("R$\u00a01.234,56"));
    EXPECT_EQ(amount("EUR", "es-ES"), QStringLiteral("1234,56\u00a0€"));
    // "$" alone is ambiguous in Mexico, where dollars are common too.
    EXPECT_EQ(amount("MXN", "es-MX"), QStringLiteral("$1,234.56 MXN"));
    EXPECT_EQ(amount("USD", "es-MX"), QStringLiteral("US$1,234.56"));
}

TEST(Formatting_Amount, LeavesNonNumbersUntouched)
{
    EXPECT_EQ(core::formatAmount(QStringLiteral("n/a"), QStringLiteral("USD"), QLocale(QLocale::English)), QStringLiteral("n/a"));
}

TEST(Formatting_Date, WritesALongDateWithoutTheWeekday)
{
    EXPECT_EQ(core::formatDate(QDate(2026, 11, 24), core::letterLocale(QStringLiteral("en-US"))), QStringLiteral("November 24, 2026"));
    EXPECT_EQ(core::formatDate(QDate(2026, 11, 24), core::letterLocale(QStringLiteral("en-GB"))), QStringLiteral("24 November 2026"));
    EXPECT_EQ(core::formatDate(QDate(2026, 11, 21), core::letterLocale(QStringLiteral("pt-BR"))), QStringLiteral("21 de novembro de 2026"));
    EXPECT_EQ(core::formatDate(QDate(2026, 11, 21), core::letterLocale(QStringLiteral("es-MX"))), QStringLiteral("21 de noviembre de 2026"));
    EXPECT_EQ(core::formatDate(QDate(2026, 11, 21), core::letterLocale(QStringLiteral("es-ES"))), QStringLiteral("21 de noviembre de 2026"));
}

TEST(Formatting_BusinessDays, SkipsWeekends)
{
    EXPECT_EQ(core::addBusinessDays(QDate(2026, 11, 20), 2), QDate(2026, 11, 24)); // Friday → Tuesday
    EXPECT_EQ(core::addBusinessDays(QDate(2026, 11, 18), 1), QDate(2026, 11, 19));
    EXPECT_EQ(core::businessDaysBetween(QDate(2026, 11, 20), QDate(2026, 11, 24)), 2);
    EXPECT_EQ(core::businessDaysBetween(QDate(2026, 11, 24), QDate(2026, 11, 20)), 0);
    EXPECT_EQ(core::businessDaysBetween(QDate(), QDate(2026, 11, 20)), 0);
}
