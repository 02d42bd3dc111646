// The facts a letter states, checked against its case.

#include "core/checker.h"
#include "core/factchecks.h"
#include "core/ruleset.h"

#include "testsupport.h"

#include <algorithm>

using namespace amends;

namespace {

core::CaseDetails sampleCase()
{
    core::CaseDetails details;
    details.invoiceNumber = QStringLiteral("INV-20931");
    details.reference = QStringLiteral("CR-4471");
    details.amountCharged = QStringLiteral("119.80");
    details.amountCorrect = QStringLiteral("59.90");
    details.amountRefund = QStringLiteral("59.90");
    details.currency = QStringLiteral("USD");
    details.letterDate = QDate(2026, 11, 20);
    details.followUpDate = QDate(2026, 11, 24);
    return details;
}

// The sample case with other sums, in @p currency.
core::CaseDetails caseWithSums(const char *charged, const char *correct, const char *refund, const char *currency)
{
    core::CaseDetails details = sampleCase();
    details.amountCharged = QString::fromLatin1(charged);
    details.amountCorrect = QString::fromLatin1(correct);
    details.amountRefund = QString::fromLatin1(refund);
    details.currency = QString::fromLatin1(currency);
    return details;
}

QStringList factRules(const QString &text, const core::CaseDetails &details = sampleCase(), const QString &language = QStringLiteral("en-US"))
{
    const auto rules = core::RuleSet::load(QStringLiteral("en"));
    const core::TextScan scan(text, rules->scanRules());
    QStringList ids;
    for (const core::Finding &finding : core::factFindings(scan, details, language))
        ids.append(finding.rule + u':' + finding.excerpt);
    return ids;
}

} // namespace

TEST(Facts_Money, ReadsSumsAsLettersWriteThem)
{
    const QList<std::pair<const char *, qint64>> cases = {
        {"a refund of $1,234.56 today", 123456}, {"R$ 1.234,56 de volta", 123456}, {"devolvemos 1.234,56 € hoy", 123456},
        {"USD 59.00 back", 5900},                {"59.90 dollars", 5990},          {"only £5 more", 500},
        {"$59.9 by mistake", 5990},              {"$1 234,56", 123456},
    };
    for (const auto &[text, cents] : cases) {
        const QList<core::MoneyMention> found = core::moneyIn(QString::fromUtf8(text));
        ASSERT_EQ(found.size(), 1) << text;
        EXPECT_EQ(found.first().cents, cents) << text;
    }
    EXPECT_TRUE(core::moneyIn(u"invoice 59.90 and version 2.10").isEmpty());
    // Whether a sum is written to the cent
    EXPECT_TRUE(core::moneyIn(u"a refund of $1,234.56 today").first().toTheCent);
    EXPECT_TRUE(core::moneyIn(u"devolvemos 1.234,56 € hoy").first().toTheCent);
    EXPECT_FALSE(core::moneyIn(u"only £5 more").first().toTheCent);
    EXPECT_FALSE(core::moneyIn(u"$59.9 by mistake").first().toTheCent);
    EXPECT_FALSE(core::moneyIn(u"€1,234 in all").first().toTheCent);
}

TEST(Facts_Amount, ANearMissOfACaseAmountIsAnErrorWithTheRightAmountAsFix)
{
    // Given a case refunding $59.90, when the letter says $59.00
    const auto rules = core::RuleSet::load(QStringLiteral("en"));
    const core::TextScan scan(QStringLiteral("We have refunded $59.00 to your card."), rules->scanRules());
    const QList<core::Finding> findings = core::factFindings(scan, sampleCase(), QStringLiteral("en-US"));
    // Then it is an error that names the refund and offers it as the fix
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].rule, QStringLiteral("facts.amount-mismatch"));
    EXPECT_EQ(findings[0].category, QStringLiteral("facts"));
    EXPECT_EQ(findings[0].severity, core::Severity::Error);
    EXPECT_EQ(findings[0].excerpt, QStringLiteral("$59.00"));
    EXPECT_TRUE(findings[0].message.contains(QStringLiteral("$59.90"))) << findings[0].message.toStdString();
    EXPECT_EQ(findings[0].suggestions, QStringList{QStringLiteral("$59.90")});
}

TEST(Facts_Amount, TheCaseAmountsAndUnrelatedSumsAreFine)
{
    EXPECT_TRUE(factRules(QStringLiteral("We charged $119.80 instead of $59.90, so we refunded $59.90.")).isEmpty());
    EXPECT_TRUE(factRules(QStringLiteral("We also added a $25.00 credit for the trouble.")).isEmpty());
    EXPECT_TRUE(factRules(QStringLiteral("Your plan costs $9.99 a month.")).isEmpty());
}

