#include "sentencemodel.h"

#include "wordstemmer.h"

#include <QFile>
#include <QResource>
#include <QtEndian>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <memory>
#include <vector>

namespace amends::core {

namespace {

constexpr QByteArrayView kMagic = "amends-sentence-model 1";
constexpr qint64 kScale = 1000; // weights and scores are kept in thousandths

// A feature's hash: 64-bit FNV-1a over its name's UTF-16 code units, the same on every
// machine and in every run (qHash is seeded per process). Fed piece by piece, so that
// checking a sentence builds no strings for its features.
class FeatureHash
{
public:
    FeatureHash &operator<<(QStringView piece)
    {
        for (const QChar c : piece) {
            m_hash = (m_hash ^ c.unicode()) * 1099511628211ull;
        }
        return *this;
    }
    quint64 value() const { return m_hash; }

private:
    quint64 m_hash = 14695981039346656037ull;
};

quint64 featureHash(QStringView name)
{
    return (FeatureHash() << name).value();
}

// A fixed shuffle: the order examples are seen in each epoch, the same in every run.
QList<int> shuffledOrder(int count, quint64 seed)
{
    QList<int> order(count);
    for (int i = 0; i < count; ++i)
        order[i] = i;
    quint64 state = seed * 6364136223846793005ull + 1442695040888963407ull;
    for (int i = count - 1; i > 0; --i) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        const int j = int((state >> 33) % quint64(i + 1));
        std::swap(order[i], order[j]);
    }
    return order;
}

bool hasSymbol(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.isSurrogate() || c.category() == QChar::Symbol_Other;
    });
}

/// The examples as rows of dense feature indices, and the training itself.
struct Trainer {
    QList<QList<int>> rows; // example → indices into names
    QList<QByteArray> names;
    QList<std::array<bool, SentenceModel::kLabelCount>> positive;
    QList<std::array<bool, SentenceModel::kLabelCount>> known;

    /// Averaged perceptron weights in thousandths, [feature * kLabelCount + label],
    /// trained on the examples @p use says.
    QList<qint64> train(const QList<bool> &use, int epochs) const
    {
        constexpr int L = SentenceModel::kLabelCount;
        QList<qint64> w(names.size() * L, 0);
        QList<qint64> u(names.size() * L, 0); // sum of c × update, for the average
        qint64 c = 1;
        for (int epoch = 0; epoch < epochs; ++epoch) {
            for (const int e : shuffledOrder(int(rows.size()), quint64(epoch) + 1)) {
                if (!use[e])
                    continue;
                const QList<int> &row = rows[e];
                for (int label = 0; label < L; ++label) {
                    if (!known[e][label])
                        continue;
                    qint64 score = 0;
                    for (const int f : row)
                        score += w[f * L + label];
                    const int y = positive[e][label] ? 1 : -1;
                    if (y * score > 0)
                        continue;
                    for (const int f : row) {
                        w[f * L + label] += y;
                        u[f * L + label] += c * y;
                    }
                }
                ++c;
            }
        }
        QList<qint64> average(w.size());
        for (qsizetype i = 0; i < w.size(); ++i)
            average[i] = (w[i] * c - u[i]) * kScale / c;
        return average;
    }

    qint64 score(const QList<qint64> &weights, int example, int label) const
    {
        qint64 sum = 0;
        for (const int f : rows[example])
            sum += weights[f * SentenceModel::kLabelCount + label];
        return sum;
    }
};

/// The threshold that gives the best F-score (precision weighted by @p beta) on scores
/// the model gave examples it was not trained on; 1 when no threshold catches anything.
qint64 bestThreshold(QList<std::pair<qint64, bool>> scored, double beta)
{
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    const qsizetype positives = std::count_if(scored.begin(), scored.end(), [](const auto &s) { return s.second; });
    qint64 best = std::numeric_limits<qint64>::max();
    double bestScore = 0.0;
    qsizetype truePositives = 0;
    const double b2 = beta * beta;
    for (qsizetype i = 0; i < scored.size(); ++i) {
        truePositives += scored[i].second ? 1 : 0;
        if (i + 1 < scored.size() && scored[i + 1].first == scored[i].first)
            continue; // a threshold takes every example of the same score
        if (scored[i].first <= 0)
            break;
        const double precision = double(truePositives) / double(i + 1);
        const double recall = positives ? double(truePositives) / double(positives) : 0.0;
        const double f = precision + recall > 0 ? (1 + b2) * precision * recall / (b2 * precision + recall) : 0.0;
        if (f > bestScore) {
            bestScore = f;
            best = scored[i].first;
        }
    }
    return best;
}

} // namespace

