#include "spellingcorpus.h"

#include "core/composer.h"
#include "core/scenario.h"

#include <QStringList>

#include <random>

namespace amends::bench {

namespace {

// Sentences a customer-service agent in a hurry might write: misspellings of the kind
// spell checkers exist for, among correct words.
const QStringList &typoSentences()
{
    static const QStringList sentences = {
        QStringLiteral("We have recieved your message and we apreciate your patience."),
        QStringLiteral("Teh refund will apear on your statement within five buisness days."),
        QStringLiteral("This was definately our mistake, not yours, and we are truely sorry."),
        QStringLiteral("We have seperated the two charges so that the error doesnt happen again."),
        QStringLiteral("Your acount is now corect and no further payment is neccessary."),
        QStringLiteral("We will contact you untill the matter is fully resolved to your satisfaction."),
        QStringLiteral("The duplicate charge occured because an automatic retry was not cancelled."),
        QStringLiteral("Please accept our sincere apologys for the inconvenience and the worry."),
        QStringLiteral("Our billing team has adressed the problem and reviewed every similar acount."),
        QStringLiteral("We garantee that the corrected invoice reflects the price you agreed to."),
    };
    return sentences;
}

QStringList scenarioSentences()
{
    QStringList sentences;
    const core::ScenarioLibrary library;
    for (const core::Scenario &scenario : library.scenarios(QStringLiteral("en"))) {
        core::Draft draft = core::draftFromScenario(scenario, QStringLiteral("en-US"), QDate(2026, 11, 20));
        core::applySample(draft, scenario);
        for (core::Section section : core::kSections) {
            sentences.append(core::fillTemplate(draft, scenario.text(section)));
            for (const QString &phrase : scenario.phrasesFor(section))
                sentences.append(core::fillTemplate(draft, phrase));
        }
    }
    return sentences;
}

} // namespace

QString spellingCorpus(qsizetype characters)
{
    const QStringList sentences = scenarioSentences();
    const QStringList &typos = typoSentences();
    std::mt19937 random(20261120);
    std::uniform_int_distribution<qsizetype> pickSentence(0, sentences.size() - 1);
    std::uniform_int_distribution<qsizetype> pickTypo(0, typos.size() - 1);
    std::uniform_int_distribution<int> paragraphLength(3, 7);
    std::uniform_int_distribution<int> percent(0, 99);
    QString text;
    text.reserve(characters + 1024);
    while (text.size() < characters) {
        const int count = paragraphLength(random);
        for (int i = 0; i < count; ++i) {
            text += percent(random) < 12 ? typos.at(pickTypo(random)) : sentences.at(pickSentence(random));
            text += i + 1 < count ? QLatin1Char(' ') : QLatin1Char('\n');
        }
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace amends::bench
