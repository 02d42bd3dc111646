#include "ruletitles.h"

#include "dismissdialog.h"

#include "core/checker.h"
#include "core/rulecatalogue.h"
#include "core/ruleset.h"

#include <QRegularExpression>

#include <memory>

namespace amends::ui {

namespace {

// "jargon.billing-cycle" → "Billing cycle".
QString titleFromId(const QString &id)
{
    QString name = id.mid(id.indexOf(u'.') + 1);
    name.replace(u'-', u' ');
    if (!name.isEmpty())
        name.front() = name.front().toUpper();
    return name;
}

// The words each rule finds in its first poor example: every example is checked once,
// all in one text, one paragraph each.
QHash<QString, QString> exampleMatches(const core::RuleSet &rules, const QList<core::RuleDescription> &entries)
{
    QString text;
    QHash<QString, std::pair<qsizetype, qsizetype>> where;
    for (const core::RuleDescription &entry : entries) {
        if (entry.bad.isEmpty() || entry.bad.first().isEmpty())
            continue;
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        where.insert(entry.id, {text.size(), text.size() + entry.bad.first().size()});
        text += entry.bad.first();
    }
    // The checker borrows the rule set for this call only.
    const core::Checker checker(std::shared_ptr<const core::RuleSet>(std::shared_ptr<void>(), &rules));
    QHash<QString, QString> matches;
    for (const core::Finding &finding : checker.check(core::subjectFromText(text, rules.language())).findings) {
        const auto range = where.find(finding.rule);
        if (range != where.end() && finding.start >= range->first && finding.end <= range->second && !matches.contains(finding.rule))
            matches.insert(finding.rule, finding.excerpt);
    }
    return matches;
}

} // namespace

QHash<QString, QString> ruleTitles(const core::RuleSet &rules)
{
    const QList<core::RuleDescription> entries = core::describeRules(rules);
    const QHash<QString, QString> matches = exampleMatches(rules, entries);
    QHash<QString, QString> titles;
    for (const core::RuleDescription &entry : entries) {
        QString message = entry.message;
        const bool quotesMatch = message.contains(QLatin1String("{match}"));
        if (quotesMatch && matches.contains(entry.id))
            message.replace(QLatin1String("{match}"), matches.value(entry.id));
        static const QRegularExpression argument(QStringLiteral("%[1-9]"));
        const bool blank = message.contains(QLatin1String("{match}")) || message.contains(argument);
        titles.insert(entry.id, blank || message.isEmpty() ? titleFromId(entry.id) : shortFindingTitle(message));
    }
    return titles;
}

} // namespace amends::ui
