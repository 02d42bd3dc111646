// The email carrying the letter, built with GMime: part of the amends-mailformats
// module (see mailformats.h).

#include "mailformatsmodule.h"

#include "core/mailto.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <gmime/gmime.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace amends::services::mailformats {

namespace {

struct EmailText {
    Q_DECLARE_TR_FUNCTIONS(amends::services::Email)
};

// GObject references released at scope end.
struct Unref {
    void operator()(gpointer object) const { g_object_unref(object); }
};
template <typename T>
using GPtr = std::unique_ptr<T, Unref>;

void initializeGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

GMimeObject *textPart(const char *subtype, const QString &text)
{
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    g_mime_text_part_set_text(part, text.toUtf8().constData());
    g_mime_text_part_set_charset(part, "utf-8");
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return GMIME_OBJECT(part);
}

GMimeObject *pdfPart(const QByteArray &pdf, const QString &fileName)
{
    GMimePart *part = g_mime_part_new_with_type("application", "pdf");
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(pdf.constData(), static_cast<size_t>(pdf.size())));
    GPtr<GMimeDataWrapper> content(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, content.get());
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    g_mime_object_set_disposition(GMIME_OBJECT(part), GMIME_DISPOSITION_ATTACHMENT);
    // Readers decode encoded words even in a quoted file name: "=?" is kept from forming one.
    g_mime_part_set_filename(part, core::headerSafe(fileName).replace(QLatin1String("=?"), QLatin1String("= ?")).toUtf8().constData());
    return GMIME_OBJECT(part);
}

GMimeObject *bodyPart(const EmailMessage &message)
{
    GMimeMultipart *alternative = g_mime_multipart_new_with_subtype("alternative");
    GPtr<GMimeObject> plain(textPart("plain", message.plainText));
    GPtr<GMimeObject> html(textPart("html", message.html));
    g_mime_multipart_add(alternative, plain.get());
    g_mime_multipart_add(alternative, html.get());
    if (message.pdf.isEmpty())
        return GMIME_OBJECT(alternative);
    GMimeMultipart *mixed = g_mime_multipart_new_with_subtype("mixed");
    GPtr<GMimeObject> alternativeRef(GMIME_OBJECT(alternative));
    GPtr<GMimeObject> attachment(pdfPart(message.pdf, message.pdfFileName));
    g_mime_multipart_add(mixed, alternativeRef.get());
    g_mime_multipart_add(mixed, attachment.get());
    return GMIME_OBJECT(mixed);
}

// Text typed as an RFC 2047 encoded word ("=?utf-8?q?Hi=0D=0ABcc:_x@evil?=") would be
// written as it is and decoded by mail readers, CR LF and all, into a header of its own.
// Such text is sent as encoded words of its own, which decode to exactly what was typed.
// They use the Q encoding: readers such as GMime 3.2 join adjacent base64 words before
// decoding them and lose all that follows a word ending in padding. Each word holds
// whole characters and at most 75 characters in all, as RFC 2047 requires.
QByteArray literalEncodedWords(const QString &text)
{
    static const QByteArray prefix = "=?utf-8?q?";
    static const QByteArray suffix = "?=";
    constexpr qsizetype kMaxEncodedText = 75 - 10 - 2; // minus prefix and suffix
    const QByteArray utf8 = text.toUtf8();
    QByteArrayList words;
    QByteArray word;
    for (qsizetype start = 0; start < utf8.size();) {
        qsizetype end = start + 1;
        while (end < utf8.size() && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80)
            ++end; // the rest of this character
        QByteArray encoded;
        for (qsizetype i = start; i < end; ++i) {
            const char c = utf8[i];
            if (c == ' ')
                encoded += '_';
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                encoded += c;
            else
                encoded += '=' + QByteArray(1, c).toHex().toUpper();
        }
        if (!word.isEmpty() && word.size() + encoded.size() > kMaxEncodedText) {
            words.append(prefix + word + suffix);
            word.clear();
        }
        word += encoded;
        start = end;
    }
    if (!word.isEmpty())
        words.append(prefix + word + suffix);
    return words.join(' ');
}

// A name or subject for a header: control characters removed; text GMime would not
// write faithfully sent as Q-encoded words of Amends' own. GMime 3.2 writes base64
// words that its own parser (and so GMime-based mail readers) cut short, and wraps a
// long word holding "=0D=0A" in an encoded word without escaping it, so readers decode
// a line break; "?" and "_" can end or change such a word, and "=?" starts one.
bool needsOwnEncoding(const QString &text)
{
    static const QRegularExpression longWord(QStringLiteral("\\S{60}"));
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return !ascii || text.contains(u'=') || text.contains(u'?') || text.contains(u'_') || text.contains(longWord);
}

QByteArray headerText(const QString &text)
{
    const QString safe = core::headerSafe(text);
    return needsOwnEncoding(safe) ? literalEncodedWords(safe) : safe.toUtf8();
}

QByteArray messageIdDomain(const QString &address)
{
    const QString domain = address.section(QLatin1Char('@'), 1);
    return domain.isEmpty() ? QByteArray("amends.invalid") : domain.toLatin1();
}

void setHeaders(GMimeMessage *message, const EmailMessage &email)
{
    g_mime_message_add_mailbox(message, GMIME_ADDRESS_TYPE_FROM, headerText(email.fromName).constData(),
                               email.fromAddress.toUtf8().constData());
    g_mime_message_add_mailbox(message, GMIME_ADDRESS_TYPE_TO, headerText(email.toName).constData(),
                               email.toAddress.toUtf8().constData());
    g_mime_message_set_subject(message, headerText(email.subject).constData(), "utf-8");
    GDateTime *date = g_date_time_new_from_unix_local(email.date.toSecsSinceEpoch());
    g_mime_message_set_date(message, date);
    g_date_time_unref(date);
    char *id = g_mime_utils_generate_message_id(messageIdDomain(email.fromAddress).constData());
    g_mime_message_set_message_id(message, id);
    g_free(id);
    if (email.unsent)
        g_mime_object_set_header(GMIME_OBJECT(message), "X-Unsent", "1", nullptr);
}

} // namespace

QByteArray buildEmailWithGMime(const EmailMessage &email, QString *error)
{
    const auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QByteArray();
    };
    if (!core::isPlainEmailAddress(email.toAddress))
        return refuse(EmailText::tr("The customer's email address \"%1\" is not a valid address.").arg(core::headerSafe(email.toAddress)));
    if (!core::isPlainEmailAddress(email.fromAddress))
        return refuse(EmailText::tr("The sender's email address \"%1\" is not a valid address.").arg(core::headerSafe(email.fromAddress)));

    initializeGMime();
    GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    setHeaders(message.get(), email);
    GPtr<GMimeObject> body(bodyPart(email));
    g_mime_message_set_mime_part(message.get(), body.get());

    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    GMimeFormatOptions *options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), options, stream.get());
    g_mime_format_options_free(options);
    const GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), static_cast<qsizetype>(bytes->len));
}

} // namespace amends::services::mailformats
