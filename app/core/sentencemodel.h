#pragma once

#include "judgementcorpus.h"
#include "section.h"
#include "textscan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtEndian>

#include <array>
#include <memory>
#include <optional>

namespace amends::core {

class WordStemmer;

/// How SentenceModel::train() trains.
struct SentenceModelTraining {
    int epochs = 12;
    int folds = 5; ///< For choosing each label's threshold on data it was not trained on.
    int minSentences = 2; ///< A feature found in fewer training sentences is left out.
};

/// A small statistical judge of sentences, beside the rule packs: for each finding
/// category a rule pack covers (non-apology, blame-shifting, …) and for each of the six
/// sections, an averaged perceptron over the sentence's word stems, word pairs and
/// shape (a question, how it starts, an exclamation). It catches what the rules'
/// phrase lists miss when people word a problem differently, and sees a section said
/// without its cue words.
///
/// Trained from the labelled development corpus in resources/judgement/<language>
/// (train()); the weights are versioned in resources/model/<language>.weights, and
/// training is deterministic, so training again from the same corpus gives the same
/// file byte for byte. Immutable and thread-safe once built.
class SentenceModel
{
public:
    /// What the model judges: seven finding categories, then the six sections.
    static constexpr int kCategoryCount = 7;
    static constexpr int kLabelCount = kCategoryCount + int(kSections.size());
    static const std::array<QString, kCategoryCount> &categories();
    /// "non-apology" … "tone", then "section:regret" … "section:contact".
    static QString labelKey(int label);
    static int sectionLabel(Section section) { return kCategoryCount + sectionIndex(section); }

    /// The model shipped for @p dataLanguage (":/model/<language>.weights"), read once and
    /// shared; null for a language without one.
    static std::shared_ptr<const SentenceModel> builtIn(const QString &dataLanguage);
    /// A model from the text of a weights file, or null with @p error set.
    static std::shared_ptr<const SentenceModel> fromWeights(const QByteArray &weights, QString *error);
    /// The compiled form: a header, then the sorted feature hashes and their weights as
    /// they are used, so that a model embedded in the program is used where it lies,
    /// with nothing to parse or copy (`amends-modelc` makes it at build time).
    QByteArray compiled() const;
    /// A model using @p bytes, compiled(), in place (they must outlive it), or null with
    /// @p error set when they are not a compiled model of this version.
    static std::shared_ptr<const SentenceModel> fromCompiled(const QByteArray &bytes, QString *error);

    /// One sentence to learn from: its scan and index, which labels it carries, and
    /// which labels it can teach at all (a sentence cut from a letter says nothing about
    /// sections: they were labelled for the whole letter).
    struct Example {
        const TextScan *scan = nullptr;
        int sentence = 0;
        std::array<bool, kLabelCount> positive{};
        std::array<bool, kLabelCount> known{};
    };
    using TrainingOptions = SentenceModelTraining;
    /// Trains on @p examples in their order (shuffled by a fixed sequence each epoch).
    /// Null when the model would have more non-zero weights than one can hold
    /// (maxWeights()).
    static std::shared_ptr<const SentenceModel> train(const QString &dataLanguage, const QList<Example> &examples,
                                                      const TrainingOptions &options);

    /// Trains on a labelled corpus (readLabelledTexts()), each text scanned with
    /// @p scanRules: every sentence teaches the finding categories (problems whose quote
    /// it overlaps); a labelled one-sentence text also teaches its sections.
    ///
    /// The model learns from the words alone, not from what the rule packs matched: the
    /// packs were written from part of this corpus, so their matches would look more
    /// reliable here than on letters nobody here wrote.
    static std::shared_ptr<const SentenceModel> train(const QString &dataLanguage, const QList<LabelledText> &corpus,
                                                      const ScanRules &scanRules, const TrainingOptions &options = {});

    /// How many non-zero weights a model can hold: 524,288 (the English one has about
    /// 227,000).
    static constexpr qsizetype maxWeights() { return kMaxWeights; }