TEST(Facts_Amount, ACaseSumSaidToBeRefundedThatIsNotTheRefundIsAnError)
{
    // The amount charged, said to come back when the refund is the difference
    EXPECT_EQ(factRules(QStringLiteral("We have refunded $119.80 to your card.")), QStringList{QStringLiteral("facts.amount-mismatch:$119.80")});
    EXPECT_EQ(factRules(QStringLiteral("We will pay back the full $119.80.")), QStringList{QStringLiteral("facts.amount-mismatch:$119.80")});
    // The same sum as what was charged is fine
    EXPECT_TRUE(factRules(QStringLiteral("We charged you $119.80 and have refunded $59.90.")).isEmpty());
    // Read in the letter's language
    core::CaseDetails euros = sampleCase();
    euros.currency = QStringLiteral("EUR");
    EXPECT_EQ(factRules(QStringLiteral("Le hemos devuelto 119,80 € a su tarjeta."), euros, QStringLiteral("es")),
              QStringList{QStringLiteral("facts.amount-mismatch:119,80 €")});
    EXPECT_TRUE(factRules(QStringLiteral("Le cobramos 119,80 € y le hemos devuelto 59,90 €."), euros, QStringLiteral("es")).isEmpty());
    EXPECT_EQ(factRules(QStringLiteral("Estornamos o valor de R$ 119,80 no seu cartão."), sampleCase(), QStringLiteral("pt-BR")),
              QStringList{QStringLiteral("facts.amount-mismatch:R$ 119,80")});
}

TEST(Facts_Amount, ASmallRoundSumIsNotTakenForAMistypedOne)
{
    const core::CaseDetails details = caseWithSums("412.50", "337.50", "75.00", "EUR");
    // "€25" a night differs from €75 by one digit, but it is a price, not a typing slip
    EXPECT_TRUE(factRules(QStringLiteral("The parking fee of €25 a night was added by mistake."), details, QStringLiteral("en-GB")).isEmpty());
    // Written to the cent, two digits swapped is the refund mistyped
    EXPECT_EQ(factRules(QStringLiteral("We have refunded €57.00 to your card."), details, QStringLiteral("en-GB")),
              QStringList{QStringLiteral("facts.amount-mismatch:€57.00")});
}

TEST(Facts_Amount, ADoubledDigitTypedOnceOrADigitTypedTwiceIsAMistypedSum)
{
    const core::CaseDetails details = caseWithSums("120.00", "60.00", "60.00", "EUR");
    // €6.00 for €60.00, and €600.00: a zero lost or added
    EXPECT_EQ(factRules(QStringLiteral("I've requested a refund of €6.00 for you."), details, QStringLiteral("en-GB")),
              QStringList{QStringLiteral("facts.amount-mismatch:€6.00")});
    EXPECT_EQ(factRules(QStringLiteral("I've requested a refund of €600.00 for you."), details, QStringLiteral("en-GB")),
              QStringList{QStringLiteral("facts.amount-mismatch:€600.00")});
    // Another figure a digit shorter, without a doubled digit, is the letter's own: a rent
    // of £1,150 that went up by £110 instead of £55
    const core::CaseDetails rent = caseWithSums("1150.00", "1095.00", "165.00", "GBP");
    EXPECT_TRUE(factRules(QStringLiteral("Your rent went up by £110 instead of £55."), rent, QStringLiteral("en-GB")).isEmpty());
}

TEST(Facts_Amount, ACorrectionFromTheWrongToTheRightAmountIsCheckedBothWays)
{
    EXPECT_TRUE(factRules(QStringLiteral("I corrected your bill from $119.80 to $59.90.")).isEmpty());
    EXPECT_EQ(factRules(QStringLiteral("I corrected your bill from $119.80 to $5.90.")),
              QStringList{QStringLiteral("facts.amount-mismatch:$5.90")});
    // The mistake told the other way round: the payment rose from the right amount to the
    // one charged
    EXPECT_TRUE(factRules(QStringLiteral("Our error raised your payment from $59.90 to $119.80.")).isEmpty());
    EXPECT_EQ(factRules(QStringLiteral("Our error raised your payment from $59.90 to $118.90.")),
              QStringList{QStringLiteral("facts.amount-mismatch:$118.90")});
    // In the letter's language
    core::CaseDetails euros = sampleCase();
    euros.currency = QStringLiteral("EUR");
    EXPECT_EQ(factRules(QStringLiteral("Corregimos su factura de 119,80 € a 5,90 €."), euros, QStringLiteral("es")),
              QStringList{QStringLiteral("facts.amount-mismatch:5,90 €")});
    EXPECT_TRUE(factRules(QStringLiteral("Corrigimos sua fatura de R$ 119,80 para R$ 59,90."), sampleCase(), QStringLiteral("pt-BR")).isEmpty());
    EXPECT_EQ(factRules(QStringLiteral("Corrigimos sua fatura de R$ 119,80 para R$ 5,90."), sampleCase(), QStringLiteral("pt-BR")),
              QStringList{QStringLiteral("facts.amount-mismatch:R$ 5,90")});
}

