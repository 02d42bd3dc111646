#include "exporttestsupport.h"

#include "services/letterexport.h"

#include "core/composer.h"
#include "core/formatting.h"
#include "core/language.h"
#include "core/scenario.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace amends;

namespace {

// Parses a message with Python's standard email package and reports what a mail
// client would see, as JSON.
const QByteArray kParseMessage = R"PY(
import email, email.policy, json, sys
raw = open(sys.argv[1], 'rb').read()
message = email.message_from_bytes(raw, policy=email.policy.default)
parts = []
attachment = None
plain = html = None
for part in message.walk():
    if part.is_multipart():
        parts.append(part.get_content_type())
        continue
    if part.get_content_disposition() == 'attachment':
        attachment = part.get_filename()
        open(sys.argv[2], 'wb').write(part.get_payload(decode=True))
        parts.append(part.get_content_type())
    else:
        parts.append(part.get_content_type())
        if part.get_content_type() == 'text/plain':
            plain = part.get_content()
        if part.get_content_type() == 'text/html':
            html = part.get_content()
to = message['To'].addresses[0]
print(json.dumps({
    'headers': [name.lower() for name in message.keys()],
    'to_name': to.display_name, 'to_address': to.addr_spec,
    'from_address': message['From'].addresses[0].addr_spec,
    'subject': str(message['Subject']), 'date': str(message['Date']),
    'message_id': str(message['Message-ID']), 'unsent': str(message['X-Unsent']),
    'parts': parts, 'attachment': attachment, 'plain': plain, 'html': html,
    'defects': len(message.defects),
    'bare_lf': raw.replace(b'\r\n', b'').count(b'\n'),
}))
)PY";

QJsonObject parseWithPython(const QTemporaryDir &dir, const QByteArray &eml)
{
    const QString path = dir.filePath(QStringLiteral("letter.eml"));
    EXPECT_TRUE(test::writeBytes(path, eml));
    const test::ToolResult result = test::runPython(kParseMessage, {path, dir.filePath(QStringLiteral("attachment.pdf"))});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return QJsonDocument::fromJson(result.out).object();
}

QByteArray samplePdf()
{
    return services::exportLetter(test::sampleDraft(), services::ExportFormat::Pdf, {}).data;
}

} // namespace

TEST(Email_Eml, ParsesBackWithHeadersBothBodiesAndTheIdenticalPdf)
{
    QTemporaryDir dir;
    const QByteArray pdf = samplePdf();
    ASSERT_FALSE(pdf.isEmpty());
    const services::EmailMessage message = services::letterEmail(test::sampleDraft(), pdf, QDateTime::currentDateTime());
    const QJsonObject parsed = parseWithPython(dir, services::buildEmail(message));

    EXPECT_EQ(parsed.value(QStringLiteral("to_name")).toString(), QStringLiteral("Zoë Müller-Łukasik"));
    EXPECT_EQ(parsed.value(QStringLiteral("to_address")).toString(), QStringLiteral("zoe@example.org"));
    EXPECT_EQ(parsed.value(QStringLiteral("from_address")).toString(), QStringLiteral("jose.alvarez@example.com"));
    EXPECT_EQ(parsed.value(QStringLiteral("subject")).toString(), QStringLiteral("Your invoice INV-77812: refund of £59.90"));
    EXPECT_FALSE(parsed.value(QStringLiteral("date")).toString().isEmpty());
    EXPECT_TRUE(parsed.value(QStringLiteral("message_id")).toString().endsWith(QStringLiteral("@example.com>")));
    EXPECT_EQ(parsed.value(QStringLiteral("unsent")).toString(), QStringLiteral("1"));
    EXPECT_EQ(parsed.value(QStringLiteral("parts")).toArray().toVariantList(),
              (QVariantList{QStringLiteral("multipart/mixed"), QStringLiteral("multipart/alternative"), QStringLiteral("text/plain"),
                            QStringLiteral("text/html"), QStringLiteral("application/pdf")}));
    EXPECT_TRUE(parsed.value(QStringLiteral("plain")).toString().contains(QStringLiteral("Dear Ms Müller,")));
    EXPECT_TRUE(parsed.value(QStringLiteral("html")).toString().contains(QStringLiteral("Dear Ms Müller,")));
    EXPECT_EQ(parsed.value(QStringLiteral("attachment")).toString(), services::pdfFileName(test::sampleDraft()));
    EXPECT_EQ(test::readBytes(dir.filePath(QStringLiteral("attachment.pdf"))), pdf);
    EXPECT_EQ(parsed.value(QStringLiteral("defects")).toInt(), 0);
    EXPECT_EQ(parsed.value(QStringLiteral("bare_lf")).toInt(), 0) << "every line must end in CRLF";
}

