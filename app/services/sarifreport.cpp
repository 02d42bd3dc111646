#include "sarifreport.h"

#include "core/rulecatalogue.h"
#include "core/ruleset.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace amends::services {

namespace {

struct SarifText {
    Q_DECLARE_TR_FUNCTIONS(amends::services::Sarif)
};

const QString kSchema = QStringLiteral("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
const QString kBaseId = QStringLiteral("SRCROOT");

QJsonObject text(const QString &value)
{
    return {{QStringLiteral("text"), value}};
}

// The help of a rule: why it matters and its examples, as `amends-cli rules` prints them.
QString helpText(const core::RuleDescription &rule)
{
    QStringList lines{rule.explanation};
    for (const QString &bad : rule.bad)
        lines.append(SarifText::tr("Bad: %1").arg(bad));
    for (const QString &good : rule.good)
        lines.append(SarifText::tr("Good: %1").arg(good));
    if (!rule.source.isEmpty())
        lines.append(SarifText::tr("Source: %1").arg(rule.source));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject ruleJson(const core::RuleDescription &rule)
{
    return {{QStringLiteral("id"), rule.id},
            {QStringLiteral("shortDescription"), text(rule.displayMessage())},
            {QStringLiteral("fullDescription"), text(rule.explanation)},
            {QStringLiteral("help"), text(helpText(rule))},
            {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), SarifReport::level(rule.severity)}}},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("category"), rule.category},
                                                       {QStringLiteral("tags"), QJsonArray{rule.category}}}}};
}

// A rule the catalogue does not list (spelling) is described by its first finding.
core::RuleDescription describedByFinding(const core::Finding &finding)
{
    core::RuleDescription rule;
    rule.id = finding.rule;
    rule.category = finding.category;
    rule.severity = finding.severity;
    rule.message = finding.rule == QLatin1String("spelling") ? SarifText::tr("A word the dictionary does not know.") : finding.message;
    rule.explanation = finding.explanation;
    return rule;
}

} // namespace

SarifReport::SarifReport(const QString &toolVersion, const QString &baseFolder)
    : m_toolVersion(toolVersion)
    , m_base(QDir::cleanPath(QDir(baseFolder).absolutePath()))
{
}

QString SarifReport::level(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Error:
        return QStringLiteral("error");
    case core::Severity::Warning:
        return QStringLiteral("warning");
    case core::Severity::Suggestion:
        break;
    }
    return QStringLiteral("note");
}

int SarifReport::ruleIndex(const core::Finding &finding, const core::RuleSet &rules)
{
    if (const auto known = m_ruleIndexes.constFind(finding.rule); known != m_ruleIndexes.constEnd())
        return *known;
    if (m_describedRules != &rules) {
        m_descriptions.clear();
        for (const core::RuleDescription &rule : core::describeRules(rules))
            m_descriptions.insert(rule.id, rule);
        m_describedRules = &rules;
    }
    const auto description = m_descriptions.constFind(finding.rule);
    const int index = static_cast<int>(m_rules.size());
    m_rules.append(ruleJson(description != m_descriptions.constEnd() ? *description : describedByFinding(finding)));
    m_ruleIndexes.insert(finding.rule, index);
    return index;
}

QJsonObject SarifReport::artifactLocation(const QString &name) const
{
    if (name == QLatin1String("-"))
        return {{QStringLiteral("description"), text(SarifText::tr("standard input"))}};
    const QString absolute = QFileInfo(name).absoluteFilePath();
    const QString relative = m_base.relativeFilePath(absolute);
    if (!relative.startsWith(QLatin1String("../")) && !QDir::isAbsolutePath(relative)) {
        return {{QStringLiteral("uri"), QString::fromLatin1(QUrl::toPercentEncoding(relative, "/"))},
                {QStringLiteral("uriBaseId"), kBaseId}};
    }
    return {{QStringLiteral("uri"), QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded)}};
}

QJsonObject SarifReport::location(const CheckOutput &output, const core::Finding &finding, const TextPositions &positions) const
{
    QJsonObject physical{{QStringLiteral("artifactLocation"), artifactLocation(output.input.name)}};
    QJsonObject location;
    if (output.input.subject.draft) {
        if (finding.section) {
            const QString section = core::sectionKey(*finding.section);
            const QString qualified = QStringLiteral("sections.") + section;
            location.insert(QStringLiteral("logicalLocations"),
                            QJsonArray{QJsonObject{{QStringLiteral("name"), section},
                                                   {QStringLiteral("fullyQualifiedName"), qualified},
                                                   {QStringLiteral("kind"), QStringLiteral("property")}}});
        }
    } else {
        const TextPosition start = positions.at(finding.start);
        const TextPosition end = positions.at(finding.end);
        QJsonObject region{{QStringLiteral("startLine"), start.line},
                           {QStringLiteral("startColumn"), start.utf16Column},
                           {QStringLiteral("endLine"), end.line},
                           {QStringLiteral("endColumn"), end.utf16Column}};
        if (!finding.excerpt.isEmpty())
            region.insert(QStringLiteral("snippet"), text(finding.excerpt));
        physical.insert(QStringLiteral("region"), region);
    }
    location.insert(QStringLiteral("physicalLocation"), physical);
    return location;
}

void SarifReport::add(const CheckOutput &output, const core::RuleSet &rules, core::Severity minimum)
{
    const TextPositions positions(output.input.subject.text);
    for (const core::Finding &finding : output.result.findings) {
        if (!reaches(finding.severity, minimum))
            continue;
        QJsonObject properties{{QStringLiteral("category"), finding.category}};
        if (finding.section)
            properties.insert(QStringLiteral("section"), core::sectionKey(*finding.section));
        if (!finding.suggestions.isEmpty())
            properties.insert(QStringLiteral("suggestions"), QJsonArray::fromStringList(finding.suggestions));
        const int index = ruleIndex(finding, rules);
        m_results.append(QJsonObject{{QStringLiteral("ruleId"), finding.rule},
                                     {QStringLiteral("ruleIndex"), index},
                                     {QStringLiteral("level"), level(finding.severity)},
                                     {QStringLiteral("message"), text(finding.message)},
                                     {QStringLiteral("locations"), QJsonArray{location(output, finding, positions)}},
                                     {QStringLiteral("properties"), properties}});
    }
}

QJsonObject SarifReport::toJson() const
{
    const QJsonObject driver{{QStringLiteral("name"), QStringLiteral("amends-cli")},
                             {QStringLiteral("fullName"), QStringLiteral("Amends letter check")},
                             {QStringLiteral("version"), m_toolVersion},
                             {QStringLiteral("rules"), m_rules}};
    QString folder = m_base.absolutePath();
    if (!folder.endsWith(QLatin1Char('/')))
        folder += QLatin1Char('/'); // a base URI names a folder with a final slash
    const QString base = QUrl::fromLocalFile(folder).toString(QUrl::FullyEncoded);
    const QJsonObject run{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
                          {QStringLiteral("originalUriBaseIds"), QJsonObject{{kBaseId, QJsonObject{{QStringLiteral("uri"), base}}}}},
                          {QStringLiteral("columnKind"), QStringLiteral("utf16CodeUnits")},
                          {QStringLiteral("results"), m_results}};
    return {{QStringLiteral("$schema"), kSchema}, {QStringLiteral("version"), QStringLiteral("2.1.0")}, {QStringLiteral("runs"), QJsonArray{run}}};
}

} // namespace amends::services
