#include "ruleset.h"

#include "compiledform.h"
#include "structurerules.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QResource>

#include <algorithm>
#include <optional>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace amends::core {

const QStringList &findingCategories()
{
    static const QStringList categories = {
        QStringLiteral("spelling"),        QStringLiteral("non-apology"),     QStringLiteral("blame-shifting"),
        QStringLiteral("defensive"),       QStringLiteral("passive-evasion"), QStringLiteral("jargon"),
        QStringLiteral("cliche"),          QStringLiteral("missing-section"), QStringLiteral("placeholder"),
        QStringLiteral("personalization"), QStringLiteral("readability"),     QStringLiteral("length"),
        QStringLiteral("promptness"),      QStringLiteral("tone"),            QStringLiteral("facts"),
    };
    return categories;
}

namespace {

// A compiled form embedded in the program is read once, into the rule set: the pages of
// the program file that hold it are given back to the system (read again from the file
// should anything touch them), so the rules are in memory once rather than twice.
void releaseEmbeddedPages(const QByteArray &bytes)
{
#if defined(Q_OS_LINUX)
    const auto page = static_cast<quintptr>(sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<quintptr>(bytes.constData());
    const quintptr first = (begin + page - 1) & ~(page - 1);
    const quintptr last = (begin + quintptr(bytes.size())) & ~(page - 1);
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_DONTNEED);
#else
    Q_UNUSED(bytes)
#endif
}

struct RuleSetText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::RuleSet)
};

// A rule pack file larger than this is not a rule pack (the built-in ones are 30 KB).
constexpr qint64 kMaxPackSize = 4 * 1024 * 1024;

// The shapes a key of a rule pack may have.
enum class Shape {
    Text,       ///< "a"
    Number,     ///< 1
    Boolean,    ///< true
    Texts,      ///< ["a", "b"]
    Object,     ///< {...}, checked on its own
    Objects,    ///< [{...}, ...], each checked on its own
    TextsByKey, ///< {"k": ["a", "b"]}
    TextOrTexts ///< {"k": "a" or ["a", "b"]}
};

struct KeySpec {
    QLatin1String key;
    Shape shape;
};

bool isTexts(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isString(); });
}

bool hasShape(const QJsonValue &value, Shape shape)
{
    switch (shape) {
    case Shape::Text: return value.isString();
    case Shape::Number: return value.isDouble();
    case Shape::Boolean: return value.isBool();
    case Shape::Texts: return isTexts(value);
    case Shape::Object: return value.isObject();
    case Shape::Objects: {
        const QJsonArray array = value.toArray();
        return value.isArray() && std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isObject(); });
    }
    case Shape::TextsByKey:
    case Shape::TextOrTexts: {
        if (!value.isObject())
            return false;
        const QJsonObject object = value.toObject();
        return std::all_of(object.begin(), object.end(), [shape](const QJsonValue &item) {
            return isTexts(item) || (shape == Shape::TextOrTexts && item.isString());
        });
    }
    }
    return false;
}

QString shapeText(Shape shape)
{
    switch (shape) {
    case Shape::Text: return RuleSetText::tr("a text");
    case Shape::Number: return RuleSetText::tr("a number");
    case Shape::Boolean: return RuleSetText::tr("true or false");
    case Shape::Texts: return RuleSetText::tr("a list of texts");
    case Shape::Object: return RuleSetText::tr("a group of keys");
    case Shape::Objects: return RuleSetText::tr("a list of groups of keys");
    case Shape::TextsByKey: return RuleSetText::tr("a group of lists of texts");
    case Shape::TextOrTexts: return RuleSetText::tr("a group of texts or lists of texts");
    }
    return {};
}

// Every key of @p object must be one of @p specs and have its shape; a problem is
// reported with the key named. Returns whether all were right.
bool checkKeys(const QString &where, const QJsonObject &object, std::initializer_list<KeySpec> specs, QStringList &errors)
{
    bool valid = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const KeySpec &s) { return s.key == it.key(); });
        if (spec == specs.end()) {
            errors.append(RuleSetText::tr("%1: unknown key \"%2\"").arg(where, it.key()));
            valid = false;
        } else if (!hasShape(it.value(), spec->shape)) {
            errors.append(RuleSetText::tr("%1: \"%2\" should be %3").arg(where, it.key(), shapeText(spec->shape)));
            valid = false;
        }
    }
    return valid;
}

