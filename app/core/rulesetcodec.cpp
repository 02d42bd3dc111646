// The compiled form of a rule set (RuleSet::serialize(), RuleSet::deserialize()): what
// the build writes for each built-in language so that a start reads the rule set
// instead of compiling its packs.
//
//   header   magic, format version, byte order, digest of the packs, digest of the payload
//   payload  the table of pattern nodes, then what checking uses of the set, the
//            pattern indexes last (read as they are, not sorted again); not what only
//            compiling more patterns would need (word lists, the vocabulary's readings
//            and stems)
//
// The stemmer is not written: it is the language's own (WordStemmer::forLanguage()).
#include "ruleset.h"

#include "compiledform.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QSysInfo>

namespace amends::core {

namespace {

struct RuleSetCodecText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::RuleSet)
};

constexpr quint32 kMagic = 0x414d5253; // "AMRS"
/// Raised whenever what is written changes, so an older compiled form is refused.
constexpr quint32 kFormatVersion = 5;
/// Blocks of numbers are written in the machine's byte order (compiledform.h).
constexpr quint8 kByteOrder = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? 1 : 2;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

// Whether @p count more items of at least @p size bytes each can be in @p in.
bool fits(QDataStream &in, qint32 count, qint64 size)
{
    return in.status() == QDataStream::Ok && count >= 0 && count * size <= in.device()->bytesAvailable();
}

void writePatterns(QDataStream &out, PhrasePattern::Writer &writer, const QList<PhrasePattern> &patterns)
{
    out << static_cast<qint32>(patterns.size());
    for (const PhrasePattern &pattern : patterns)
        writer.write(out, pattern);
}

bool readPatterns(QDataStream &in, const PhrasePattern::Reader &reader, QList<PhrasePattern> &patterns)
{
    qint32 count = 0;
    in >> count;
    if (!fits(in, count, 4))
        return false;
    patterns.resize(count);
    for (PhrasePattern &pattern : patterns) {
        if (!reader.read(in, pattern))
            return false;
    }
    return true;
}

void writePatternsByKey(QDataStream &out, PhrasePattern::Writer &writer, const QHash<QString, QList<PhrasePattern>> &patterns)
{
    out << static_cast<qint32>(patterns.size());
    for (auto it = patterns.begin(); it != patterns.end(); ++it) {
        out << it.key();
        writePatterns(out, writer, it.value());
    }
}

bool readPatternsByKey(QDataStream &in, const PhrasePattern::Reader &reader, QHash<QString, QList<PhrasePattern>> &patterns)
{
    qint32 count = 0;
    in >> count;
    if (!fits(in, count, 4))
        return false;
    for (qint32 i = 0; i < count; ++i) {
        QString key;
        in >> key;
        if (!readPatterns(in, reader, patterns[key]))
            return false;
    }
    return true;
}

void writeRule(QDataStream &out, PhrasePattern::Writer &writer, const Rule &rule)
{
    out << rule.id << rule.category << static_cast<qint32>(rule.severity);
    writePatterns(out, writer, rule.patterns);
    out << rule.regexes;
    writePatterns(out, writer, rule.unless);
    out << rule.message << rule.explanation << rule.source << rule.suggestions << rule.badExamples << rule.goodExamples
        << rule.packName << rule.required;
}

bool readRule(QDataStream &in, const PhrasePattern::Reader &reader, Rule &rule)
{
    qint32 severity = 0;
    in >> rule.id >> rule.category >> severity;
    if (!readPatterns(in, reader, rule.patterns))
        return false;
    in >> rule.regexes;
    if (!readPatterns(in, reader, rule.unless))
        return false;
    in >> rule.message >> rule.explanation >> rule.source >> rule.suggestions >> rule.badExamples >> rule.goodExamples
        >> rule.packName >> rule.required;
    if (severity < static_cast<qint32>(Severity::Error) || severity > static_cast<qint32>(Severity::Suggestion))
        return false;
    rule.severity = static_cast<Severity>(severity);
    return in.status() == QDataStream::Ok;
}

void writeStructure(QDataStream &out, PhrasePattern::Writer &writer, const StructureData &data)
{
    writePatternsByKey(out, writer, data.sectionCues);
    writePatternsByKey(out, writer, data.sectionCuesUnless);
    writePatterns(out, writer, data.apologyCues);
    writePatterns(out, writer, data.genericGreetings);
    writePatterns(out, writer, data.channelCues);
    out << data.specificsRegex << data.channelRegex << data.greetingLine << data.closingLine << data.acronymAllowList << data.emphasisWords << data.keywordCues
        << data.readabilityExplanation << data.readabilitySource << data.readabilityMinimum << data.readabilityMaximum
        << static_cast<qint32>(data.longSentenceWords) << static_cast<qint32>(data.shortLetterWords)
        << static_cast<qint32>(data.longLetterWords) << static_cast<qint32>(data.maxApologies)
        << static_cast<qint32>(data.promptBusinessDays);
}