const std::array<QString, SentenceModel::kCategoryCount> &SentenceModel::categories()
{
    static const std::array<QString, kCategoryCount> names = {
        QStringLiteral("non-apology"), QStringLiteral("blame-shifting"), QStringLiteral("defensive"),
        QStringLiteral("passive-evasion"), QStringLiteral("jargon"), QStringLiteral("cliche"), QStringLiteral("tone"),
    };
    return names;
}

QString SentenceModel::labelKey(int label)
{
    return label < kCategoryCount ? categories()[label] : QStringLiteral("section:") + sectionKey(kSections[label - kCategoryCount]);
}

QString SentenceModel::wordOf(const QString &norm, const WordStemmer *stemmer)
{
    const QStringView word = QStringView(norm).left(norm.indexOf(u'|')); // the first reading
    if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
        return QStringLiteral("<num>");
    return stemmer ? stemmer->stem(word.toString()) : word.toString();
}

QStringList SentenceModel::formWords(const TextScan &scan) const
{
    QStringList words;
    words.reserve(scan.forms().size());
    for (const QString &form : scan.forms())
        words.append(wordOf(form, m_stemmer.get()));
    return words;
}

QList<quint64> SentenceModel::features(const TextScan &scan, int sentence, const WordStemmer *stemmer, QStringList *names,
                                       const QStringList *formWords)
{
    const auto [first, limit] = scan.sentenceTokens(sentence);
    QStringList words;
    words.reserve(limit - first);
    for (int t = first; t < limit; ++t) {
        const Token &token = scan.tokens()[t];
        words.append(formWords ? formWords->at(token.form) : wordOf(scan.norm(token), stemmer));
    }
    QList<quint64> hashes;
    hashes.reserve(4 * words.size() + 6);
    // Each feature is a kind ("u": a word, "b": two words, "k": two words one apart, "p":
    // a longer word's first four letters, "f"/"f2": how the sentence starts, "?": a
    // question, "!", "symbol": an emoji or other symbol) and its words.
    const auto add = [&](QStringView kind, QStringView a = {}, QStringView b = {}) {
        FeatureHash hash;
        hash << kind;
        if (!a.isNull())
            hash << u" " << a;
        if (!b.isNull())
            hash << u" " << b;
        hashes.append(hash.value());
        if (names) {
            QString name = kind.toString();
            if (!a.isNull())
                name += u' ' + a.toString();
            if (!b.isNull())
                name += u' ' + b.toString();
            names->append(name);
        }
    };
    add(u"bias");
    for (qsizetype i = 0; i < words.size(); ++i) {
        add(u"u", words[i]);
        if (i + 1 < words.size())
            add(u"b", words[i], words[i + 1]);
        if (words[i].size() > 4) // the start of a longer word: "reimburs…", "escalat…"
            add(u"p", QStringView(words[i]).left(4));
        if (i + 2 < words.size())
            add(u"k", words[i], words[i + 2]);
    }
    if (!words.isEmpty()) {
        add(u"f", words[0]);
        if (words.size() > 1)
            add(u"f2", words[0], words[1]);
    }
    if (scan.isQuestion(sentence)) {
        add(u"?");
        if (!words.isEmpty())
            add(u"?", words[0]);
    }
    const Span span = scan.sentences()[sentence];
    const QStringView text = QStringView(scan.text()).mid(span.start, span.length());
    if (text.contains(u'!'))
        add(u"!");
    if (hasSymbol(text))
        add(u"symbol");
    // A feature counts once however often it occurs.
    if (names) {
        QStringList unique;
        QList<quint64> uniqueHashes;
        QSet<quint64> seen;
        for (qsizetype i = 0; i < hashes.size(); ++i) {
            if (!seen.contains(hashes[i])) {
                seen.insert(hashes[i]);
                unique.append(names->at(i));
                uniqueHashes.append(hashes[i]);
            }
        }
        *names = unique;
        return uniqueHashes;
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    return hashes;
}

std::shared_ptr<const SentenceModel> SentenceModel::builtIn(const QString &dataLanguage)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const SentenceModel>> models;
    QMutexLocker lock(&mutex);
    if (const auto it = models.constFind(dataLanguage); it != models.constEnd())
        return *it;
    // The compiled form, used where it lies in the program; else the weights file.
    std::shared_ptr<const SentenceModel> model;
    QString error;
    // (Stored uncompressed, its bytes are referenced where they lie, as the compiled rules'.)
    const QResource compiledForm(QStringLiteral(":/compiled-model/%1.model").arg(dataLanguage));
    if (compiledForm.isValid()) {
        model = fromCompiled(compiledForm.uncompressedData(), &error);
        if (!model)
            qWarning("The compiled sentence model of %s cannot be used: %s", qPrintable(dataLanguage), qPrintable(error));
    }
    QFile file(QStringLiteral(":/model/%1.weights").arg(dataLanguage));
    if (!model && file.open(QIODevice::ReadOnly)) {
        std::shared_ptr<SentenceModel> parsed = parse(file.readAll(), &error);
        if (parsed)
            parsed->m_text.clear(); // checking needs only the weights
        else
            qWarning("The sentence model of %s cannot be read: %s", qPrintable(dataLanguage), qPrintable(error));
        model = parsed;
    }
    models.insert(dataLanguage, model);
    return model;
}