// The keys of a pack, of a rule and of the structure section (resources/rules/README.md).
bool checkPack(const QString &pack, const QJsonObject &root, QStringList &errors)
{
    using L = QLatin1String;
    bool valid = checkKeys(pack, root,
                           {{L("format"), Shape::Text}, {L("version"), Shape::Number}, {L("language"), Shape::Text},
                            {L("name"), Shape::Text}, {L("description"), Shape::Text}, {L("disable"), Shape::Texts},
                            {L("lists"), Shape::TextsByKey}, {L("rules"), Shape::Objects},
                            {L("contractions"), Shape::TextOrTexts}, {L("contraction_suffixes"), Shape::TextOrTexts},
                            {L("abbreviations"), Shape::Texts}, {L("structure"), Shape::Object}},
                           errors);
    for (const QJsonValue &value : root.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject rule = value.toObject();
        const QString where = pack + QLatin1Char(':') + rule.value(QStringLiteral("id")).toString();
        valid = checkKeys(where, rule,
                          {{L("id"), Shape::Text}, {L("category"), Shape::Text}, {L("severity"), Shape::Text},
                           {L("patterns"), Shape::Texts}, {L("unless"), Shape::Texts}, {L("regex"), Shape::Texts},
                           {L("message"), Shape::Text}, {L("explanation"), Shape::Text}, {L("source"), Shape::Text},
                           {L("suggestions"), Shape::Texts}, {L("required"), Shape::Boolean}, {L("examples"), Shape::Object}},
                          errors)
                && valid;
        valid = checkKeys(where + QStringLiteral(":examples"), rule.value(QStringLiteral("examples")).toObject(),
                          {{L("bad"), Shape::Texts}, {L("good"), Shape::Texts}}, errors)
                && valid;
    }
    const QJsonObject structure = root.value(QStringLiteral("structure")).toObject();
    const QString where = pack + QStringLiteral(":structure");
    valid = checkKeys(where, structure,
                      {{L("sections"), Shape::TextsByKey}, {L("sections_unless"), Shape::TextsByKey}, {L("apology"), Shape::Texts}, {L("generic_greetings"), Shape::Texts},
                       {L("channels"), Shape::Texts}, {L("greeting_regex"), Shape::Texts}, {L("closing_regex"), Shape::Texts}, {L("specifics_regex"), Shape::Texts},
                       {L("channel_regex"), Shape::Texts}, {L("acronyms_allowed"), Shape::Texts}, {L("emphasis_words"), Shape::Texts},
                       {L("keyword_cues"), Shape::Texts},
                       {L("readability"), Shape::Object},
                       {L("long_sentence_words"), Shape::Number}, {L("letter_words"), Shape::Object},
                       {L("max_apologies"), Shape::Number}, {L("prompt_business_days"), Shape::Number}},
                      errors)
            && valid;
    valid = checkKeys(where + QStringLiteral(":readability"), structure.value(QLatin1String("readability")).toObject(),
                      {{L("min"), Shape::Number}, {L("max"), Shape::Number}, {L("explanation"), Shape::Text}, {L("source"), Shape::Text}},
                      errors)
            && valid;
    valid = checkKeys(where + QStringLiteral(":letter_words"), structure.value(QLatin1String("letter_words")).toObject(),
                      {{L("min"), Shape::Number}, {L("max"), Shape::Number}}, errors)
            && valid;
    return valid;
}

// The pack files of a language under @p root, in the order they are read.
QStringList packFiles(const QString &dataLanguage, const QString &root)
{
    const QDir dir(root + QLatin1Char('/') + dataLanguage);
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString())
        list.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

/// Reads rule pack files into a RuleSet in two passes: word lists, contractions and
/// abbreviations of every pack first, so that any pack may use another's lists.
class RulePackReader
{
public:
    explicit RulePackReader(RuleSet &set) : m_set(set) {}

