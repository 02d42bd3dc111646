// The email builder: names, subject, bodies and the attachment's file name come from
// the input. The message is read back with GMime's own parser: it parses, has exactly
// the headers Amends writes, no decoded header value holds CR or LF (but in folding),
// the subject decodes to what was typed, and the From and
// To mailboxes are the one address each that was given (compared in ASCII form).

#include "fuzzsupport.h"

#include "core/mailto.h"
#include "services/emailmessage.h"

#include <gmime/gmime.h>

#include <QRegularExpression>
#include <QSet>

using namespace amends;

namespace {

template <typename T>
struct Owned {
    T *object;
    explicit Owned(T *o) : object(o) {}
    ~Owned()
    {
        if (object)
            g_object_unref(object);
    }
    Owned(const Owned &) = delete;
    Owned &operator=(const Owned &) = delete;
};

// A line break in a decoded value, other than folding: GMime's parser leaves a folded
// phrase ("B B\r\n\tB") folded, where RFC 5322 readers unfold it to white space.
bool hasLineBreak(const char *text)
{
    if (!text)
        return false;
    static const QRegularExpression folding(QStringLiteral("\r?\n(?=[ \t])"));
    const QString unfolded = QString::fromUtf8(text).remove(folding);
    return unfolded.contains(u'\r') || unfolded.contains(u'\n');
}

void checkHeaders(GMimeObject *object, const QSet<QByteArray> &allowed, const QByteArray &raw)
{
    GMimeHeaderList *headers = g_mime_object_get_header_list(object);
    for (int i = 0; i < g_mime_header_list_get_count(headers); ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        const QByteArray name = QByteArray(g_mime_header_get_name(header)).toLower();
        if (!allowed.contains(name))
            fuzz::fail("the email has only the headers Amends writes", QString::fromUtf8(name + "\n" + raw));
        if (hasLineBreak(g_mime_header_get_value(header)))
            fuzz::fail("no header value holds CR or LF", QString::fromUtf8(name + "\n" + raw));
    }
}

void checkMailbox(InternetAddressList *list, const QString &address, const QByteArray &raw)
{
    if (!list || internet_address_list_length(list) != 1)
        fuzz::fail("From and To hold one mailbox each", QString::fromUtf8(raw));
    InternetAddress *mailbox = internet_address_list_get_address(list, 0);
    if (hasLineBreak(internet_address_get_name(mailbox)))
        fuzz::fail("a display name decodes without CR or LF", QString::fromUtf8(raw));
    if (!INTERNET_ADDRESS_IS_MAILBOX(mailbox))
        fuzz::fail("the mailbox is the address given", QString::fromUtf8(raw));
    // GMime's parser gives an internationalised domain written in its ASCII form
    // ("xn--…") back decoded, so the two are compared in that ASCII form.
    Owned<InternetAddress> given(internet_address_mailbox_new(nullptr, address.toUtf8().constData()));
    const QByteArray givenAscii = internet_address_mailbox_get_idn_addr(INTERNET_ADDRESS_MAILBOX(given.object));
    const QByteArray parsedAscii = internet_address_mailbox_get_idn_addr(INTERNET_ADDRESS_MAILBOX(mailbox));
    if (parsedAscii != givenAscii)
        fuzz::fail("the mailbox is the address given", QString::fromUtf8(parsedAscii + "\n" + givenAscii + "\n" + raw));
}

void checkPart(GMimeObject *, GMimeObject *part, gpointer rawBytes)
{
    const QByteArray &raw = *static_cast<const QByteArray *>(rawBytes);
    static const QSet<QByteArray> allowed{"content-type", "content-transfer-encoding", "content-disposition"};
    checkHeaders(part, allowed, raw);
    if (GMIME_IS_PART(part) && hasLineBreak(g_mime_part_get_filename(GMIME_PART(part))))
        fuzz::fail("the attachment's file name decodes without CR or LF", QString::fromUtf8(raw));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data, size), 7);
    services::EmailMessage email;
    email.fromName = QString::fromUtf8(parts[0]);
    email.toName = QString::fromUtf8(parts[1]);
    email.subject = QString::fromUtf8(parts[2]);
    email.toAddress = parts[3].isEmpty() ? QStringLiteral("rivera@example.com") : QString::fromUtf8(parts[3]);
    email.fromAddress = QStringLiteral("billing@example.org");
    email.plainText = QString::fromUtf8(parts[4]);
    email.html = QString::fromUtf8(parts[5]);
    email.pdfFileName = QString::fromUtf8(parts[6]);
    if (!parts[6].isEmpty())
        email.pdf = QByteArrayLiteral("%PDF-1.4\n%%EOF\n");
    email.date = QDateTime::fromSecsSinceEpoch(1790000000);

    QString error;
    const QByteArray raw = services::buildEmail(email, &error);
    if (raw.isEmpty()) {
        if (error.isEmpty())
            fuzz::fail("a refused email comes with a reason");
        return 0;
    }

    Owned<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), static_cast<size_t>(raw.size())));
    Owned<GMimeParser> parser(g_mime_parser_new_with_stream(stream.object));
    Owned<GMimeMessage> message(g_mime_parser_construct_message(parser.object, nullptr));
    if (!message.object)
        fuzz::fail("the email parses", QString::fromUtf8(raw));
    static const QSet<QByteArray> messageHeaders{"from", "to", "subject", "date", "message-id", "mime-version", "x-unsent", "content-type"};
    checkHeaders(GMIME_OBJECT(message.object), messageHeaders, raw);
    checkMailbox(g_mime_message_get_from(message.object), email.fromAddress, raw);
    checkMailbox(g_mime_message_get_to(message.object), email.toAddress, raw);
    if (hasLineBreak(g_mime_message_get_subject(message.object)))
        fuzz::fail("the subject decodes without CR or LF", QString::fromUtf8(raw));
    const QString subject = QString::fromUtf8(g_mime_message_get_subject(message.object)).simplified();
    const QString typed = core::headerSafe(email.subject).simplified();
    if (subject != typed) {
        fuzz::fail("the subject decodes to what was typed",
                   QString::fromLatin1(subject.toUtf8().toPercentEncoding(" ")) + QLatin1Char('\n')
                       + QString::fromLatin1(typed.toUtf8().toPercentEncoding(" ")) + QLatin1Char('\n') + QString::fromUtf8(raw));
    }
    QByteArray rawCopy = raw;
    g_mime_message_foreach(message.object, checkPart, &rawCopy);
    return 0;
}
