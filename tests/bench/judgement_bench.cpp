// How well Amends judges letters nobody here tuned it on: precision and recall per
// finding category, and how often it gets a section's presence right, on the labelled
// corpus in tests/data/judgement (see its README): the development part and the
// held-out part, side by side.
//
//   bench_judgement [--misses dev] [--dev-only] [--rules-root DIR]
//
// --dev-only measures the development part alone (while working on rules, so that no
// rule is tuned to the held-out part); --misses dev lists the development part's misses and false alarms, to work on the
// rules (the held-out part is only ever counted); --rules-root reads the rule packs
// from DIR/<language> (e.g. resources/rules) instead of the built-in ones, so edited
// packs are measured without a rebuild.

#include "core/checker.h"
#include "core/fields.h"
#include "services/lettercheck.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

struct Problem {
    QString category;
    core::Span span;
};

struct Item {
    QString id;
    QString text;
    QList<Problem> problems;
    QList<core::Section> sections;
    std::optional<core::Draft> caseDraft; ///< The case fields, for letters that give them.
};

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

core::Span quoteSpan(const QString &text, const QString &quote, int occurrence)
{
    qsizetype at = -1;
    for (int i = 0; i < occurrence; ++i) {
        at = text.indexOf(quote, at + 1);
        if (at < 0)
            break;
    }
    return at < 0 ? core::Span{-1, -1} : core::Span{at, at + quote.size()};
}

Item readItem(const QJsonObject &object, const QString &id)
{
    Item item;
    item.id = id;
    item.text = object.value(QStringLiteral("text")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject problem = value.toObject();
        const core::Span span = quoteSpan(item.text, problem.value(QStringLiteral("quote")).toString(),
                                          problem.value(QStringLiteral("occurrence")).toInt(1));
        if (span.start < 0)
            std::fprintf(stderr, "bench_judgement: %s: quote not found\n", qPrintable(id));
        else
            item.problems.append({problem.value(QStringLiteral("category")).toString(), span});
    }
    for (const QJsonValue &value : object.value(QStringLiteral("sections")).toArray()) {
        if (const std::optional<core::Section> section = core::sectionFromKey(value.toString()))
            item.sections.append(*section);
    }
    const QJsonObject caseFields = object.value(QStringLiteral("case")).toObject();
    if (!caseFields.isEmpty()) {
        core::Draft draft;
        for (auto it = caseFields.begin(); it != caseFields.end(); ++it)
            core::setFieldValue(draft, it.key(), it.value().toString());
        item.caseDraft = draft;
    }
    return item;
}

QList<Item> readPart(const QString &part, const QString &kind)
{
    QFile file(test::dataPath(QStringLiteral("judgement/%1/%2.json").arg(part, kind)));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_judgement: cannot read %s\n", qPrintable(file.fileName()));
        return {};
    }
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(kind).toArray();
    QList<Item> items;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        items.append(readItem(object, object.value(QStringLiteral("id")).toString(QStringLiteral("%1/%2 #%3").arg(part, kind).arg(i + 1))));
    }
    return items;
}

bool overlaps(core::Span a, core::Span b)
{
    return a.start < b.end && b.start < a.end;
}

core::CheckSubject subjectOf(const Item &item)
{
    // A letter in pounds is British: its dates are written day first.
    const bool british = item.caseDraft && item.caseDraft->caseDetails.currency == QLatin1String("GBP");
    core::CheckSubject subject = core::subjectFromText(item.text, british ? QStringLiteral("en-GB") : QStringLiteral("en-US"));
    if (item.caseDraft)
        subject.caseDetails = item.caseDraft;
    return subject;
}

void score(const services::LetterCheck &check, const QList<Item> &items, bool letters, PartScore &part, bool printMisses)
{
    for (const Item &item : items) {
        const core::CheckResult result = check.check(subjectOf(item));
        QList<core::Finding> findings;
        for (const core::Finding &finding : result.findings) {
            if (kCategories.contains(finding.category))
                findings.append(finding);
        }
        for (const Problem &problem : item.problems) {
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
            const bool right = std::any_of(item.problems.begin(), item.problems.end(), [&](const Problem &p) {
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
    bool misses = false;
    bool devOnly = false;
    services::LetterCheckOptions options = services::LetterCheckOptions::builtInOnly();
    for (int i = 1; i < argc; i += 2) {
        if (std::strcmp(argv[i], "--dev-only") == 0) {
            devOnly = true;
            --i;
        } else if (i + 1 >= argc) {
            std::fprintf(stderr, "usage: bench_judgement [--misses dev] [--dev-only] [--rules-root DIR]\n");
            return 2;
        } else if (std::strcmp(argv[i], "--misses") == 0 && std::strcmp(argv[i + 1], "dev") == 0) {
            misses = true;
        } else if (std::strcmp(argv[i], "--rules-root") == 0) {
            options.rulesRoot = QString::fromLocal8Bit(argv[i + 1]);
        } else {
            std::fprintf(stderr, "usage: bench_judgement [--misses dev] [--dev-only] [--rules-root DIR]\n");
            return 2;
        }
    }
    QStringList partNames = {QStringLiteral("dev"), QStringLiteral("heldout")};
    if (devOnly)
        partNames.removeLast();
    const services::LetterCheck check(options);
    if (const QStringList errors = check.rules(QStringLiteral("en-US"))->errors(); !errors.isEmpty()) {
        std::fprintf(stderr, "bench_judgement: %s\n", qPrintable(errors.join(u'\n')));
        return 2;
    }

    std::map<QString, PartScore> parts;
    int itemCount[2] = {0, 0};
    for (const QString &part : std::as_const(partNames)) {
        const QList<Item> sentences = readPart(part, QStringLiteral("sentences"));
        const QList<Item> letters = readPart(part, QStringLiteral("letters"));
        itemCount[part == QLatin1String("dev") ? 0 : 1] = int(sentences.size() + letters.size());
        score(check, sentences, false, parts[part], misses && part == QLatin1String("dev"));
        score(check, letters, true, parts[part], misses && part == QLatin1String("dev"));
    }

    std::printf("\nJudgement on labelled letters and sentences (development: %d items, held-out: %d items)\n\n",
                itemCount[0], itemCount[1]);
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