TEST(Email_Eml, EncodesNonAsciiHeadersAsRfc2047And2231)
{
    const QByteArray eml = services::buildEmail(services::letterEmail(test::sampleDraft(), samplePdf(), QDateTime::currentDateTime()));
    const QByteArray headers = eml.left(eml.indexOf("\r\n\r\n"));
    for (char c : headers)
        ASSERT_TRUE(static_cast<unsigned char>(c) < 0x80) << "raw 8-bit byte in the headers";
    // GMime picks the smallest charset that holds each value (UTF-8, ISO 8859-x).
    EXPECT_TRUE(QString::fromLatin1(headers).contains(QRegularExpression(QStringLiteral("To: =\\?[-\\w]+\\?[qb]\\?"),
                                                                        QRegularExpression::CaseInsensitiveOption)))
        << headers.toStdString();
    EXPECT_TRUE(QString::fromLatin1(eml).contains(QRegularExpression(QStringLiteral("filename\\*(0\\*)?=[-\\w]+''Letter%20to%20Zo"))));
}

TEST(Email_HostileName, CannotCreateOrAlterAHeader)
{
    QTemporaryDir dir;
    core::Draft draft = test::sampleDraft();
    // Set directly, bypassing the field sanitizer, to test the message builder itself.
    draft.customer.name = QStringLiteral("Zoë \"Jo\" O'Brien\r\nBcc: x@example.com");
    draft.subject = QStringLiteral("Refund\r\nX-Injected: yes\nCc: y@example.com");
    draft.sender.name = QStringLiteral("José\rReply-To: z@example.com");
    const QJsonObject parsed = parseWithPython(dir, services::buildEmail(services::letterEmail(draft, samplePdf(), QDateTime::currentDateTime())));

    const QStringList headers = parsed.value(QStringLiteral("headers")).toVariant().toStringList();
    for (const QString &forbidden : {QStringLiteral("bcc"), QStringLiteral("cc"), QStringLiteral("x-injected"), QStringLiteral("reply-to")})
        EXPECT_FALSE(headers.contains(forbidden)) << forbidden.toStdString();
    EXPECT_EQ(headers.count(QStringLiteral("to")), 1);
    EXPECT_TRUE(parsed.value(QStringLiteral("to_name")).toString().startsWith(QStringLiteral("Zoë \"Jo\" O'Brien")));
    EXPECT_EQ(parsed.value(QStringLiteral("to_address")).toString(), QStringLiteral("zoe@example.org"));
    EXPECT_EQ(parsed.value(QStringLiteral("parts")).toArray().size(), 5);
}

TEST(Email_HostileName, TextTypedAsAnEncodedWordIsSentAsThatText)
{
    // given names and a subject typed as RFC 2047 encoded words that decode to CR LF and
    // a header of their own
    services::EmailMessage message;
    message.toName = QStringLiteral("=?utf-8?q?Hi=0D=0ABcc:_x@evil?=");
    message.toAddress = QStringLiteral("zoe@example.org");
    message.fromName = QStringLiteral("José =?utf-8?b?SGkNCkNjOiB5QGV2aWw=?=");
    message.fromAddress = QStringLiteral("jose@example.com");
    message.subject = QStringLiteral("Your refund =?utf-8?q?=0D=0AX-Injected:_yes?= of £59.90, with a subject long enough to be folded");
    message.plainText = QStringLiteral("Dear Zoë,");
    message.html = QStringLiteral("<p>Dear Zoë,</p>");
    const QByteArray eml = services::buildEmail(message);
    ASSERT_FALSE(eml.isEmpty());
    // when a mail reader (Python's email package) decodes the message
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.eml"));
    ASSERT_TRUE(test::writeBytes(path, eml));
    const test::ToolResult result = test::runPython(R"PY(
import email, email.policy, json, sys
message = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
print(json.dumps({
    'to_name': message['To'].addresses[0].display_name,
    'from_name': message['From'].addresses[0].display_name,
    'subject': str(message['Subject']),
    'headers': [name.lower() for name in message.keys()],
    'broken': [name for name, value in message.items() if chr(13) in str(value) or chr(10) in str(value)],
}))
)PY", {path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject parsed = QJsonDocument::fromJson(result.out).object();
    // then it shows exactly what was typed, and no header holds a line break
    EXPECT_EQ(parsed.value(QStringLiteral("to_name")).toString(), message.toName);
    EXPECT_EQ(parsed.value(QStringLiteral("from_name")).toString(), message.fromName);
    EXPECT_EQ(parsed.value(QStringLiteral("subject")).toString(), message.subject);
    EXPECT_TRUE(parsed.value(QStringLiteral("broken")).toArray().isEmpty()) << result.out.toStdString();
    const QStringList headers = parsed.value(QStringLiteral("headers")).toVariant().toStringList();
    for (const QString &forbidden : {QStringLiteral("bcc"), QStringLiteral("cc"), QStringLiteral("x-injected")})
        EXPECT_FALSE(headers.contains(forbidden)) << forbidden.toStdString();
}

