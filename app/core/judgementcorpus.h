#pragma once

#include "draft.h"
#include "section.h"
#include "span.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace amends::core {

/// A text labelled by hand for judging how well letters are judged (the format is
/// described in tests/data/judgement/README.md): the problems a trainer marks in it and
/// the sections it carries.
struct LabelledText {
    struct Problem {
        QString category;
        Span span; ///< Where its quote lies in text.
    };
    QString id;
    QString text;
    QList<Problem> problems;
    QList<Section> sections;
    bool letter = false;              ///< A whole letter (its sections are the letter's) or one sentence.
    std::optional<Draft> caseDetails; ///< The case fields, for letters that give them.
};

/// The letters or sentences of one file of the corpus (`sentences.json`, `letters.json`).
/// Problems whose quote is not in their text are left out and named in @p warnings.
QList<LabelledText> readLabelledTexts(const QByteArray &json, QStringList *warnings = nullptr);
/// The sentences, then the letters, of the corpus part in folder @p directory; what
/// cannot be read is named in @p warnings.
QList<LabelledText> readLabelledCorpus(const QString &directory, QStringList *warnings = nullptr);
/// The letters of @p dataLanguage that Amends itself holds up as sound, as labelled
/// letters without problems: the scenario letters as a new letter shows them (fields
/// still to fill) and filled with their samples, in each of the language's letter
/// languages, and the repaired letters of the training pairs.
/// Every check must leave them free of findings.
QList<LabelledText> cleanLetters(const QString &dataLanguage);
/// What the sentence model of @p dataLanguage is trained on: the labelled corpus in
/// folder @p directory (readLabelledCorpus()), then cleanLetters(). Empty when the
/// folder gives no labelled text: there is nothing to train from.
QList<LabelledText> trainingCorpus(const QString &dataLanguage, const QString &directory, QStringList *warnings = nullptr);

} // namespace amends::core
