// How well Amends judges letters nobody here tuned it on: precision and recall per
// finding category, and how often it gets a section's presence right, on the labelled
// corpus (see tests/data/judgement/README.md): the development part
// (resources/judgement/en, which the rules were written from and the sentence model is
// trained on) and the held-out part (tests/data/judgement/heldout), side by side; then
// the same counted by sentence (a category found in a sentence the labels give it, on
// whichever of its words), to tell a wrong sentence from other words of a right one.
//
//   bench_judgement [--misses dev] [--dev-only] [--rules-root DIR] [--rules-only]
//                   [--dev DIR] [--train DIR] [--model FILE] [--agreement DIR]
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
// one; --model FILE reads its weights from FILE. --agreement DIR measures how far
// second annotators' labels of some of the corpus sentences (tests/data/judgement/
// agreement) agree with the corpus labels, beside Amends on the same sentences: how
// high a score the labels allow at all.

#include "core/checker.h"
#include "core/judgementcorpus.h"
#include "core/sentencemodel.h"
#include "core/textscan.h"
#include "services/lettercheck.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <vector>

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
    /// The same counted by sentence: a category found anywhere in a sentence that the
    /// labels give it, whichever of its words each marks (filled by score() only).
    std::map<QString, Counts> bySentence;
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

// What one judge (Amends, or a second annotator) says of a text: its problems, and
// which sections it carries.
struct Judgement {
    struct Found {
        QString category;
        core::Span span;
        QString rule; ///< Amends' rule id, for the list of false alarms
    };
    QList<Found> found;
    std::array<bool, core::kSections.size()> sections{};
};

Judgement judgementOf(const services::LetterCheck &check, const Item &item)
{
    const core::CheckResult result = check.check(subjectOf(item));
    Judgement judgement;
    for (const core::Finding &finding : result.findings) {
        if (kCategories.contains(finding.category))
            judgement.found.append({finding.category, {finding.start, finding.end}, finding.rule});
    }
    for (std::size_t k = 0; k < core::kSections.size(); ++k)
        judgement.sections[k] = result.coverage.has(core::kSections[k]);
    return judgement;
}

// A second annotator's labels of a text, as a judgement.
Judgement judgementOf(const Item &labels)
{
    Judgement judgement;
    for (const Item::Problem &problem : labels.problems)
        judgement.found.append({problem.category, problem.span, QString()});
    for (std::size_t k = 0; k < core::kSections.size(); ++k)
        judgement.sections[k] = labels.sections.contains(core::kSections[k]);
    return judgement;
}

// Whether one of @p marks (labelled problems or findings) is of @p category and overlaps
// @p span: a problem found, or a finding that is right.
template<typename Marks>
bool matches(const Marks &marks, const QString &category, core::Span span)
{
    return std::any_of(marks.begin(), marks.end(), [&](const auto &mark) { return mark.category == category && overlaps(mark.span, span); });
}

// Counts each of @p marks under its category in @p part (in @p total), and in @p agreed
// those that one of @p others matches; hands the others to @p disagreed.
template<typename Marks, typename Others, typename Report>
void tally(const Marks &marks, const Others &others, int Counts::*total, int Counts::*agreed, PartScore &part, Report disagreed)
{
    for (const auto &mark : marks) {
        Counts &counts = part.categories[mark.category];
        ++(counts.*total);
        if (matches(others, mark.category, mark.span))
            ++(counts.*agreed);
        else
            disagreed(mark);
    }
}

// Adds to @p part how @p judgement agrees with @p item's labels.
void compare(const Item &item, const Judgement &judgement, PartScore &part, bool printMisses)
{
    const bool letters = item.letter;
    const auto excerpt = [&item](core::Span span) { return item.text.mid(span.start, span.end - span.start); };
    tally(item.problems, judgement.found, &Counts::labelled, &Counts::truePositives, part, [&](const Item::Problem &problem) {
        if (printMisses)
            std::printf("MISS  %-16s %s: \"%s\"\n", qPrintable(problem.category), qPrintable(item.id), qPrintable(excerpt(problem.span)));
    });
    tally(judgement.found, item.problems, &Counts::found, &Counts::correct, part, [&](const Judgement::Found &finding) {
        if (printMisses)
            std::printf("FALSE %-16s %s: \"%s\" [%s] in: %s\n", qPrintable(finding.category), qPrintable(item.id),
                        qPrintable(excerpt(finding.span)), qPrintable(finding.rule), qPrintable(letters ? QString() : item.text));
    });
    for (std::size_t k = 0; k < core::kSections.size(); ++k) {
        const core::Section section = core::kSections[k];
        const bool right = judgement.sections[k] == item.sections.contains(section);
        (letters ? part.letterSectionCalls : part.sectionCalls) += 1;
        (letters ? part.letterSectionRight : part.sectionRight) += right ? 1 : 0;
        if (!right && printMisses)
            std::printf("SECT  %-16s %s: %s%s\n", qPrintable(core::sectionKey(section)), qPrintable(item.id),
                        judgement.sections[k] ? "found, not labelled: " : "labelled, not found: ",
                        qPrintable(letters ? QString() : item.text));
    }
}