TEST(Facts_Identifiers, AnotherInvoiceNumberOrReferenceIsAnError)
{
    EXPECT_EQ(factRules(QStringLiteral("We corrected invoice INV-20391.")), QStringList{QStringLiteral("facts.invoice-mismatch:INV-20391")});
    EXPECT_EQ(factRules(QStringLiteral("Please quote CR-4417 when you call.")), QStringList{QStringLiteral("facts.reference-mismatch:CR-4417")});
    EXPECT_TRUE(factRules(QStringLiteral("We corrected invoice INV-20931 (case CR-4471).")).isEmpty());
    // References written with slashes are read whole
    core::CaseDetails details = sampleCase();
    details.reference = QStringLiteral("COMP/2026/0419");
    EXPECT_TRUE(factRules(QStringLiteral("Re: complaint reference COMP/2026/0419"), details).isEmpty());
    EXPECT_EQ(factRules(QStringLiteral("Re: complaint reference COMP/2026/0491"), details),
              QStringList{QStringLiteral("facts.reference-mismatch:COMP/2026/0491")});
    // Letter groups joined by hyphens are read whole: the reference's "SA-CR-", not the
    // invoice's "SA-BG-"
    details.invoiceNumber = QStringLiteral("SA-BG-40982");
    details.reference = QStringLiteral("SA-CR-71346");
    EXPECT_EQ(factRules(QStringLiteral("RE: Case SA-CR-71643"), details), QStringList{QStringLiteral("facts.reference-mismatch:SA-CR-71643")});
    EXPECT_TRUE(factRules(QStringLiteral("RE: Case SA-CR-71346, invoice SA-BG-40982"), details).isEmpty());
    // A number without the case's prefix is not taken for one
    EXPECT_TRUE(factRules(QStringLiteral("Call 0800 123 4567 or write to 12 High Street.")).isEmpty());
}

TEST(Facts_FollowUp, APromisedFollowUpBeforeTheLetterDateIsAnError)
{
    EXPECT_EQ(factRules(QStringLiteral("I will call you on 13 November 2026 to check.")),
              QStringList{QStringLiteral("facts.followup-before-letter:13 November 2026")});
    EXPECT_EQ(factRules(QStringLiteral("I'll email you on November 13 to confirm.")),
              QStringList{QStringLiteral("facts.followup-before-letter:November 13")});
    EXPECT_EQ(factRules(QStringLiteral("I'll message you on 13 November to make sure the refund has reached you.")),
              QStringList{QStringLiteral("facts.followup-before-letter:13 November")});
    EXPECT_TRUE(factRules(QStringLiteral("I will call you on 24 November 2026 to check.")).isEmpty());
    // A past date that promises nothing is just history, even in a sentence about a call
    EXPECT_TRUE(factRules(QStringLiteral("You wrote to us on 13 November 2026.")).isEmpty());
    EXPECT_TRUE(factRules(QStringLiteral("As we explained during your call on 13 November, the fee stands.")).isEmpty());
    EXPECT_EQ(factRules(QStringLiteral("Expect a call from me on 13 November.")),
              QStringList{QStringLiteral("facts.followup-before-letter:13 November")});
    // Day first in British letters
    EXPECT_EQ(factRules(QStringLiteral("I will ring you on 13/11/2026."), sampleCase(), QStringLiteral("en-GB")),
              QStringList{QStringLiteral("facts.followup-before-letter:13/11/2026")});
}

