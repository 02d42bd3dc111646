#include "scenario.h"

#include "fields.h"
#include "formatting.h"
#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace amends::core {

namespace {

struct ScenarioText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::Scenario)
};

} // namespace

ScenarioLoadResult parseScenario(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {std::nullopt, ScenarioText::tr("not valid JSON (%1)").arg(parseError.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("amends-scenario")
        || root.value(QStringLiteral("version")).toInt() != 1)
        return {std::nullopt, ScenarioText::tr("not an Amends scenario of version 1")};

    Scenario scenario;
    scenario.id = root.value(QStringLiteral("id")).toString();
    scenario.language = root.value(QStringLiteral("language")).toString();
    scenario.title = root.value(QStringLiteral("title")).toString();
    scenario.summary = root.value(QStringLiteral("summary")).toString();
    scenario.subject = root.value(QStringLiteral("subject")).toString();
    scenario.salutation = root.value(QStringLiteral("salutation")).toString();
    scenario.closing = root.value(QStringLiteral("closing")).toString();
    if (scenario.id.isEmpty() || scenario.title.isEmpty() || !isLanguageTag(scenario.language))
        return {std::nullopt, ScenarioText::tr("id, title or language missing")};

    const QJsonObject sections = root.value(QStringLiteral("sections")).toObject();
    for (Section section : kSections) {
        const QJsonObject entry = sections.value(sectionKey(section)).toObject();
        scenario.sectionText[sectionIndex(section)] = entry.value(QStringLiteral("text")).toString();
        for (const QJsonValue &phrase : entry.value(QStringLiteral("phrases")).toArray())
            scenario.phrases[sectionIndex(section)].append(phrase.toString());
        if (scenario.text(section).isEmpty())
            return {std::nullopt, ScenarioText::tr("section \"%1\" has no text").arg(sectionKey(section))};
    }
    const QJsonObject sample = root.value(QStringLiteral("sample")).toObject();
    for (auto it = sample.begin(); it != sample.end(); ++it)
        scenario.sample.insert(it.key(), it.value().toString());
    return {scenario, {}};
}

ScenarioLibrary::ScenarioLibrary(const QString &root)
    : m_root(root)
{
}

QStringList ScenarioLibrary::folders() const
{
    return QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

const QList<Scenario> &ScenarioLibrary::ofLanguage(const QString &language) const
{
    const QMutexLocker lock(&m_mutex);
    if (const auto loaded = m_byLanguage.find(language); loaded != m_byLanguage.end())
        return loaded->second;
    QList<Scenario> &scenarios = m_byLanguage[language];
    const QDir dir(QDir(m_root).filePath(language));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors.append(name + QLatin1String(": ") + file.errorString());
            continue;
        }
        ScenarioLoadResult result = parseScenario(file.readAll());
        if (result.scenario && result.scenario->language != language) {
            result.error = ScenarioText::tr("it declares the language \"%1\" but is in the folder \"%2\"")
                               .arg(result.scenario->language, language);
            result.scenario.reset();
        }
        if (result.scenario)
            scenarios.append(*result.scenario);
        else
            m_errors.append(name + QLatin1String(": ") + result.error);
    }
    return scenarios;
}

QList<Scenario> ScenarioLibrary::scenarios(const QString &dataLanguage) const
{
    return ofLanguage(dataLanguage);
}

const Scenario *ScenarioLibrary::find(const QString &id, const QString &dataLanguage) const
{
    for (const Scenario &scenario : ofLanguage(dataLanguage)) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

QStringList ScenarioLibrary::languages() const
{
    QStringList languages;
    for (const QString &folder : folders()) {
        if (!ofLanguage(folder).isEmpty())
            languages.append(folder);
    }
    return languages;
}

QStringList ScenarioLibrary::errors() const
{
    for (const QString &folder : folders())
        ofLanguage(folder);
    const QMutexLocker lock(&m_mutex);
    return m_errors;
}

Draft draftFromScenario(const Scenario &scenario, const QString &language, QDate letterDate)
{
    Draft draft;
    draft.scenarioId = scenario.id;
    draft.language = language;
    draft.subject = scenario.subject;
    draft.salutation = scenario.salutation;
    draft.closing = scenario.closing;
    for (Section section : kSections)
        draft.setSection(section, scenario.text(section));
    draft.caseDetails.letterDate = letterDate;
    draft.caseDetails.followUpDate = addBusinessDays(letterDate, 2);
    return draft;
}

void applySample(Draft &draft, const Scenario &scenario)
{
    for (auto it = scenario.sample.begin(); it != scenario.sample.end(); ++it)
        setFieldValue(draft, it.key(), it.value());
}

} // namespace amends::core
