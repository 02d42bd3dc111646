// How well Amends judges letters nobody here tuned it on: precision and recall per
// finding category, and how often it gets a section's presence right, on the labelled
// corpus (see tests/data/judgement/README.md): the development part
// (resources/judgement/en, which the rules were written from and the sentence model is
// trained on) and the held-out part (tests/data/judgement/heldout), side by side.
//
//   bench_judgement [--misses dev] [--dev-only] [--rules-root DIR] [--rules-only]
//                   [--dev DIR] [--train DIR] [--model FILE]
//
// --dev-only measures the development part alone (while working on rules, so that no
// rule is tuned to the held-out part); --misses dev lists the development part's misses
// and false alarms, to work on the rules (the held-out part is only ever counted);
// --rules-root reads the rule packs from DIR/<language> (e.g. resources/rules) instead
// of the built-in ones, so edited packs are measured without a rebuild; --rules-only
// leaves the sentence model out, to see what it adds. --dev DIR measures a folder of
// new labelled texts as the development part (before they join the corpus: how the
// rules and model do on texts they have not seen); --train DIR trains the model on the
// corpus in DIR (and the letters Amends holds up as sound) instead of using the built-in
// one; --model FILE reads its weights from FILE.

#include "core/checker.h"
#include "core/judgementcorpus.h"
#include "core/sentencemodel.h"
#include "services/lettercheck.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstring>
#include <map>

using namespace amends;

namespace {

const QStringList kCategories = {
    QStringLiteral("non-apology"), QStringLiteral("blame-shifting"), QStringLiteral("defensive"),
    QStringLiteral("passive-evasion"), QStringLiteral("jargon"), QStringLiteral("cliche"),
    QStringLiteral("tone"), QStringLiteral("facts"),
};

using Item = core::LabelledText;

struct Counts {
    int truePositives = 0; ///< labelled problems found
    int labelled = 0;
    int correct = 0; ///< findings that match a labelled problem
    int found = 0;
};

struct PartScore {
    std::map<QString, Counts> categories;
    int sectionCalls = 0;
    int sectionRight = 0;
    int letterSectionCalls = 0;
    int letterSectionRight = 0;
};

// Prints what could not be read of a corpus part.
QList<Item> reported(const QList<Item> &items, const QStringList &warnings)
{
    for (const QString &warning : warnings)
        std::fprintf(stderr, "bench_judgement: %s\n", qPrintable(warning));
    return items;
}

QList<Item> readPart(const QString &directory)
{
    QStringList warnings;
    const QList<Item> items = core::readLabelledCorpus(directory, &warnings);
    return reported(items, warnings);
}

bool overlaps(core::Span a, core::Span b)
{
    return a.start < b.end && b.start < a.end;
}

core::CheckSubject subjectOf(const Item &item)
{
    // A letter in pounds is British: its dates are written day first.
    const bool british = item.caseDetails && item.caseDetails->caseDetails.currency == QLatin1String("GBP");
    core::CheckSubject subject = core::subjectFromText(item.text, british ? QStringLiteral("en-GB") : QStringLiteral("en-US"));
    if (item.caseDetails)
        subject.caseDetails = item.caseDetails;
    return subject;
}

void score(const services::LetterCheck &check, const QList<Item> &items, PartScore &part, bool printMisses)
{
    for (const Item &item : items) {
        const bool letters = item.letter;
        const core::CheckResult result = check.check(subjectOf(item));
        QList<core::Finding> findings;
        for (const core::Finding &finding : result.findings) {
            if (kCategories.contains(finding.category))
                findings.append(finding);
        }
        for (const Item::Problem &problem : item.problems) {
            Counts &counts = part.categories[problem.category];
            ++counts.labelled;
            const bool caught = std::any_of(findings.begin(), findings.end(), [&](const core::Finding &f) {
                return f.category == problem.category && overlaps({f.start, f.end}, problem.span);
            });
            counts.truePositives += caught ? 1 : 0;
            if (!caught && printMisses)
                std::printf("MISS  %-16s %s: \"%s\"\n", qPrintable(problem.category), qPrintable(item.id),
                            qPrintable(item.text.mid(problem.span.start, problem.span.end - problem.span.start)));
        }
        for (const core::Finding &finding : std::as_const(findings)) {
            Counts &counts = part.categories[finding.category];
            ++counts.found;
            const bool right = std::any_of(item.problems.begin(), item.problems.end(), [&](const Item::Problem &p) {
                return p.category == finding.category && overlaps({finding.start, finding.end}, p.span);
            });
            counts.correct += right ? 1 : 0;
            if (!right && printMisses)
                std::printf("FALSE %-16s %s: \"%s\" [%s] in: %s\n", qPrintable(finding.category), qPrintable(item.id),
                            qPrintable(finding.excerpt), qPrintable(finding.rule),
                            qPrintable(letters ? QString() : item.text));
        }
        for (core::Section section : core::kSections) {
            const bool right = result.coverage.has(section) == item.sections.contains(section);
            (letters ? part.letterSectionCalls : part.sectionCalls) += 1;
            (letters ? part.letterSectionRight : part.sectionRight) += right ? 1 : 0;
            if (!right && printMisses)
                std::printf("SECT  %-16s %s: %s%s\n", qPrintable(core::sectionKey(section)), qPrintable(item.id),
                            result.coverage.has(section) ? "found, not labelled: " : "labelled, not found: ",
                            qPrintable(letters ? QString() : item.text));
        }
    }
}

QString percent(int part, int whole)
{
    return whole == 0 ? QStringLiteral("    –") : QString::asprintf("%5.1f", 100.0 * part / whole);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const char *usage = "usage: bench_judgement [--misses dev] [--dev-only] [--rules-root DIR] [--rules-only]\n"
                        "                       [--dev DIR] [--train DIR] [--model FILE]\n";
    bool misses = false;
    bool devOnly = false;
    QString devDirectory = QStringLiteral(AMENDS_JUDGEMENT_DEV);
    QString trainDirectory;
    QString modelFile;
    services::LetterCheckOptions options = services::LetterCheckOptions::builtInOnly();
    for (int i = 1; i < argc; i += 2) {
        const QString value = i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
        if (std::strcmp(argv[i], "--dev-only") == 0) {
            devOnly = true;
            --i;
        } else if (std::strcmp(argv[i], "--rules-only") == 0) {
            options.sentenceModel = false;
            --i;
        } else if (i + 1 >= argc) {
            std::fputs(usage, stderr);
            return 2;
        } else if (std::strcmp(argv[i], "--misses") == 0 && value == QLatin1String("dev")) {
            misses = true;
        } else if (std::strcmp(argv[i], "--rules-root") == 0) {
            options.rulesRoot = value;
        } else if (std::strcmp(argv[i], "--dev") == 0) {
            devDirectory = value;
        } else if (std::strcmp(argv[i], "--train") == 0) {
            trainDirectory = value;
        } else if (std::strcmp(argv[i], "--model") == 0) {
            modelFile = value;
        } else {
            std::fputs(usage, stderr);
            return 2;
        }
    }
    const services::LetterCheck rulesOnly(options);
    const std::shared_ptr<const core::RuleSet> rules = rulesOnly.rules(QStringLiteral("en-US"));
    if (const QStringList errors = rules->errors(); !errors.isEmpty()) {
        std::fprintf(stderr, "bench_judgement: %s\n", qPrintable(errors.join(u'\n')));
        return 2;
    }
    if (!trainDirectory.isEmpty()) {
        QStringList warnings;
        const QList<Item> corpus = reported(core::trainingCorpus(QStringLiteral("en"), trainDirectory, &warnings), warnings);
        options.model = core::SentenceModel::train(QStringLiteral("en"), corpus, rules->scanRules());
    } else if (!modelFile.isEmpty()) {
        QFile file(modelFile);
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !(options.model = core::SentenceModel::fromWeights(file.readAll(), &error))) {
            std::fprintf(stderr, "bench_judgement: %s: %s\n", qPrintable(modelFile), qPrintable(error.isEmpty() ? file.errorString() : error));
            return 2;
        }
    }