TEST(Facts_FollowUp, APromisedFollowUpOnAnotherDayThanTheCaseSaysIsAnError)
{
    // The case's follow-up is 24 November 2026
    const QStringList found = factRules(QStringLiteral("I'll give you a ring on 27 November to check the refund."));
    EXPECT_EQ(found, QStringList{QStringLiteral("facts.followup-mismatch:27 November")});
    EXPECT_TRUE(factRules(QStringLiteral("I will call you on 24 November to check the refund.")).isEmpty());
    // Other dates ahead are the letter's business: when the refund arrives, a price change
    EXPECT_TRUE(factRules(QStringLiteral("The refund will reach your card by 27 November.")).isEmpty());
    EXPECT_TRUE(factRules(QStringLiteral("Your new price will start on 1 December.")).isEmpty());
    // The fix is the case's date
    const auto rules = core::RuleSet::load(QStringLiteral("en"));
    const core::TextScan scan(QStringLiteral("I will call you on 27 November."), rules->scanRules());
    const QList<core::Finding> findings = core::factFindings(scan, sampleCase(), QStringLiteral("en-GB"));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].suggestions, QStringList{QStringLiteral("24 November 2026")});
}

TEST(Facts_FollowUp, SpanishAndPortugueseLettersAreReadInTheirOwnWords)
{
    // Given a case dated 20 November 2026 with its follow-up on the 24th
    EXPECT_EQ(factRules(QStringLiteral("Le llamaré el 13 de noviembre para confirmar el reembolso."), sampleCase(), QStringLiteral("es")),
              QStringList{QStringLiteral("facts.followup-before-letter:13 de noviembre")});
    EXPECT_EQ(factRules(QStringLiteral("Vamos a llamarle el 27 de noviembre."), sampleCase(), QStringLiteral("es")),
              QStringList{QStringLiteral("facts.followup-mismatch:27 de noviembre")});
    EXPECT_TRUE(factRules(QStringLiteral("Usted nos llamó el 13 de noviembre."), sampleCase(), QStringLiteral("es")).isEmpty());
    EXPECT_EQ(factRules(QStringLiteral("Ligarei para você em 27 de novembro para confirmar."), sampleCase(), QStringLiteral("pt-BR")),
              QStringList{QStringLiteral("facts.followup-mismatch:27 de novembro")});
    EXPECT_EQ(factRules(QStringLiteral("Entraremos em contato em 13 de novembro."), sampleCase(), QStringLiteral("pt-BR")),
              QStringList{QStringLiteral("facts.followup-before-letter:13 de novembro")});
    EXPECT_TRUE(factRules(QStringLiteral("A senhora nos ligou em 13 de novembro."), sampleCase(), QStringLiteral("pt-BR")).isEmpty());
    EXPECT_TRUE(factRules(QStringLiteral("Ligarei para você em 24 de novembro."), sampleCase(), QStringLiteral("pt-BR")).isEmpty());
}

TEST(Facts_Case, FiguresThatDoNotAddUpAreReported)
{
    core::CaseDetails details = sampleCase();
    details.amountRefund = QStringLiteral("58.00");
    EXPECT_EQ(core::caseFactProblems(details), QStringList{QStringLiteral("facts.refund-arithmetic")});
    details = sampleCase();
    details.followUpDate = QDate(2026, 11, 19);
    EXPECT_EQ(core::caseFactProblems(details), QStringList{QStringLiteral("facts.followup-before-letter")});
    EXPECT_TRUE(core::caseFactProblems(sampleCase()).isEmpty());
    // The same overcharge refunded for three monthly bills adds up; two and a half do not
    details = sampleCase();
    details.amountRefund = QStringLiteral("179.70");
    EXPECT_TRUE(core::caseFactProblems(details).isEmpty());
    details.amountRefund = QStringLiteral("149.75");
    EXPECT_EQ(core::caseFactProblems(details), QStringList{QStringLiteral("facts.refund-arithmetic")});
    details = sampleCase();
    details.amountCorrect.clear(); // too little is known to judge
    EXPECT_TRUE(core::caseFactProblems(details).isEmpty());
}

TEST(Facts_Draft, TheCheckerReportsAWrongAmountTypedIntoASection)
{
    // Given a draft whose remedy states a figure that is not the refund
    core::Draft draft = test::sampleDraft();
    draft.caseDetails.amountRefund = QStringLiteral("59.90");
    draft.setSection(core::Section::Remedy, QStringLiteral("We have refunded £59.00 to your card today."));
    // When it is checked
    const core::Checker checker(core::RuleSet::load(QStringLiteral("en")));
    const core::CheckResult result = checker.check(core::subjectFromDraft(draft));
    // Then the finding is in the remedy section, on the wrong figure
    const auto it = std::find_if(result.findings.begin(), result.findings.end(),
                                 [](const core::Finding &f) { return f.rule == QLatin1String("facts.amount-mismatch"); });
    ASSERT_NE(it, result.findings.end());
    EXPECT_EQ(it->excerpt, QStringLiteral("£59.00"));
    EXPECT_EQ(it->section, core::Section::Remedy);
    EXPECT_TRUE(result.hasErrors());
}