std::shared_ptr<const SentenceModel> SentenceModel::fromWeights(const QByteArray &weights, QString *error)
{
    return parse(weights, error);
}

std::shared_ptr<SentenceModel> SentenceModel::parse(const QByteArray &weights, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    // The header: four lines.
    QList<QList<QByteArray>> header;
    qsizetype at = 0;
    for (int line = 0; line < 4; ++line) {
        const qsizetype end = weights.indexOf('\n', at);
        if (end < 0)
            return fail(QStringLiteral("not a sentence model of this version"));
        header.append(weights.sliced(at, end - at).split(' '));
        at = end + 1;
    }
    if (header[0].join(' ') != kMagic)
        return fail(QStringLiteral("not a sentence model of this version"));
    const QList<QByteArray> &language = header[1];
    const QList<QByteArray> &labels = header[2];
    const QList<QByteArray> &thresholds = header[3];
    if (language.size() != 2 || language[0] != "language" || labels.size() != kLabelCount + 1 || labels[0] != "labels"
        || thresholds.size() != kLabelCount + 1 || thresholds[0] != "thresholds")
        return fail(QStringLiteral("the header is damaged"));
    auto model = std::make_shared<SentenceModel>();
    model->m_language = QString::fromUtf8(language[1]);
    for (int label = 0; label < kLabelCount; ++label) {
        bool ok = false;
        model->m_thresholds[label] = thresholds[label + 1].toLongLong(&ok);
        if (labels[label + 1] != labelKey(label).toUtf8() || !ok)
            return fail(QStringLiteral("the labels are not this version's"));
    }
    // Then one feature a line: its name, a tab, a weight per label.
    const qsizetype lines = weights.count('\n') + 1;
    QList<quint64> hashes;
    QList<Weights> rows;
    hashes.reserve(lines);
    rows.reserve(lines);
    int lineNumber = 4;
    while (at < weights.size()) {
        ++lineNumber;
        qsizetype end = weights.indexOf('\n', at);
        if (end < 0)
            end = weights.size();
        const QByteArrayView line(weights.constData() + at, end - at);
        at = end + 1;
        if (line.isEmpty())
            continue;
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0)
            return fail(QStringLiteral("line %1 is damaged").arg(lineNumber));
        Weights row{};
        const char *p = line.data() + tab + 1;
        const char *const stop = line.data() + line.size();
        for (int label = 0; label < kLabelCount; ++label) {
            const auto [next, problem] = std::from_chars(p, stop, row[label]);
            if (problem != std::errc() || (label + 1 < kLabelCount ? next == stop || *next != ' ' : next != stop))
                return fail(QStringLiteral("line %1 is damaged").arg(lineNumber));
            p = next + 1;
        }
        hashes.append(featureHash(QString::fromUtf8(line.first(tab))));
        rows.append(row);
    }
    if (!model->finish(std::move(hashes), std::move(rows)))
        return fail(QStringLiteral("it has more non-zero weights than a model can hold (%1)").arg(kMaxWeights));
    model->m_text = weights;
    model->m_stemmer = WordStemmer::snowball(model->m_language);
    return model;
}

