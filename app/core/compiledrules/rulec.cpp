// amends-rulec OUTPUT_DIR LANGUAGE...: compiles the built-in rule packs of each data
// language and writes their compiled form (RuleSet::serialize()) to
// OUTPUT_DIR/<language>.rules, for the build to embed. Fails when a pack has errors.
#include "core/ruleset.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cstdio>

using namespace amends;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: amends-rulec OUTPUT_DIR LANGUAGE...\n");
        return 2;
    }
    const QDir output(arguments[1]);
    if (!output.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "amends-rulec: cannot create %s\n", qPrintable(arguments[1]));
        return 1;
    }
    for (const QString &language : arguments.mid(2)) {
        const std::shared_ptr<const core::RuleSet> set = core::RuleSet::compile(language);
        if (!set->errors().isEmpty()) {
            std::fprintf(stderr, "amends-rulec: %s: %s\n", qPrintable(language), qPrintable(set->errors().join(QStringLiteral("\n"))));
            return 1;
        }
        QSaveFile file(output.filePath(language + QStringLiteral(".rules")));
        if (!file.open(QIODevice::WriteOnly) || file.write(set->serialize(core::RuleSet::packsHash(language))) < 0 || !file.commit()) {
            std::fprintf(stderr, "amends-rulec: %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
            return 1;
        }
    }
    return 0;
}