// Adds to @p part's bySentence how @p judgement's categories agree with @p item's labels
// sentence by sentence (of @p scan, the item's text).
void compareBySentence(const Item &item, const Judgement &judgement, const core::TextScan &scan, PartScore &part)
{
    std::set<std::pair<int, QString>> labelled;
    std::set<std::pair<int, QString>> found;
    for (const Item::Problem &problem : item.problems)
        labelled.insert({scan.sentenceAt(problem.span.start), problem.category});
    for (const Judgement::Found &finding : judgement.found)
        found.insert({scan.sentenceAt(finding.span.start), finding.category});
    for (const auto &mark : labelled) {
        Counts &counts = part.bySentence[mark.second];
        ++counts.labelled;
        counts.truePositives += found.count(mark) ? 1 : 0;
    }
    for (const auto &mark : found) {
        Counts &counts = part.bySentence[mark.second];
        ++counts.found;
        counts.correct += labelled.count(mark) ? 1 : 0;
    }
}

void score(const services::LetterCheck &check, const QList<Item> &items, PartScore &part, bool printMisses)
{
    const core::ScanRules &scanRules = check.rules(QStringLiteral("en-US"))->scanRules();
    for (const Item &item : items) {
        const Judgement judgement = judgementOf(check, item);
        compare(item, judgement, part, printMisses);
        compareBySentence(item, judgement, core::TextScan(item.text, scanRules), part);
    }
}

QString percent(int part, int whole)
{
    return whole == 0 ? QStringLiteral("    –") : QString::asprintf("%5.1f", 100.0 * part / whole);
}

// Prints precision and recall per category and section detection, one column pair per
// part, each under its title.
void printTable(const QStringList &titles, const QList<const PartScore *> &columns)
{
    const auto printCounts = [](const Counts &c) {
        std::printf(" %6s%% %4d %6s%% %4d  ", qPrintable(percent(c.correct, c.found)), c.found,
                    qPrintable(percent(c.truePositives, c.labelled)), c.labelled);
    };
    std::printf("%-18s", "");
    for (const QString &title : titles)
        std::printf(" %22s  ", qPrintable(title));
    std::printf("\n%-18s", "category");
    for (qsizetype i = 0; i < columns.size(); ++i)
        std::printf(" %10s %11s  ", "precision", "recall");
    std::printf("\n");
    const auto printCategories = [&](std::map<QString, Counts> PartScore::*counted) {
        std::vector<Counts> total(columns.size());
        for (const QString &category : kCategories) {
            std::printf("%-18s", qPrintable(category));
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const std::map<QString, Counts> &counts = columns[i]->*counted;
                const auto at = counts.find(category);
                const Counts c = at == counts.end() ? Counts() : at->second;
                printCounts(c);
                total[i].correct += c.correct;
                total[i].found += c.found;
                total[i].truePositives += c.truePositives;
                total[i].labelled += c.labelled;
            }
            std::printf("\n");
        }
        std::printf("%-18s", "all");
        for (const Counts &c : total)
            printCounts(c);
    };
    printCategories(&PartScore::categories);
    std::printf("\n\n%-18s", "section detection");
    for (const QString &title : titles)
        std::printf(" %22s  ", qPrintable(title));
    std::printf("\n");
    for (const bool letters : {false, true}) {
        std::printf("%-18s", letters ? "  letters" : "  sentences");
        for (const PartScore *p : columns) {
            const int right = letters ? p->letterSectionRight : p->sectionRight;
            const int calls = letters ? p->letterSectionCalls : p->sectionCalls;
            std::printf(" %13s%% of %4d  ", qPrintable(percent(right, calls)), calls);
        }
        std::printf("\n");
    }
    const bool bySentence = std::any_of(columns.begin(), columns.end(), [](const PartScore *p) { return !p->bySentence.empty(); });
    if (bySentence) {
        std::printf("\nthe same by sentence (a category found in a sentence the labels give it, on any of its words)\n");
        printCategories(&PartScore::bySentence);
        std::printf("\n");
    }
}