    void read(const QString &path)
    {
        QString error;
        const std::optional<QByteArray> bytes = TextFile::readBytes(path, kMaxPackSize, RuleSetText::tr("a rule pack"), &error);
        if (!bytes) {
            m_set.m_errors.append(error);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
        const QJsonObject root = document.object();
        if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")) != QLatin1String("amends-rules")) {
            m_set.m_errors.append(RuleSetText::tr("%1: not an Amends rule pack (%2)").arg(QFileInfo(path).fileName(),
                                      parseError.error != QJsonParseError::NoError ? parseError.errorString() : RuleSetText::tr("wrong format")));
            return;
        }
        if (root.value(QStringLiteral("version")).toInt() != 1) {
            m_set.m_errors.append(RuleSetText::tr("%1: unsupported rule pack version").arg(QFileInfo(path).fileName()));
            return;
        }
        if (!checkPack(QFileInfo(path).fileName(), root, m_set.m_errors))
            return;
        readShared(QFileInfo(path).fileName(), root);
        m_packs.append({QFileInfo(path).fileName(), root});
    }

    void compile()
    {
        // Words with several readings are numbered before any pattern, so that every
        // pattern word also matches the readings it is one of.
        for (const QStringList &parts : std::as_const(m_set.m_scan.contractions))
            addReadings(parts);
        for (const auto &[suffix, parts] : std::as_const(m_set.m_scan.suffixes))
            addReadings(parts);
        // With a stemmer, `word~` also matches the literal words of other patterns that
        // share its stem: those words are numbered first.
        if (m_set.m_vocabulary.stemmer()) {
            for (const auto &[name, root] : std::as_const(m_packs))
                addPatternWords(root);
        }
        for (const auto &[name, root] : std::as_const(m_packs)) {
            if (root.contains(QStringLiteral("structure")))
                readStructure(name, root.value(QStringLiteral("structure")).toObject());
            for (const QJsonValue &value : root.value(QStringLiteral("rules")).toArray())
                readRule(name, value.toObject());
        }
        // A pack may switch off a rule of any pack, or a check made in code; a name
        // that is neither is a mistake the team should hear about.
        for (const auto &[name, root] : std::as_const(m_packs)) {
            for (const QString &id : stringList(root.value(QStringLiteral("disable")))) {
                if (m_set.rule(id) || findStructureRule(id) || id == QLatin1String("spelling"))
                    m_set.m_disabled.append(id);
                else
                    m_set.m_errors.append(RuleSetText::tr("%1: \"disable\" names \"%2\", which is no rule").arg(name, id));
            }
        }
    }

private:
    void addPatternWords(const QJsonValue &value, bool inPatterns = false)
    {
        static const QStringList patternKeys = {
            QStringLiteral("patterns"), QStringLiteral("unless"),   QStringLiteral("sections"), QStringLiteral("sections_unless"),
            QStringLiteral("apology"),  QStringLiteral("channels"), QStringLiteral("lists"),    QStringLiteral("generic_greetings"),
        };
        if (value.isString() && inPatterns) {
            const TextScan scan(value.toString(), m_set.m_scan);
            for (const Token &token : scan.tokens())
                m_set.m_vocabulary.add(scan.norm(token));
        } else if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                addPatternWords(item, inPatterns);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                addPatternWords(it.value(), inPatterns || patternKeys.contains(it.key()));
        }
    }

    void addReadings(const QStringList &parts)
    {
        for (const QString &part : parts) {
            if (part.contains(QLatin1Char('|')))
                m_set.m_vocabulary.add(part);
        }
    }

    void readShared(const QString &pack, const QJsonObject &root)
    {
        const QJsonObject contractions = root.value(QStringLiteral("contractions")).toObject();
        for (auto it = contractions.begin(); it != contractions.end(); ++it) {
            if (const auto parts = expansion(pack, it.key(), it.value()))
                m_set.m_scan.contractions.insert(TextScan::normalise(it.key()), *parts);
        }
        const QJsonObject suffixes = root.value(QStringLiteral("contraction_suffixes")).toObject();
        for (auto it = suffixes.begin(); it != suffixes.end(); ++it) {
            if (const auto parts = expansion(pack, it.key(), it.value()))
                m_set.m_scan.suffixes.append({TextScan::normalise(it.key()), *parts});
        }
        for (const QString &abbreviation : stringList(root.value(QStringLiteral("abbreviations"))))
            m_set.m_scan.abbreviations.insert(TextScan::normalise(abbreviation));
        const QJsonObject lists = root.value(QStringLiteral("lists")).toObject();
        for (auto it = lists.begin(); it != lists.end(); ++it)
            m_lists[it.key()].append(stringList(it.value()));
    }

    // The words a contraction stands for: "can not", or several readings of as many
    // words each (["you would", "you had"]), whose differing words become one token
    // with several readings ("you" "would|had").
    std::optional<QStringList> expansion(const QString &pack, const QString &contraction, const QJsonValue &value)
    {
        const QStringList readings = value.isArray() ? stringList(value) : QStringList{value.toString()};
        QStringList parts;
        bool valid = !readings.isEmpty();
        for (const QString &reading : readings) {
            const QStringList words = TextScan::normalise(reading).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            valid = valid && !words.isEmpty() && (parts.isEmpty() || words.size() == parts.size());
            if (!valid)
                break;
            if (parts.isEmpty())
                parts = words;
            for (qsizetype i = 0; i < parts.size(); ++i) {
                if (!parts[i].split(QLatin1Char('|')).contains(words[i]))
                    parts[i] += QLatin1Char('|') + words[i];
            }
        }
        if (!valid) {
            m_set.m_errors.append(RuleSetText::tr("%1: contraction \"%2\": its readings must be words, as many in each").arg(pack, contraction));
            return std::nullopt;
        }
        return parts;
    }

    QList<PhrasePattern> patterns(const QString &where, const QJsonValue &value)
    {
        QList<PhrasePattern> compiled;
        const PhrasePattern::Context context{&m_lists, &m_set.m_scan, &m_set.m_vocabulary, &m_compileCache};
        for (const QString &source : stringList(value)) {
            QString error;
            PhrasePattern pattern = PhrasePattern::compile(source, context, &error);
            if (error.isEmpty())
                compiled.append(pattern);
            else
                m_set.m_errors.append(RuleSetText::tr("%1: pattern \"%2\": %3").arg(where, source, error));
        }
        return compiled;
    }

    QList<QRegularExpression> regexes(const QString &where, const QJsonValue &value)
    {
        QList<QRegularExpression> compiled;
        for (const QString &source : stringList(value)) {
            QRegularExpression regex(source, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption
                                                 | QRegularExpression::MultilineOption);
            if (regex.isValid())
                compiled.append(regex);
            else
                m_set.m_errors.append(RuleSetText::tr("%1: regular expression \"%2\": %3").arg(where, source, regex.errorString()));
        }
        return compiled;
    }

    void readStructure(const QString &pack, const QJsonObject &structure)
    {
        StructureData &data = m_set.m_structure;
        const QJsonObject sections = structure.value(QStringLiteral("sections")).toObject();
        for (auto it = sections.begin(); it != sections.end(); ++it) {
            if (!sectionFromKey(it.key()))
                m_set.m_errors.append(RuleSetText::tr("%1: unknown section \"%2\"").arg(pack, it.key()));
            data.sectionCues[it.key()].append(patterns(pack + QLatin1Char(':') + it.key(), it.value()));
        }
        const QJsonObject unless = structure.value(QStringLiteral("sections_unless")).toObject();
        for (auto it = unless.begin(); it != unless.end(); ++it) {
            if (!sectionFromKey(it.key()))
                m_set.m_errors.append(RuleSetText::tr("%1: unknown section \"%2\"").arg(pack, it.key()));
            data.sectionCuesUnless[it.key()].append(patterns(pack + QStringLiteral(":unless:") + it.key(), it.value()));
        }
        data.apologyCues.append(patterns(pack, structure.value(QStringLiteral("apology"))));
        data.genericGreetings.append(patterns(pack, structure.value(QStringLiteral("generic_greetings"))));
        data.channelCues.append(patterns(pack, structure.value(QStringLiteral("channels"))));
        for (const QString &acronym : stringList(structure.value(QStringLiteral("acronyms_allowed"))))
            data.acronymAllowList.append(acronym);
        for (const QString &word : stringList(structure.value(QStringLiteral("emphasis_words"))))
            data.emphasisWords.append(word.toUpper());
        for (const QString &word : stringList(structure.value(QStringLiteral("keyword_cues"))))
            data.keywordCues.append(TextScan::normalise(word));
        data.specificsRegex.append(regexes(pack, structure.value(QStringLiteral("specifics_regex"))));
        data.channelRegex.append(regexes(pack, structure.value(QStringLiteral("channel_regex"))));
        if (const QList<QRegularExpression> greeting = regexes(pack, structure.value(QStringLiteral("greeting_regex"))); !greeting.isEmpty())
            data.greetingLine = greeting.first();
        if (const QList<QRegularExpression> closing = regexes(pack, structure.value(QStringLiteral("closing_regex"))); !closing.isEmpty())
            data.closingLine = closing.first();
        const QJsonObject readability = structure.value(QStringLiteral("readability")).toObject();
        data.readabilityMinimum = readability.value(QStringLiteral("min")).toDouble(data.readabilityMinimum);
        data.readabilityMaximum = readability.value(QStringLiteral("max")).toDouble(data.readabilityMaximum);
        data.readabilityExplanation = readability.value(QStringLiteral("explanation")).toString(data.readabilityExplanation);
        data.readabilitySource = readability.value(QStringLiteral("source")).toString(data.readabilitySource);
        data.longSentenceWords = structure.value(QStringLiteral("long_sentence_words")).toInt(data.longSentenceWords);
        const QJsonObject words = structure.value(QStringLiteral("letter_words")).toObject();
        data.shortLetterWords = words.value(QStringLiteral("min")).toInt(data.shortLetterWords);
        data.longLetterWords = words.value(QStringLiteral("max")).toInt(data.longLetterWords);
        data.maxApologies = structure.value(QStringLiteral("max_apologies")).toInt(data.maxApologies);
        data.promptBusinessDays = structure.value(QStringLiteral("prompt_business_days")).toInt(data.promptBusinessDays);
    }

    void readRule(const QString &pack, const QJsonObject &object)
    {
        Rule rule;
        rule.id = object.value(QStringLiteral("id")).toString();
        rule.packName = pack;
        const QString where = pack + QLatin1Char(':') + rule.id;
        rule.category = object.value(QStringLiteral("category")).toString();
        const std::optional<Severity> severity = severityFromKey(object.value(QStringLiteral("severity")).toString());
        if (rule.id.isEmpty() || !findingCategories().contains(rule.category) || !severity) {
            m_set.m_errors.append(RuleSetText::tr("%1: a rule needs an id, a known category and a severity (error, warning, suggestion)").arg(where));
            return;
        }
        if (m_set.rule(rule.id)) {
            m_set.m_errors.append(RuleSetText::tr("%1: the id is used twice").arg(where));
            return;
        }
        rule.severity = *severity;
        rule.patterns = patterns(where, object.value(QStringLiteral("patterns")));
        rule.unless = patterns(where, object.value(QStringLiteral("unless")));
        rule.regexes = regexes(where, object.value(QStringLiteral("regex")));
        rule.message = object.value(QStringLiteral("message")).toString();
        rule.explanation = object.value(QStringLiteral("explanation")).toString();
        rule.source = object.value(QStringLiteral("source")).toString();
        rule.suggestions = stringList(object.value(QStringLiteral("suggestions")));
        rule.required = object.value(QStringLiteral("required")).toBool();
        const QJsonObject examples = object.value(QStringLiteral("examples")).toObject();
        rule.badExamples = stringList(examples.value(QStringLiteral("bad")));
        rule.goodExamples = stringList(examples.value(QStringLiteral("good")));
        if (rule.message.isEmpty() || (rule.patterns.isEmpty() && rule.regexes.isEmpty()))
            m_set.m_errors.append(RuleSetText::tr("%1: a rule needs a message and at least one pattern").arg(where));
        m_set.m_rules.append(rule);
    }

    RuleSet &m_set;
    QList<std::pair<QString, QJsonObject>> m_packs;
    /// The packs' word lists: patterns are compiled with them, and the set keeps only
    /// what they compiled to.
    QHash<QString, QStringList> m_lists;
    PhrasePattern::CompileCache m_compileCache; ///< while compile() runs
};

