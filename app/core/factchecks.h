#pragma once

#include "draft.h"
#include "finding.h"
#include "textscan.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace amends::core {

/// A sum of money as a letter writes it ("$1,234.50", "USD 59.00", "59.00 dollars",
/// "R$ 1.234,56", "1.234,56 €"), in hundredths of its unit.
struct MoneyMention {
    Span span;
    qint64 cents = 0;
    bool toTheCent = false; ///< written with two decimals ("$59.00", "59,90 €")
};

/// Every sum of money written in @p text. Thousands and decimal separators are read
/// from the number itself (a separator followed by exactly two digits at the end is
/// the decimal one), so "1,234.56" and "1.234,56" are both 1234.56 whatever the
/// letter's language.
QList<MoneyMention> moneyIn(QStringView text);

/// A date as a letter writes it ("20 November 2026", "Nov 20, 2026", "2026-11-20",
/// "20/11/2026"), with its span. A date without a year takes @p defaultYear.
struct DateMention {
    Span span;
    QDate date;
};
QList<DateMention> datesIn(QStringView text, const QString &language, int defaultYear);

/// A plain decimal ("59.90") in hundredths; std::nullopt when it is not one.
std::optional<qint64> centsOf(const QString &decimal);

/// Problems of the case's own figures, as the structure check ids that report them:
/// a refund that is not the amount charged less the correct amount (nor that
/// overcharge on a whole number of bills, up to 36: a monthly overcharge refunded for
/// three months is three times the difference), a follow-up
/// dated before the letter. Empty when the case adds up (or too little is known).
QStringList caseFactProblems(const CaseDetails &details);

/// The case's own figures that do not add up (caseFactProblems()), as findings on
/// @p text: on the first mention of the refund or follow-up date, else on the whole
/// letter. The case page shows their messages as the writer fills in the case.
QList<Finding> caseFactFindings(const QString &text, const CaseDetails &details, const QString &language);

/// The facts the letter states, checked against its case (the draft's own, or the case
/// a plain letter answers): every sum of money, invoice number, case reference and
/// promised follow-up date in @p scan's text; and the case's own figures.
QList<Finding> factFindings(const TextScan &scan, const CaseDetails &details, const QString &language);

} // namespace amends::core
