// amends-trainmodel CORPUS_DIR OUTPUT_FILE [LANGUAGE]: trains the sentence model of a
// data language (default en) on the labelled corpus in CORPUS_DIR (sentences.json,
// letters.json) and on the letters Amends holds up as sound (scenario letters, repaired
// training letters; core::trainingCorpus()), and writes its weights file, e.g.
//   amends-trainmodel resources/judgement/en resources/model/en.weights
// Training is deterministic: the same corpus gives the same file.
#include "core/judgementcorpus.h"
#include "core/ruleset.h"
#include "core/sentencemodel.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

using namespace amends;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3 || arguments.size() > 4) {
        std::fprintf(stderr, "usage: amends-trainmodel CORPUS_DIR OUTPUT_FILE [LANGUAGE]\n");
        return 2;
    }
    const QString language = arguments.value(3, QStringLiteral("en"));
    QStringList warnings;
    const QList<core::LabelledText> corpus = core::trainingCorpus(language, arguments[1], &warnings);
    for (const QString &warning : std::as_const(warnings))
        std::fprintf(stderr, "amends-trainmodel: %s\n", qPrintable(warning));
    if (corpus.isEmpty())
        return 1;
    const std::shared_ptr<const core::RuleSet> rules = core::RuleSet::load(language);
    const std::shared_ptr<const core::SentenceModel> model = core::SentenceModel::train(language, corpus, rules->scanRules());
    if (!model) {
        std::fprintf(stderr, "amends-trainmodel: the model would have more non-zero weights than one can hold (%lld)\n",
                     static_cast<long long>(core::SentenceModel::maxWeights()));
        return 1;
    }
    QSaveFile file(arguments[2]);
    if (!file.open(QIODevice::WriteOnly) || file.write(model->weights()) < 0 || !file.commit()) {
        std::fprintf(stderr, "amends-trainmodel: %s: %s\n", qPrintable(arguments[2]), qPrintable(file.errorString()));
        return 1;
    }
    std::printf("%d texts, model written to %s\n", int(corpus.size()), qPrintable(arguments[2]));
    return 0;
}
