#pragma once

#include "finding.h"
#include "span.h"

#include <QList>
#include <QString>

namespace amends::core {

/// A check made in code rather than from a rule pack (coverage, dates, readability…),
/// described like a pack rule so the catalogue can show it and a team can switch it off.
struct StructureRule {
    QString id;
    QString category;
    Severity severity;
    QString message; ///< May take arguments (%1, %2).
    QString explanation;
    QString source;
    QString bad;
    QString good;
};

const QList<StructureRule> &structureRules();
const StructureRule *findStructureRule(const QString &id);

/// A finding of the catalogued rule @p id on [span) of @p text (trimmed of white
/// space), its message filled with @p arguments.
Finding structureFinding(const QString &text, const QString &id, Span span, const QStringList &arguments = {});

namespace StructureRuleId {
inline const QString lateApology = QStringLiteral("structure.late-apology");
inline const QString vagueRemedy = QStringLiteral("structure.remedy-without-specifics");
inline const QString contactWithoutChannel = QStringLiteral("structure.contact-without-channel");
inline const QString requiredField = QStringLiteral("placeholder.required-field");
inline const QString amountMismatch = QStringLiteral("facts.amount-mismatch");
inline const QString invoiceMismatch = QStringLiteral("facts.invoice-mismatch");
inline const QString referenceMismatch = QStringLiteral("facts.reference-mismatch");
inline const QString followUpBeforeLetter = QStringLiteral("facts.followup-before-letter");
inline const QString followUpMismatch = QStringLiteral("facts.followup-mismatch");
inline const QString refundArithmetic = QStringLiteral("facts.refund-arithmetic");
inline const QString noCustomerName = QStringLiteral("personalization.no-name");
inline const QString genericGreeting = QStringLiteral("personalization.generic-greeting");
inline const QString lowReadability = QStringLiteral("readability.reading-ease");
inline const QString longSentence = QStringLiteral("readability.long-sentence");
inline const QString tooShort = QStringLiteral("length.too-short");
inline const QString tooLong = QStringLiteral("length.too-long");
inline const QString lateLetter = QStringLiteral("promptness.late-letter");
inline const QString overApologising = QStringLiteral("tone.over-apologising");
inline const QString shouting = QStringLiteral("tone.shouting");
inline const QString unexplainedAcronym = QStringLiteral("jargon.unexplained-acronym");
/// "structure.missing-<section>"
QString missingSection(const QString &sectionKey);
/// "judged.<category>": a sentence the sentence model judges to have the problem.
QString judged(const QString &category);
/// Whether @p ruleId is one of judged()'s.
bool isJudged(const QString &ruleId);
} // namespace StructureRuleId

} // namespace amends::core
