#pragma once

#include "checkreport.h"
#include "lettercheck.h"

#include "core/rulecatalogue.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace amends::core {
class RuleSet;
struct RuleDescription;
} // namespace amends::core

namespace amends::services {

/// `check --format sarif`: one SARIF 2.1.0 log with one run, for code-scanning and
/// code-review tools.
///
/// Regions of text letters give lines and columns in the letter file, columns counted in
/// UTF-16 code units (SARIF's default, stated in the run's `columnKind`). A draft is JSON
/// whose text is composed before it is checked, so its results name the draft and the
/// section, with no region. Artifact URIs are relative to the base folder (`SRCROOT`)
/// when the letter lies below it.
class SarifReport
{
public:
    SarifReport(const QString &toolVersion, const QString &baseFolder);

    /// Adds the findings of @p minimum severity and above; @p rules are the rules the
    /// letter was checked with, which describe each result's rule.
    void add(const CheckOutput &output, const core::RuleSet &rules, core::Severity minimum);

    QJsonObject toJson() const;

    /// "error", "warning" or "note".
    static QString level(core::Severity severity);

private:
    int ruleIndex(const core::Finding &finding, const core::RuleSet &rules);
    QJsonObject location(const CheckOutput &output, const core::Finding &finding, const TextPositions &positions) const;
    QJsonObject artifactLocation(const QString &name) const;

    QString m_toolVersion;
    QDir m_base;
    QJsonArray m_results;
    QJsonArray m_rules;
    QHash<QString, int> m_ruleIndexes;
    /// The catalogue entries of the rule set last asked about, by rule id: described once,
    /// not once for every rule a finding names.
    const core::RuleSet *m_describedRules = nullptr;
    QHash<QString, core::RuleDescription> m_descriptions;
};

} // namespace amends::services
