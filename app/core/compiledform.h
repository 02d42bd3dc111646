#pragma once

// Reading and writing the compiled form of a rule set (RuleSet::serialize()) in blocks:
// a list of numbers or of words is one read, not one per item, so that a rule set of
// tens of thousands of numbers loads in a few milliseconds.

#include <QByteArrayView>
#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstring>
#include <iterator>
#include <type_traits>

namespace amends::core::compiledform {

/// A 64-bit digest of @p bytes: fast, to tell damaged or other bytes, not to resist
/// anyone making them on purpose.
inline quint64 digest(QByteArrayView bytes)
{
    quint64 hash = 0x9e3779b97f4a7c15ULL ^ quint64(bytes.size());
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    const auto mix = [&hash](quint64 word) {
        hash = (hash ^ word) * 0xff51afd7ed558ccdULL;
        hash ^= hash >> 32;
    };
    for (; left >= 8; left -= 8, data += 8) {
        quint64 word;
        std::memcpy(&word, data, 8);
        mix(word);
    }
    quint64 tail = 0;
    std::memcpy(&tail, data, static_cast<std::size_t>(left));
    mix(tail);
    hash ^= hash >> 29;
    return hash * 0xc4ceb9fe1a85ec53ULL;
}

/// Writes @p values (a QList or std::vector) as their count and their bytes, in the machine's byte order (the
/// header of the compiled form records it).
template<typename Container>
void writeArray(QDataStream &out, const Container &values)
{
    using T = typename Container::value_type;
    static_assert(std::is_trivially_copyable_v<T>);
    out << static_cast<qint32>(std::size(values));
    out.writeRawData(reinterpret_cast<const char *>(std::data(values)), static_cast<int>(std::size(values) * sizeof(T)));
}

/// Reads what writeArray() wrote; false when the stream holds fewer values than it says.
template<typename Container>
bool readArray(QDataStream &in, Container &values)
{
    using T = typename Container::value_type;
    static_assert(std::is_trivially_copyable_v<T>);
    qint32 count = -1;
    in >> count;
    if (in.status() != QDataStream::Ok || count < 0 || qint64(count) * qint64(sizeof(T)) > in.device()->bytesAvailable())
        return false;
    values.resize(count);
    const int size = static_cast<int>(count * sizeof(T));
    return in.readRawData(reinterpret_cast<char *>(std::data(values)), size) == size;
}

/// Writes @p words as their lengths and their characters, one block each.
inline void writeWords(QDataStream &out, const QStringList &words)
{
    QList<qint32> lengths;
    lengths.reserve(words.size());
    QString characters;
    for (const QString &word : words) {
        lengths.append(static_cast<qint32>(word.size()));
        characters += word;
    }
    writeArray(out, lengths);
    writeArray(out, QList<char16_t>(characters.utf16(), characters.utf16() + characters.size()));
}

/// Reads what writeWords() wrote.
inline bool readWords(QDataStream &in, QStringList &words)
{
    QList<qint32> lengths;
    QList<char16_t> characters;
    if (!readArray(in, lengths) || !readArray(in, characters))
        return false;
    words.clear();
    words.reserve(lengths.size());
    qsizetype at = 0;
    for (const qint32 length : std::as_const(lengths)) {
        if (length < 0 || length > characters.size() - at)
            return false;
        words.append(QString(reinterpret_cast<const QChar *>(characters.constData() + at), length));
        at += length;
    }
    return at == characters.size();
}

} // namespace amends::core::compiledform