// The --agreement report: how far a second annotator's labels of some corpus sentences
// (every *.json in @p directory) agree with the corpus labels of the same sentences, part
// by part; Amends on the same sentences; and the annotators with each other.
int agreement(const services::LetterCheck &check, const QString &devDirectory, const QString &directory)
{
    struct Labelled {
        const Item *item = nullptr;
        bool dev = false;
    };
    const QList<Item> dev = readPart(devDirectory);
    const QList<Item> heldOut = readPart(test::dataPath(QStringLiteral("judgement/heldout")));
    QHash<QString, Labelled> corpus;
    for (const Item &item : dev)
        corpus.insert(item.text, {&item, true});
    for (const Item &item : heldOut)
        corpus.insert(item.text, {&item, false});

    const QDir folder(directory);
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_judgement: no annotations (*.json) in %s\n", qPrintable(directory));
        return 2;
    }
    QList<QList<Item>> annotators;
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        QStringList warnings;
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_judgement: %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
            return 2;
        }
        annotators.append(reported(core::readLabelledTexts(file.readAll(), &warnings), warnings));
        for (const Item &item : std::as_const(annotators.last())) {
            if (!corpus.contains(item.text)) {
                std::fprintf(stderr, "bench_judgement: %s: a sentence that is in neither part: %s\n", qPrintable(name),
                             qPrintable(item.text));
                return 2;
            }
        }
    }

    const QStringList titles{QStringLiteral("development"), QStringLiteral("held-out")};
    const auto print = [&titles](const QString &title, const PartScore (&score)[2]) {
        std::printf("\n%s\n\n", qPrintable(title));
        printTable(titles, {&score[0], &score[1]});
    };
    std::printf("\nAgreement with the corpus labels on the sentences of %s (%lld annotators, %lld sentences)\n",
                qPrintable(QDir::toNativeSeparators(directory)), qsizetype(annotators.size()), annotators.first().size());
    for (qsizetype a = 0; a < annotators.size(); ++a) {
        PartScore score[2];
        for (const Item &item : std::as_const(annotators[a])) {
            const Labelled labelled = corpus.value(item.text);
            compare(*labelled.item, judgementOf(item), score[labelled.dev ? 0 : 1], false);
        }
        print(QStringLiteral("%1 against the corpus labels").arg(files[a]), score);
    }
    const auto byText = [](const QList<Item> &items) {
        QHash<QString, const Item *> index;
        for (const Item &item : items)
            index.insert(item.text, &item);
        return index;
    };
    // Amends judges each annotated sentence once; it is then compared with the corpus
    // labels and with each annotator's.
    QHash<QString, Judgement> judged;
    for (const Item &item : std::as_const(annotators.first()))
        judged.insert(item.text, judgementOf(check, *corpus.value(item.text).item));
    const QString amendsName = QStringLiteral("Amends (%1)").arg(check.options().sentenceModel ? QStringLiteral("rules and sentence model") : QStringLiteral("rules alone"));
    // Amends against the labels of @p reference (the corpus's when null).
    const auto amendsAgainst = [&](const QList<Item> *reference, const QString &whose) {
        const QHash<QString, const Item *> labelsOf = reference ? byText(*reference) : QHash<QString, const Item *>();
        PartScore score[2];
        for (auto it = judged.cbegin(); it != judged.cend(); ++it) {
            const Labelled labelled = corpus.value(it.key());
            const Item *labels = reference ? labelsOf.value(it.key()) : labelled.item;
            if (labels)
                compare(*labels, *it, score[labelled.dev ? 0 : 1], false);
        }
        print(QStringLiteral("%1 against %2").arg(amendsName, whose), score);
    };
    amendsAgainst(nullptr, QStringLiteral("the corpus labels"));
    for (qsizetype a = 0; a < annotators.size(); ++a)
        amendsAgainst(&annotators[a], QStringLiteral("%1's labels").arg(files[a]));
    for (qsizetype a = 0; a < annotators.size(); ++a) {
        for (qsizetype b = a + 1; b < annotators.size(); ++b) {
            const QHash<QString, const Item *> reference = byText(annotators[b]);
            PartScore score[2];
            for (const Item &item : std::as_const(annotators[a])) {
                if (const Item *other = reference.value(item.text))
                    compare(*other, judgementOf(item), score[corpus.value(item.text).dev ? 0 : 1], false);
            }
            print(QStringLiteral("%1 against %2's labels").arg(files[a], files[b]), score);
        }
    }
    std::printf("\n(precision: problems the first marks that the second marks too; recall: problems the second marks "
                "that the first marks too; the number after each is its denominator)\n");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const char *usage = "usage: bench_judgement [--misses dev] [--dev-only] [--rules-root DIR] [--rules-only]\n"
                        "                       [--dev DIR] [--train DIR] [--model FILE] [--agreement DIR]\n";
    bool misses = false;
    bool devOnly = false;
    QString devDirectory = QStringLiteral(AMENDS_JUDGEMENT_DEV);
    QString trainDirectory;
    QString modelFile;
    QString agreementDirectory;
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
        } else if (std::strcmp(argv[i], "--agreement") == 0) {
            agreementDirectory = value;
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
        if (!options.model) {
            std::fputs("bench_judgement: the trained model has more non-zero weights than one can hold\n", stderr);
            return 2;
        }
    } else if (!modelFile.isEmpty()) {
        QFile file(modelFile);
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !(options.model = core::SentenceModel::fromWeights(file.readAll(), &error))) {
            std::fprintf(stderr, "bench_judgement: %s: %s\n", qPrintable(modelFile), qPrintable(error.isEmpty() ? file.errorString() : error));
            return 2;
        }
    }

    if (!agreementDirectory.isEmpty())
        return agreement(services::LetterCheck(options), devDirectory, agreementDirectory);

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
    QList<const PartScore *> columns;
    for (const QString &part : std::as_const(partNames))
        columns.append(&parts[part]);
    printTable(QStringList{QStringLiteral("development"), QStringLiteral("held-out")}.first(columns.size()), columns);
    std::printf("\n(precision: findings of the category that match a labelled problem; recall: labelled problems "
                "found; the number after each is its denominator)\n");
    return 0;
}
