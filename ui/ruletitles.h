#pragma once

#include <QHash>
#include <QString>

namespace amends::core {
class RuleSet;
}

namespace amends::ui {

/// Short titles of every rule of @p rules and every structure check, by rule id, for
/// lists a person reads: the first clause of the rule's message with the words of its
/// first poor example where the message quotes the words it found ("“touch base” is
/// office jargon"), else the rule's name made from its id ("Required field").
QHash<QString, QString> ruleTitles(const core::RuleSet &rules);

} // namespace amends::ui