bool SentenceModel::finish(QList<quint64> hashes, QList<Weights> rows)
{
    QList<int> order(hashes.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&hashes](int a, int b) { return hashes[a] < hashes[b]; });
    m_count = hashes.size();
    m_payload = layOut(hashes, rows, order); // never empty but when the weights overflow
    if (m_payload.isEmpty())
        return false;
    useLayout(m_payload.constData(), m_payload.size());
    indexBuckets();
    return true;
}

QByteArray SentenceModel::layOut(const QList<quint64> &hashes, const QList<Weights> &rows, const QList<int> &order)
{
    QByteArray records(order.size() * kRecord, '\0');
    QByteArray weights;
    quint32 written = 0;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const int i = order[k];
        quint32 mask = 0;
        for (int label = 0; label < kLabelCount; ++label) {
            const qint16 weight = rows[i][label];
            if (weight == 0)
                continue;
            mask |= 1u << label;
            char little[sizeof(qint16)];
            qToLittleEndian(weight, little);
            weights.append(little, sizeof(little));
        }
        const auto weighs = quint32(std::popcount(mask));
        if (written + weighs > kMaxWeights)
            return QByteArray();
        char *record = records.data() + k * kRecord;
        qToLittleEndian(hashes[i], record);
        qToLittleEndian(written << kMaskBits | mask, record + sizeof(quint64));
        written += weighs;
    }
    return records + weights + QByteArray(sizeof(qint16), '\0');
}

bool SentenceModel::useLayout(const char *data, qsizetype size)
{
    if (size < m_count * kRecord)
        return false;
    m_records = data;
    m_weightBytes = data + m_count * kRecord;
    m_dataSize = size;
    // Each feature's weights start where the one before it ends, as many as its mask has
    // labels, and the last end where the data does but for the spare zero weight that
    // scores() may read after them: nothing is read past it.
    quint32 next = 0;
    for (qsizetype i = 0; i < m_count; ++i) {
        const quint32 place = placeAt(i);
        if (place >> kMaskBits != next)
            return false;
        next += quint32(std::popcount(place & ((1u << kMaskBits) - 1)));
    }
    return m_count * kRecord + qsizetype(next + 1) * qsizetype(sizeof(qint16)) == size
           && qFromLittleEndian<qint16>(data + size - sizeof(qint16)) == 0;
}

bool SentenceModel::indexBuckets()
{
    m_buckets = QList<quint32>((1 << kBucketBits) + 1, quint32(m_count));
    bool ascending = true;
    for (qsizetype i = m_count - 1; i >= 0; --i) {
        const quint64 hash = hashAt(i);
        ascending = ascending && (i + 1 == m_count || hash < hashAt(i + 1));
        m_buckets[hash >> (64 - kBucketBits)] = quint32(i);
    }
    for (qsizetype b = m_buckets.size() - 2; b >= 0; --b)
        m_buckets[b] = std::min(m_buckets[b], m_buckets[b + 1]);
    return ascending;
}

namespace {

constexpr char kCompiledMagic[4] = {'A', 'M', 'S', 'M'};
constexpr quint32 kCompiledVersion = 2; // 1 stored every weight
// magic, version, label count, language length, feature count, thresholds
constexpr qsizetype kCompiledHeader = 4 + 4 + 4 + 4 + 8 + 8 * SentenceModel::kLabelCount;

} // namespace

QByteArray SentenceModel::compiled() const
{
    const QByteArray language = m_language.toUtf8();
    QByteArray out(kCompiledHeader, '\0');
    char *p = out.data();
    std::memcpy(p, kCompiledMagic, 4);
    qToLittleEndian(kCompiledVersion, p + 4);
    qToLittleEndian(quint32(kLabelCount), p + 8);
    qToLittleEndian(quint32(language.size()), p + 12);
    qToLittleEndian(quint64(m_count), p + 16);
    for (int label = 0; label < kLabelCount; ++label)
        qToLittleEndian(m_thresholds[label], p + 24 + 8 * label);
    out += language;
    out += QByteArrayView(m_records, m_dataSize);
    return out;
}

