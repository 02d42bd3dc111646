// amends-modelc WEIGHTS_DIR OUTPUT_DIR LANGUAGE...: reads each language's sentence model
// weights (WEIGHTS_DIR/<language>.weights, SentenceModel::fromWeights()) and writes its
// compiled form (SentenceModel::compiled()) to OUTPUT_DIR/<language>.model, for the
// build to embed. Fails when a weights file cannot be read.
#include "core/sentencemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace amends;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: amends-modelc WEIGHTS_DIR OUTPUT_DIR LANGUAGE...\n");
        return 2;
    }
    const QDir output(arguments[2]);
    if (!output.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "amends-modelc: cannot create %s\n", qPrintable(arguments[2]));
        return 1;
    }
    for (const QString &language : arguments.mid(3)) {
        QFile weights(QDir(arguments[1]).filePath(language + QStringLiteral(".weights")));
        if (!weights.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "amends-modelc: %s: %s\n", qPrintable(weights.fileName()), qPrintable(weights.errorString()));
            return 1;
        }
        QString error;
        const std::shared_ptr<const core::SentenceModel> model = core::SentenceModel::fromWeights(weights.readAll(), &error);
        if (!model) {
            std::fprintf(stderr, "amends-modelc: %s: %s\n", qPrintable(weights.fileName()), qPrintable(error));
            return 1;
        }
        QSaveFile file(output.filePath(language + QStringLiteral(".model")));
        if (!file.open(QIODevice::WriteOnly) || file.write(model->compiled()) < 0 || !file.commit()) {
            std::fprintf(stderr, "amends-modelc: %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
            return 1;
        }
    }
    return 0;
}
