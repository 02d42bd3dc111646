#include "trainingpair.h"

#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace amends::core {

namespace {

struct TrainingPairText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::TrainingPair)
};

} // namespace

TrainingPairLoadResult parseTrainingPair(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {std::nullopt, TrainingPairText::tr("not valid JSON (%1)").arg(parseError.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("amends-training")
        || root.value(QStringLiteral("version")).toInt() != 1)
        return {std::nullopt, TrainingPairText::tr("not an Amends training pair of version 1")};

    const auto field = [&root](const char *key) { return root.value(QLatin1String(key)).toString().trimmed(); };
    TrainingPair pair;
    pair.id = field("id");
    pair.language = field("language");
    pair.title = field("title");
    pair.pattern = field("pattern");
    pair.lesson = field("lesson");
    pair.poor = field("poor");
    pair.repaired = field("repaired");
    if (pair.id.isEmpty() || pair.title.isEmpty() || !isLanguageTag(pair.language))
        return {std::nullopt, TrainingPairText::tr("id, title or language missing")};
    if (pair.pattern.isEmpty() || pair.lesson.isEmpty())
        return {std::nullopt, TrainingPairText::tr("pattern or lesson missing")};
    if (pair.poor.isEmpty() || pair.repaired.isEmpty())
        return {std::nullopt, TrainingPairText::tr("the poor or the repaired letter is missing")};
    return {pair, {}};
}

TrainingPairs loadTrainingPairs(const QString &dataLanguage, const QString &root)
{
    TrainingPairs loaded;
    const QDir dir(QDir(root).filePath(dataLanguage));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            loaded.errors.append(name + QLatin1String(": ") + file.errorString());
            continue;
        }
        TrainingPairLoadResult result = parseTrainingPair(file.readAll());
        if (result.pair && result.pair->language != dataLanguage)
            result = {std::nullopt, TrainingPairText::tr("language \"%1\" in the folder of \"%2\"").arg(result.pair->language, dataLanguage)};
        if (result.pair)
            loaded.pairs.append(*result.pair);
        else
            loaded.errors.append(name + QLatin1String(": ") + result.error);
    }
    return loaded;
}

} // namespace amends::core
