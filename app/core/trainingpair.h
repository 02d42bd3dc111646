#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace amends::core {

/// A teaching example: a poor apology letter that shows one failure pattern, and the
/// same letter repaired. Shipped as data (`:/training/<lang>/*.json`); both letters are
/// complete plain texts, checked as they are.
struct TrainingPair {
    QString id;
    QString language; ///< Base language, e.g. "en".
    QString title;
    QString pattern;  ///< One line naming the failure the poor letter shows.
    QString lesson;   ///< For the trainer: what is wrong and why it matters.
    QString poor;
    QString repaired;
};

struct TrainingPairLoadResult {
    std::optional<TrainingPair> pair;
    QString error;
};

/// Parses one `amends-training` file of version 1; every field is required.
TrainingPairLoadResult parseTrainingPair(const QByteArray &json);

struct TrainingPairs {
    QList<TrainingPair> pairs; ///< In file-name order.
    QStringList errors;        ///< "file: reason" for every file that could not be used.
};

/// Loads the pairs of one language from `<root>/<dataLanguage>/*.json` (a resource
/// or a folder). A file whose language differs from its folder's is an error.
TrainingPairs loadTrainingPairs(const QString &dataLanguage, const QString &root = QStringLiteral(":/training"));

} // namespace amends::core