    const QStringList partNames = devOnly ? QStringList{QStringLiteral("dev")} : QStringList{QStringLiteral("dev"), QStringLiteral("heldout")};
    const services::LetterCheck check(options);
    std::map<QString, PartScore> parts;
    int itemCount[2] = {0, 0};
    for (const QString &part : std::as_const(partNames)) {
        const bool dev = part == QLatin1String("dev");
        const QList<Item> items = readPart(dev ? devDirectory : test::dataPath(QStringLiteral("judgement/heldout")));
        itemCount[dev ? 0 : 1] = int(items.size());
        score(check, items, parts[part], misses && dev);
    }

    std::printf("\nJudgement on labelled letters and sentences (development: %d items, held-out: %d items; %s)\n\n",
                itemCount[0], itemCount[1], options.sentenceModel ? "rules and sentence model" : "rules alone");
    std::printf("%-18s %22s   %22s\n", "", "development", "held-out");
    std::printf("%-18s %10s %11s   %10s %11s\n", "category", "precision", "recall", "precision", "recall");
    Counts total[2];
    for (const QString &category : kCategories) {
        std::printf("%-18s", qPrintable(category));
        int column = 0;
        for (const QString &part : std::as_const(partNames)) {
            const Counts c = parts[part].categories[category];
            std::printf(" %6s%% %4d %6s%% %4d  ", qPrintable(percent(c.correct, c.found)), c.found,
                        qPrintable(percent(c.truePositives, c.labelled)), c.labelled);
            total[column].correct += c.correct;
            total[column].found += c.found;
            total[column].truePositives += c.truePositives;
            total[column].labelled += c.labelled;
            ++column;
        }
        std::printf("\n");
    }
    std::printf("%-18s", "all");
    for (const Counts &c : total)
        std::printf(" %6s%% %4d %6s%% %4d  ", qPrintable(percent(c.correct, c.found)), c.found,
                    qPrintable(percent(c.truePositives, c.labelled)), c.labelled);
    std::printf("\n\n%-18s %22s   %22s\n", "section detection", "development", "held-out");
    for (const bool letters : {false, true}) {
        std::printf("%-18s", letters ? "  letters" : "  sentences");
        for (const QString &part : std::as_const(partNames)) {
            const PartScore &p = parts[part];
            const int right = letters ? p.letterSectionRight : p.sectionRight;
            const int calls = letters ? p.letterSectionCalls : p.sectionCalls;
            std::printf(" %13s%% of %4d  ", qPrintable(percent(right, calls)), calls);
        }
        std::printf("\n");
    }
    std::printf("\n(precision: findings of the category that match a labelled problem; recall: labelled problems "
                "found; the number after each is its denominator)\n");
    return 0;
}
