#pragma once

#include "finding.h"
#include "ruleset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace amends::core {

/// One rule as the catalogue shows it, whether it comes from a rule pack or is a
/// structure check made in code.
struct RuleDescription {
    QString id;
    QString category;
    Severity severity = Severity::Warning;
    QString message; ///< As the rule writes it, with {match} or %1 where words go.
    QString explanation;
    QString source;
    QStringList bad;
    QStringList good;

    /// The message with its blanks shown as "…", for lists of rules.
    QString displayMessage() const;
};

/// Every rule of @p rules, then every structure check.
QList<RuleDescription> describeRules(const RuleSet &rules);

} // namespace amends::core
