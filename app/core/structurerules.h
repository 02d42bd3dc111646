#pragma once

#include "finding.h"

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

namespace StructureRuleId {
inline const QString lateApology = QStringLiteral("structure.late-apology");
inline const QString vagueRemedy = QStringLiteral("structure.remedy-without-specifics");
inline const QString contactWithoutChannel = QStringLiteral("structure.contact-without-channel");
inline const QString requiredField = QStringLiteral("placeholder.required-field");
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
} // namespace StructureRuleId

} // namespace amends::core