bool readStructure(QDataStream &in, const PhrasePattern::Reader &reader, StructureData &data)
{
    if (!readPatternsByKey(in, reader, data.sectionCues) || !readPatternsByKey(in, reader, data.sectionCuesUnless)
        || !readPatterns(in, reader, data.apologyCues) || !readPatterns(in, reader, data.genericGreetings)
        || !readPatterns(in, reader, data.channelCues))
        return false;
    qint32 numbers[5] = {};
    in >> data.specificsRegex >> data.channelRegex >> data.greetingLine >> data.closingLine >> data.acronymAllowList >> data.emphasisWords >> data.keywordCues
        >> data.readabilityExplanation >> data.readabilitySource >> data.readabilityMinimum >> data.readabilityMaximum;
    for (qint32 &number : numbers)
        in >> number;
    data.longSentenceWords = numbers[0];
    data.shortLetterWords = numbers[1];
    data.longLetterWords = numbers[2];
    data.maxApologies = numbers[3];
    data.promptBusinessDays = numbers[4];
    return in.status() == QDataStream::Ok;
}

} // namespace

QByteArray RuleSet::serialize(const QByteArray &packsHash) const
{
    PhrasePattern::Writer writer;
    QByteArray body;
    {
        QDataStream out(&body, QIODevice::WriteOnly);
        out.setVersion(kStreamVersion);
        out << m_language << m_scan.contractions << m_scan.suffixes << m_scan.abbreviations;
        m_vocabulary.write(out);
        out << static_cast<qint32>(m_rules.size());
        for (const Rule &rule : m_rules)
            writeRule(out, writer, rule);
        writeStructure(out, writer, m_structure);
        out << m_disabled << m_errors;
        m_ruleIndex.write(out);
        m_cueIndex.write(out);
        m_otherCues.write(out);
    }
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(kStreamVersion);
        writer.writeNodes(out);
        out.writeRawData(body.constData(), static_cast<int>(body.size()));
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kMagic << kFormatVersion << kByteOrder << packsHash << compiledform::digest(payload);
    out.writeRawData(payload.constData(), static_cast<int>(payload.size()));
    return bytes;
}

std::shared_ptr<const RuleSet> RuleSet::deserialize(const QByteArray &bytes, const QByteArray &packsHash, QString *error)
{
    QDataStream header(bytes);
    header.setVersion(kStreamVersion);
    quint32 magic = 0;
    quint32 version = 0;
    quint8 byteOrder = 0;
    QByteArray madeFrom;
    quint64 sum = 0;
    header >> magic >> version >> byteOrder;
    if (header.status() != QDataStream::Ok || magic != kMagic || version != kFormatVersion || byteOrder != kByteOrder) {
        *error = RuleSetCodecText::tr("not a compiled rule set of this version");
        return nullptr;
    }
    header >> madeFrom >> sum;
    if (header.status() != QDataStream::Ok) {
        *error = RuleSetCodecText::tr("the compiled rule set is cut short");
        return nullptr;
    }
    if (madeFrom != packsHash) {
        *error = RuleSetCodecText::tr("the compiled rule set was made from other rule packs");
        return nullptr;
    }
    const qint64 start = header.device()->pos();
    const QByteArray payload = QByteArray::fromRawData(bytes.constData() + start, bytes.size() - start);
    if (compiledform::digest(payload) != sum) {
        *error = RuleSetCodecText::tr("the compiled rule set is damaged");
        return nullptr;
    }
    QDataStream in(payload);
    in.setVersion(kStreamVersion);
    PhrasePattern::Reader reader;
    auto set = std::make_shared<RuleSet>();
    bool valid = reader.readNodes(in);
    qint32 rules = 0;
    if (valid) {
        in >> set->m_language >> set->m_scan.contractions >> set->m_scan.suffixes >> set->m_scan.abbreviations;
        valid = set->m_vocabulary.read(in);
        in >> rules;
        valid = valid && fits(in, rules, 4);
    }
    if (valid) {
        set->m_rules.resize(rules);
        for (Rule &rule : set->m_rules)
            valid = valid && readRule(in, reader, rule);
    }
    valid = valid && readStructure(in, reader, set->m_structure);
    if (valid) {
        in >> set->m_disabled >> set->m_errors;
        auto [rulePatterns, sectionCues, otherCues] = set->indexedPatterns();
        valid = in.status() == QDataStream::Ok && set->m_ruleIndex.read(std::move(rulePatterns), in)
                && set->m_cueIndex.read(std::move(sectionCues), in) && set->m_otherCues.read(std::move(otherCues), in) && in.atEnd();
    }
    if (!valid) {
        *error = RuleSetCodecText::tr("the compiled rule set is malformed");
        return nullptr;
    }
    set->m_vocabulary.setStemmer(WordStemmer::forLanguage(set->m_language));
    set->m_fromCompiledForm = true;
    return set;
}

} // namespace amends::core