std::shared_ptr<const RuleSet> RuleSet::load(const QString &dataLanguage, const QStringList &extraFiles, const QString &root)
{
    if (extraFiles.isEmpty() && root == QLatin1String(":/rules"))
        return loadBuiltIn(dataLanguage, QStringLiteral(":/compiled-rules/%1.rules").arg(dataLanguage));
    return compile(dataLanguage, extraFiles, root);
}

std::shared_ptr<const RuleSet> RuleSet::load(const QString &dataLanguage, std::shared_ptr<const WordStemmer> stemmer)
{
    return compile(dataLanguage, {}, QStringLiteral(":/rules"), std::move(stemmer));
}

std::shared_ptr<const RuleSet> RuleSet::compile(const QString &dataLanguage, const QStringList &extraFiles, const QString &root)
{
    return compile(dataLanguage, extraFiles, root, WordStemmer::forLanguage(dataLanguage));
}

std::shared_ptr<const RuleSet> RuleSet::loadBuiltIn(const QString &dataLanguage, const QString &compiledFile)
{
    // An embedded compiled form is stored uncompressed and read in place.
    const QResource resource(compiledFile);
    QByteArray bytes = resource.isValid() ? resource.uncompressedData() : QByteArray();
    if (!resource.isValid()) {
        if (QFile file(compiledFile); file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
    }
    QString error;
    std::shared_ptr<const RuleSet> set;
    if (!bytes.isEmpty())
        set = deserialize(bytes, packsHash(dataLanguage), &error);
    if (set && resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression)
        releaseEmbeddedPages(bytes);
    return set ? set : compile(dataLanguage);
}

std::shared_ptr<const RuleSet> RuleSet::compile(const QString &dataLanguage, const QStringList &extraFiles, const QString &root,
                                                std::shared_ptr<const WordStemmer> stemmer)
{
    auto set = std::make_shared<RuleSet>();
    set->m_language = dataLanguage;
    set->m_vocabulary.setStemmer(std::move(stemmer));
    RulePackReader reader(*set);
    const QStringList builtIn = packFiles(dataLanguage, root);
    if (builtIn.isEmpty())
        set->m_errors.append(RuleSetText::tr("No rules for the language \"%1\".").arg(dataLanguage));
    for (const QString &path : builtIn)
        reader.read(path);
    for (const QString &path : extraFiles)
        reader.read(path);
    reader.compile();
    set->index();
    return set;
}

QByteArray RuleSet::packsHash(const QString &dataLanguage, const QString &root)
{
    QByteArray packs;
    for (const QString &path : packFiles(dataLanguage, root)) {
        // An embedded pack is read as stored, compressed or not: nothing to unpack.
        const QResource resource(path);
        QByteArray bytes;
        if (resource.isValid()) {
            bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size());
            packs += QByteArray::number(static_cast<int>(resource.compressionAlgorithm())) + '\n';
        } else if (QFile file(path); file.open(QIODevice::ReadOnly)) {
            bytes = file.readAll();
        }
        packs += QFileInfo(path).fileName().toUtf8() + '\n' + QByteArray::number(bytes.size()) + '\n' + bytes;
    }
    const quint64 digest = compiledform::digest(packs);
    return QByteArray(reinterpret_cast<const char *>(&digest), sizeof digest);
}