std::shared_ptr<const SentenceModel> SentenceModel::fromCompiled(const QByteArray &bytes, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    const char *p = bytes.constData();
    if (bytes.size() < kCompiledHeader || std::memcmp(p, kCompiledMagic, 4) != 0
        || qFromLittleEndian<quint32>(p + 4) != kCompiledVersion || qFromLittleEndian<quint32>(p + 8) != quint32(kLabelCount))
        return fail(QStringLiteral("not a compiled sentence model of this version"));
    const quint32 languageBytes = qFromLittleEndian<quint32>(p + 12);
    const quint64 count = qFromLittleEndian<quint64>(p + 16);
    // Each feature takes at least its record.
    const quint64 featureBytes = kRecord;
    if (languageBytes > 64 || quint64(bytes.size()) < quint64(kCompiledHeader) + languageBytes
        || count > (quint64(bytes.size()) - kCompiledHeader - languageBytes) / featureBytes)
        return fail(QStringLiteral("the compiled sentence model is damaged"));
    auto model = std::make_shared<SentenceModel>();
    for (int label = 0; label < kLabelCount; ++label)
        model->m_thresholds[label] = qFromLittleEndian<qint64>(p + 24 + 8 * label);
    model->m_language = QString::fromUtf8(p + kCompiledHeader, languageBytes);
    model->m_payload = bytes; // shares the bytes: a resource stays where it lies
    model->m_count = qsizetype(count);
    const qsizetype data = kCompiledHeader + qsizetype(languageBytes);
    if (!model->useLayout(model->m_payload.constData() + data, model->m_payload.size() - data))
        return fail(QStringLiteral("the compiled sentence model is damaged"));
    if (!model->indexBuckets()) // out of order: the search would miss features
        return fail(QStringLiteral("the compiled sentence model is damaged"));
    model->m_stemmer = WordStemmer::snowball(model->m_language);
    return model;
}

std::shared_ptr<const SentenceModel> SentenceModel::train(const QString &dataLanguage, const QList<Example> &examples,
                                                          const TrainingOptions &options)
{
    const std::shared_ptr<const WordStemmer> stemmer = WordStemmer::snowball(dataLanguage);
    Trainer trainer;
    QHash<QString, int> index;
    for (const Example &example : examples) {
        QStringList names;
        features(*example.scan, example.sentence, stemmer.get(), &names);
        QList<int> row;
        row.reserve(names.size());
        for (const QString &name : std::as_const(names)) {
            auto it = index.constFind(name);
            if (it == index.constEnd()) {
                it = index.insert(name, int(trainer.names.size()));
                trainer.names.append(name.toUtf8());
            }
            row.append(*it);
        }
        trainer.rows.append(row);
        trainer.positive.append(example.positive);
        trainer.known.append(example.known);
    }
    // A feature of fewer sentences than options.minSentences teaches nothing it could
    // show again: left out, it halves the model at no cost in what the model finds.
    QList<int> sentences(trainer.names.size(), 0);
    for (const QList<int> &row : std::as_const(trainer.rows)) {
        for (const int f : row)
            ++sentences[f];
    }
    for (QList<int> &row : trainer.rows)
        row.removeIf([&](int f) { return sentences[f] < options.minSentences; });

    // Each label's threshold from folds: trained without a fold, scored on it.
    std::array<QList<std::pair<qint64, bool>>, kLabelCount> scored;
    for (int fold = 0; fold < options.folds; ++fold) {
        QList<bool> use(examples.size());
        for (qsizetype e = 0; e < examples.size(); ++e)
            use[e] = e % options.folds != fold;
        const QList<qint64> weights = trainer.train(use, options.epochs);
        for (qsizetype e = 0; e < examples.size(); ++e) {
            if (use[e])
                continue;
            for (int label = 0; label < kLabelCount; ++label) {
                if (trainer.known[e][label])
                    scored[label].append({trainer.score(weights, int(e), label), trainer.positive[e][label]});
            }
        }
    }
    auto model = std::make_shared<SentenceModel>();
    model->m_language = dataLanguage;
    model->m_stemmer = stemmer;
    for (int label = 0; label < kLabelCount; ++label)
        model->m_thresholds[label] = bestThreshold(scored[label], label < kCategoryCount ? 0.5 : 1.0);

    const QList<qint64> weights = trainer.train(QList<bool>(examples.size(), true), options.epochs);
    QList<int> order(trainer.names.size());
    for (int f = 0; f < order.size(); ++f)
        order[f] = f;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return trainer.names[a] < trainer.names[b]; });
    QByteArray text = kMagic.toByteArray() + "\nlanguage " + dataLanguage.toUtf8() + "\nlabels";
    for (int label = 0; label < kLabelCount; ++label)
        text += ' ' + labelKey(label).toUtf8();
    text += "\nthresholds";
    for (const qint64 threshold : model->m_thresholds)
        text += ' ' + QByteArray::number(threshold);
    text += '\n';
    QList<quint64> hashes;
    QList<Weights> rows;
    for (const int f : std::as_const(order)) {
        Weights row{};
        for (int label = 0; label < kLabelCount; ++label)
            row[label] = qint16(std::clamp<qint64>(weights[f * kLabelCount + label], INT16_MIN, INT16_MAX));
        if (std::all_of(row.begin(), row.end(), [](qint16 w) { return w == 0; }))
            continue;
        hashes.append(featureHash(QString::fromUtf8(trainer.names[f])));
        rows.append(row);
        text += trainer.names[f] + '\t';
        for (int label = 0; label < kLabelCount; ++label)
            text += QByteArray::number(row[label]) + (label + 1 < kLabelCount ? ' ' : '\n');
    }
    if (!model->finish(std::move(hashes), std::move(rows)))
        return nullptr;
    model->m_text = text;
    return model;
}