TEST(Email_Address, RefusesAnAddressThatIsNotPlain)
{
    core::Draft draft = test::sampleDraft();
    for (const QString &address : {QString(), QStringLiteral("zoe@example.org, x@example.com"),
                                   QStringLiteral("zoe@example.org>\r\nBcc: x@example.com"), QStringLiteral("Zoë <zoe@example.org>")}) {
        draft.customer.email = address;
        QString error;
        EXPECT_TRUE(services::buildEmail(services::letterEmail(draft, {}, QDateTime::currentDateTime()), &error).isEmpty());
        EXPECT_FALSE(error.isEmpty());
    }
}

TEST(Export_Languages, PortugueseAndSpanishLettersKeepEveryAccentInEmailPdfAndOdt)
{
    const core::ScenarioLibrary library;
    for (const QString &language : {QStringLiteral("pt-BR"), QStringLiteral("es-MX"), QStringLiteral("es-ES")}) {
        // Given a scenario letter in the language, with its sample case
        const core::Scenario *scenario = library.find(QStringLiteral("duplicate-charge"), core::dataLanguage(language));
        ASSERT_NE(scenario, nullptr) << language.toStdString();
        core::Draft draft = core::draftFromScenario(*scenario, language, QDate(2026, 11, 21));
        core::applySample(draft, *scenario);
        const core::ComposedLetter letter = core::composeLetter(draft);
        ASSERT_TRUE(letter.subject.contains(QRegularExpression(QStringLiteral("[áéíóúâêôãõçñ]")))) << letter.subject.toStdString();

        // When it leaves as PDF and as an email with that PDF
        QTemporaryDir dir;
        const QByteArray pdf = services::exportLetter(draft, services::ExportFormat::Pdf, {}).data;
        ASSERT_FALSE(pdf.isEmpty());
        const QString pdfPath = dir.filePath(QStringLiteral("letter.pdf"));
        ASSERT_TRUE(test::writeBytes(pdfPath, pdf));
        const QByteArray eml = services::buildEmail(services::letterEmail(draft, pdf, QDateTime::currentDateTime()));
        const QJsonObject parsed = parseWithPython(dir, eml);

        // Then the headers are 7-bit (RFC 2047 words) and decode to the very subject
        const QByteArray headers = eml.left(eml.indexOf("\r\n\r\n"));
        for (char c : headers)
            ASSERT_TRUE(static_cast<unsigned char>(c) < 0x80) << language.toStdString() << ": raw 8-bit byte in the headers";
        EXPECT_EQ(parsed.value(QStringLiteral("subject")).toString(), letter.subject) << language.toStdString();
        EXPECT_EQ(parsed.value(QStringLiteral("defects")).toInt(), 0);
        // And the body and the PDF hold the letter's salutation, date and closing with their accents
        const QString plain = parsed.value(QStringLiteral("plain")).toString();
        const QString pdfText = QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")}).out);
        const QString date = core::formatDate(draft.caseDetails.letterDate, core::letterLocale(language));
        ASSERT_TRUE(date.contains(QStringLiteral(" de "))) << date.toStdString();
        for (const QString &expected : {draft.salutation.section(u' ', 0, 0), date, draft.closing}) {
            EXPECT_TRUE(plain.contains(expected)) << language.toStdString() << ": " << expected.toStdString();
            EXPECT_TRUE(QString(pdfText).replace(u'\n', u' ').contains(expected)) << language.toStdString() << ": " << expected.toStdString();
        }
        EXPECT_EQ(parsed.value(QStringLiteral("attachment")).toString(), services::pdfFileName(draft));
        // And so does the ODT
        const QString odtPath = dir.filePath(QStringLiteral("letter.odt"));
        ASSERT_TRUE(test::writeBytes(odtPath, services::exportLetter(draft, services::ExportFormat::Odt, {}).data));
        const QString content = QString::fromUtf8(test::runTool(QStringLiteral("/usr/bin/unzip"), {QStringLiteral("-p"), odtPath, QStringLiteral("content.xml")}).out);
        for (const QString &expected : {letter.subject.toHtmlEscaped(), date, draft.closing})
            EXPECT_TRUE(content.contains(expected)) << language.toStdString() << ": " << expected.toStdString();
    }
}
