#include "dictionarycodec.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <cerrno>
#include <iconv.h>

namespace amends::services {

namespace {

// Hunspell's names for encodings that ICU and iconv know by other names.
QString standardName(const QString &hunspellName)
{
    const QString name = hunspellName.trimmed();
    if (name.compare(QLatin1String("microsoft-cp1251"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("windows-1251");
    if (name.compare(QLatin1String("TIS620-2533"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("TIS-620");
    if (name.compare(QLatin1String("ISCII-DEVANAGARI"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("x-iscii-de");
    return name;
}

bool isUtf8(const QString &name)
{
    return name.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0
           || name.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) == 0;
}

// Converts all of @p input with @p cd; false when a character has no representation
// or the input is malformed.
bool convert(iconv_t cd, const std::string &input, std::string &output)
{
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    output.clear();
    char *in = const_cast<char *>(input.data());
    size_t inLeft = input.size();
    char buffer[256];
    while (inLeft > 0) {
        char *out = buffer;
        size_t outLeft = sizeof buffer;
        const size_t result = iconv(cd, &in, &inLeft, &out, &outLeft);
        output.append(buffer, out - buffer);
        if (result == static_cast<size_t>(-1) && errno != E2BIG)
            return false;
    }
    char *out = buffer;
    size_t outLeft = sizeof buffer;
    iconv(cd, nullptr, nullptr, &out, &outLeft);
    output.append(buffer, out - buffer);
    return true;
}

} // namespace

struct DictionaryCodec::Iconv {
    iconv_t toDictionary = reinterpret_cast<iconv_t>(-1);
    iconv_t fromDictionary = reinterpret_cast<iconv_t>(-1);

    explicit Iconv(const QByteArray &name)
        : toDictionary(iconv_open(name.constData(), "UTF-8"))
        , fromDictionary(iconv_open("UTF-8", name.constData()))
    {
    }
    ~Iconv()
    {
        for (iconv_t cd : {toDictionary, fromDictionary}) {
            if (cd != reinterpret_cast<iconv_t>(-1))
                iconv_close(cd);
        }
    }
    Iconv(const Iconv &) = delete;
    Iconv &operator=(const Iconv &) = delete;

    bool isValid() const
    {
        return toDictionary != reinterpret_cast<iconv_t>(-1) && fromDictionary != reinterpret_cast<iconv_t>(-1);
    }
};

DictionaryCodec::DictionaryCodec(const QString &name, Backend backend)
    : m_name(name)
    , m_backend(backend)
{
}

DictionaryCodec::DictionaryCodec(DictionaryCodec &&) noexcept = default;
DictionaryCodec &DictionaryCodec::operator=(DictionaryCodec &&) noexcept = default;
DictionaryCodec::~DictionaryCodec() = default;

std::optional<DictionaryCodec> DictionaryCodec::forName(const QString &name)
{
    for (Backend backend : {Backend::Utf8, Backend::Qt, Backend::Iconv}) {
        if (std::optional<DictionaryCodec> codec = forName(name, backend))
            return codec;
    }
    return std::nullopt;
}

std::optional<DictionaryCodec> DictionaryCodec::forName(const QString &name, Backend backend)
{
    const QString standard = standardName(name);
    const QByteArray latin1 = standard.toLatin1();
    switch (backend) {
    case Backend::Utf8:
        if (!isUtf8(standard))
            return std::nullopt;
        return DictionaryCodec(name, backend);
    case Backend::Qt: {
        auto encoder = std::make_unique<QStringEncoder>(latin1.constData(), QStringConverter::Flag::Stateless);
        auto decoder = std::make_unique<QStringDecoder>(latin1.constData(), QStringConverter::Flag::Stateless);
        if (!encoder->isValid() || !decoder->isValid())
            return std::nullopt;
        DictionaryCodec codec(name, backend);
        codec.m_encoder = std::move(encoder);
        codec.m_decoder = std::move(decoder);
        return codec;
    }
    case Backend::Iconv: {
        auto converter = std::make_unique<Iconv>(latin1);
        if (!converter->isValid())
            return std::nullopt;
        DictionaryCodec codec(name, backend);
        codec.m_iconv = std::move(converter);
        return codec;
    }
    }
    return std::nullopt;
}

std::optional<std::string> DictionaryCodec::encode(QStringView text)
{
    switch (m_backend) {
    case Backend::Utf8:
        return text.toUtf8().toStdString();
    case Backend::Qt: {
        m_encoder->resetState();
        const QByteArray bytes = m_encoder->encode(text);
        // Converters put a substitute for what an 8-bit set lacks, not always flagging
        // it: only a word that decodes back unchanged has an encoding.
        m_decoder->resetState();
        const QString decoded = m_decoder->decode(bytes);
        if (m_encoder->hasError() || decoded != text)
            return std::nullopt;
        return bytes.toStdString();
    }
    case Backend::Iconv: {
        std::string bytes;
        if (!convert(m_iconv->toDictionary, text.toUtf8().toStdString(), bytes))
            return std::nullopt;
        return bytes;
    }
    }
    return std::nullopt;
}

std::optional<QString> DictionaryCodec::decode(const std::string &bytes)
{
    switch (m_backend) {
    case Backend::Utf8: {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        if (decoder.hasError())
            return std::nullopt;
        return text;
    }
    case Backend::Qt: {
        m_decoder->resetState();
        QString text = m_decoder->decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        if (m_decoder->hasError())
            return std::nullopt;
        return text;
    }
    case Backend::Iconv: {
        std::string utf8;
        if (!convert(m_iconv->fromDictionary, bytes, utf8))
            return std::nullopt;
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }
    }
    return std::nullopt;
}

} // namespace amends::services