std::shared_ptr<const SentenceModel> SentenceModel::train(const QString &dataLanguage, const QList<LabelledText> &corpus,
                                                          const ScanRules &scanRules, const TrainingOptions &options)
{
    std::vector<std::unique_ptr<TextScan>> scans;
    QList<Example> examples;
    for (const LabelledText &text : corpus) {
        const TextScan &scan = *scans.emplace_back(std::make_unique<TextScan>(text.text, scanRules));
        const bool teachesSections = !text.letter && scan.sentences().size() == 1;
        for (int s = 0; s < scan.sentences().size(); ++s) {
            Example example;
            example.scan = &scan;
            example.sentence = s;
            const Span span = scan.sentences()[s];
            for (int c = 0; c < kCategoryCount; ++c) {
                example.known[c] = true;
                example.positive[c] = std::any_of(text.problems.begin(), text.problems.end(), [&](const LabelledText::Problem &p) {
                    return p.category == categories()[c] && p.span.start < span.end && span.start < p.span.end;
                });
            }
            for (const Section section : kSections) {
                example.known[sectionLabel(section)] = teachesSections;
                example.positive[sectionLabel(section)] = teachesSections && text.sections.contains(section);
            }
            examples.append(example);
        }
    }
    return train(dataLanguage, examples, options);
}

std::array<qint64, SentenceModel::kLabelCount> SentenceModel::scores(const TextScan &scan, int sentence, const QStringList *formWords) const
{
    std::array<qint64, kLabelCount> sum{};
    for (const quint64 feature : features(scan, sentence, m_stemmer.get(), nullptr, formWords)) {
        const quint64 bucket = feature >> (64 - kBucketBits);
        qsizetype low = m_buckets[bucket];
        qsizetype high = m_buckets[bucket + 1];
        while (low < high) {
            const qsizetype middle = low + (high - low) / 2;
            if (hashAt(middle) < feature)
                low = middle + 1;
            else
                high = middle;
        }
        if (low < m_buckets[bucket + 1] && hashAt(low) == feature) {
            // Label by label, without a branch: a label it does not weigh adds nothing and
            // reads the next weight (the weights end with a spare zero for the last).
            const quint32 place = placeAt(low);
            const char *weight = m_weightBytes + (place >> kMaskBits) * qsizetype(sizeof(qint16));
            for (int label = 0; label < kLabelCount; ++label) {
                const int weighs = int(place >> label & 1u);
                sum[label] += weighs * qFromLittleEndian<qint16>(weight);
                weight += weighs * qsizetype(sizeof(qint16));
            }
        }
    }
    return sum;
}

std::array<bool, SentenceModel::kLabelCount> SentenceModel::labels(const TextScan &scan, int sentence, const QStringList *formWords) const
{
    const std::array<qint64, kLabelCount> sum = scores(scan, sentence, formWords);
    std::array<bool, kLabelCount> given{};
    for (int label = 0; label < kLabelCount; ++label)
        given[label] = sum[label] >= m_thresholds[label];
    return given;
}

} // namespace amends::core