    /// The weights file: readable, one feature per line, weights in thousandths. Empty
    /// for the built-in models, which keep only what checking needs.
    QByteArray weights() const { return m_text; }
    QString language() const { return m_language; }

    /// Each label's score for sentence @p sentence of @p scan, in thousandths; a label is
    /// given when its score reaches threshold(label).
    /// @p formWords, when given, is formWords() of @p scan: the words worked out once for
    /// all its sentences.
    std::array<qint64, kLabelCount> scores(const TextScan &scan, int sentence, const QStringList *formWords = nullptr) const;
    qint64 threshold(int label) const { return m_thresholds[label]; }
    /// The labels scores() gives.
    std::array<bool, kLabelCount> labels(const TextScan &scan, int sentence, const QStringList *formWords = nullptr) const;
    /// The word the model reads for each of @p scan's forms (TextScan::forms()): its stem,
    /// "<num>" for a number. A long text repeats its words: each is stemmed once.
    QStringList formWords(const TextScan &scan) const;

private:
    using Weights = std::array<qint16, kLabelCount>;
    static std::shared_ptr<SentenceModel> parse(const QByteArray &weights, QString *error);
    /// Sorts the features by hash and lays them out as compiled() stores them; false
    /// when they have more non-zero weights than maxWeights().
    bool finish(QList<quint64> hashes, QList<Weights> rows);
    // Feature i's record: its hash, then where its weights start (above kMaskBits) and
    // which labels it weighs (the low kMaskBits bits: a bit a label).
    quint64 hashAt(qsizetype i) const { return qFromLittleEndian<quint64>(m_records + i * kRecord); }
    quint32 placeAt(qsizetype i) const { return qFromLittleEndian<quint32>(m_records + i * kRecord + sizeof(quint64)); }
    /// The features' records and non-zero weights, laid out as m_payload describes,
    /// taking the features in @p order (by hash); empty when there are more weights than
    /// a record can place (kMaxWeights).
    static QByteArray layOut(const QList<quint64> &hashes, const QList<Weights> &rows, const QList<int> &order);
    /// Points the members at the layout of m_count features starting at @p data, of
    /// @p size bytes; false when the sizes, masks or places do not add up.
    bool useLayout(const char *data, qsizetype size);
    /// Fills m_buckets from the sorted hashes; false when they are not in strictly
    /// ascending order.
    bool indexBuckets();
    static QList<quint64> features(const TextScan &scan, int sentence, const WordStemmer *stemmer, QStringList *names = nullptr,
                                   const QStringList *formWords = nullptr);
    /// The word the model reads for a token of normalised form @p norm.
    static QString wordOf(const QString &norm, const WordStemmer *stemmer);

    QString m_language;
    std::shared_ptr<const WordStemmer> m_stemmer;
    /// A record for every feature, sorted by hash: its hash (little-endian 64-bit), then
    /// where its weights start among the weights and which labels it weighs (32-bit);
    /// then the non-zero weights in thousandths (16-bit), feature by feature, label by
    /// label, and a zero. Most features weigh three or four of the thirteen labels: this
    /// takes half the memory of every weight stored, and a feature found needs no more
    /// memory read than its record and its few weights. Owned, or the program's own bytes.
    QByteArray m_payload;
    const char *m_records = nullptr;
    const char *m_weightBytes = nullptr;
    qsizetype m_dataSize = 0; ///< bytes from m_records to the end of the weights
    qsizetype m_count = 0;
    static constexpr qsizetype kRecord = sizeof(quint64) + sizeof(quint32);
    static constexpr int kMaskBits = kLabelCount;
    static constexpr quint32 kMaxWeights = quint32(1) << (32 - kMaskBits);
    /// Where the hashes whose top kBucketBits bits are b start: the few to search.
    static constexpr int kBucketBits = 12;
    QList<quint32> m_buckets;
    QByteArray m_text;
    std::array<qint64, kLabelCount> m_thresholds{};
};

} // namespace amends::core
