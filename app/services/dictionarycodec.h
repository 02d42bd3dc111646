#pragma once

#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <string>

class QStringDecoder;
class QStringEncoder;

namespace amends::services {

/// Converts words to and from the 8-bit or UTF-8 encoding a Hunspell dictionary
/// declares with SET in its .aff file ("UTF-8", "ISO8859-1", "KOI8-R",
/// "microsoft-cp1251", …). Qt's converters are used when they know the encoding
/// (Debian's Qt has ICU's), otherwise iconv. Move-only; not thread-safe.
class DictionaryCodec
{
public:
    enum class Backend { Utf8, Qt, Iconv };

    /// A codec for Hunspell's encoding name @p name, or std::nullopt when neither
    /// backend knows it.
    static std::optional<DictionaryCodec> forName(const QString &name);
    /// The same with one backend only (tests compare the two).
    static std::optional<DictionaryCodec> forName(const QString &name, Backend backend);

    DictionaryCodec(DictionaryCodec &&) noexcept;
    DictionaryCodec &operator=(DictionaryCodec &&) noexcept;
    ~DictionaryCodec();

    QString name() const { return m_name; }
    Backend backend() const { return m_backend; }

    /// @p text in the dictionary's encoding, or std::nullopt when a character of it
    /// has no place there (such a word cannot be in the dictionary).
    std::optional<std::string> encode(QStringView text);
    /// @p bytes from the dictionary, or std::nullopt when they are not valid there.
    std::optional<QString> decode(const std::string &bytes);

private:
    struct Iconv;

    DictionaryCodec(const QString &name, Backend backend);

    QString m_name;
    Backend m_backend;
    std::unique_ptr<QStringEncoder> m_encoder;
    std::unique_ptr<QStringDecoder> m_decoder;
    std::unique_ptr<Iconv> m_iconv;
};

} // namespace amends::services
