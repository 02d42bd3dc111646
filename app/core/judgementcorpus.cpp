#include "judgementcorpus.h"

#include "composer.h"
#include "fields.h"
#include "language.h"
#include "scenario.h"
#include "trainingpair.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace amends::core {

namespace {

Span quoteSpan(const QString &text, const QString &quote, int occurrence)
{
    qsizetype at = -1;
    for (int i = 0; i < occurrence; ++i) {
        at = text.indexOf(quote, at + 1);
        if (at < 0)
            return {-1, -1};
    }
    return {at, at + quote.size()};
}

LabelledText readText(const QJsonObject &object, const QString &id, bool letter, QStringList *warnings)
{
    LabelledText item;
    item.id = id;
    item.letter = letter;
    item.text = object.value(QStringLiteral("text")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject problem = value.toObject();
        const QString quote = problem.value(QStringLiteral("quote")).toString();
        const Span span = quoteSpan(item.text, quote, problem.value(QStringLiteral("occurrence")).toInt(1));
        if (span.start < 0 || quote.isEmpty()) {
            if (warnings)
                warnings->append(QStringLiteral("%1: quote not found: %2").arg(id, quote));
            continue;
        }
        item.problems.append({problem.value(QStringLiteral("category")).toString(), span});
    }
    for (const QJsonValue &value : object.value(QStringLiteral("sections")).toArray()) {
        if (const std::optional<Section> section = sectionFromKey(value.toString()))
            item.sections.append(*section);
    }
    const QJsonObject caseFields = object.value(QStringLiteral("case")).toObject();
    if (!caseFields.isEmpty()) {
        Draft draft;
        for (auto it = caseFields.begin(); it != caseFields.end(); ++it)
            setFieldValue(draft, it.key(), it.value().toString());
        item.caseDetails = draft;
    }
    return item;
}

} // namespace

QList<LabelledText> readLabelledTexts(const QByteArray &json, QStringList *warnings)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const bool letters = root.contains(QStringLiteral("letters"));
    const QString kind = letters ? QStringLiteral("letters") : QStringLiteral("sentences");
    const QString part = root.value(QStringLiteral("part")).toString();
    const QJsonArray array = root.value(kind).toArray();
    QList<LabelledText> items;
    items.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString fallbackId = QStringLiteral("%1/%2 #%3").arg(part, kind).arg(i + 1);
        items.append(readText(object, object.value(QStringLiteral("id")).toString(fallbackId), letters, warnings));
    }
    return items;
}

QList<LabelledText> readLabelledCorpus(const QString &directory, QStringList *warnings)
{
    QList<LabelledText> texts;
    for (const char *name : {"sentences.json", "letters.json"}) {
        QFile file(directory + u'/' + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly)) {
            if (warnings)
                warnings->append(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
            continue;
        }
        texts += readLabelledTexts(file.readAll(), warnings);
    }
    return texts;
}

QList<LabelledText> cleanLetters(const QString &dataLanguage)
{
    QList<LabelledText> letters;
    const ScenarioLibrary library;
    for (const QString &language : supportedLetterLanguages()) {
        if (dataLanguage != core::dataLanguage(language))
            continue;
        for (const Scenario &scenario : library.scenarios(dataLanguage)) {
            // As a new letter shows it, its fields still to fill, and with the sample.
            Draft draft = draftFromScenario(scenario, language, QDate(2026, 11, 20));
            for (const bool filled : {false, true}) {
                if (filled)
                    applySample(draft, scenario);
                LabelledText letter;
                letter.id = QStringLiteral("scenario %1 %2%3").arg(scenario.id, language, filled ? QStringLiteral(", sample") : QString());
                letter.text = composeLetter(draft).plain.text;
                letter.letter = true;
                letters.append(letter);
            }
        }
    }
    for (const TrainingPair &pair : loadTrainingPairs(dataLanguage).pairs) {
        LabelledText letter;
        letter.id = QStringLiteral("training pair %1, repaired").arg(pair.id);
        letter.text = pair.repaired;
        letter.letter = true;
        letters.append(letter);
    }
    return letters;
}

QList<LabelledText> trainingCorpus(const QString &dataLanguage, const QString &directory, QStringList *warnings)
{
    QList<LabelledText> corpus = readLabelledCorpus(directory, warnings);
    if (!corpus.isEmpty())
        corpus += cleanLetters(dataLanguage);
    return corpus;
}

} // namespace amends::core