const Rule *RuleSet::rule(const QString &id) const
{
    for (const Rule &candidate : m_rules) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

std::array<QList<PatternIndex::Tagged>, 3> RuleSet::indexedPatterns() const
{
    std::array<QList<PatternIndex::Tagged>, 3> patterns;
    auto &[rules, sections, others] = patterns;
    for (int r = 0; r < m_rules.size(); ++r) {
        for (const PhrasePattern &pattern : std::as_const(m_rules[r].patterns))
            rules.append({pattern, r});
    }
    for (Section section : kSections) {
        for (const PhrasePattern &cue : m_structure.sectionCues.value(sectionKey(section)))
            sections.append({cue, static_cast<int>(section)});
    }
    for (const PhrasePattern &cue : std::as_const(m_structure.apologyCues))
        others.append({cue, ApologyCue});
    for (const PhrasePattern &cue : std::as_const(m_structure.genericGreetings))
        others.append({cue, GenericGreetingCue});
    for (const PhrasePattern &cue : std::as_const(m_structure.channelCues))
        others.append({cue, ChannelCue});
    return patterns;
}

void RuleSet::index()
{
    auto [rules, sections, others] = indexedPatterns();
    m_ruleIndex = PatternIndex(std::move(rules));
    m_cueIndex = PatternIndex(std::move(sections));
    m_otherCues = PatternIndex(std::move(others));
}

} // namespace amends::core
