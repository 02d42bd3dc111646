#include "exporttestsupport.h"

#include "services/documentexport.h"
#include "services/letterexport.h"

#include "core/composer.h"
#include "core/fields.h"
#include "core/mailto.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace amends;

TEST(LetterExport_Suffix, ChoosesTheFormatByTheFileName)
{
    EXPECT_EQ(services::exportFormatForPath(QStringLiteral("a/b.PDF")), services::ExportFormat::Pdf);
    EXPECT_EQ(services::exportFormatForPath(QStringLiteral("b.eml")), services::ExportFormat::Email);
    EXPECT_EQ(services::exportFormatForPath(QStringLiteral("b.ics")), services::ExportFormat::Calendar);
    EXPECT_FALSE(services::exportFormatForPath(QStringLiteral("b.docx")).has_value());
    EXPECT_FALSE(services::exportFormatForPath(QStringLiteral("pdf")).has_value());
}

TEST(LetterExport_Odt, IsAnOpenDocumentWithTheLetterText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.odt"));
    ASSERT_TRUE(services::exportLetterToFile(test::sampleDraft(), core::composeLetter(test::sampleDraft()), path, {}).isEmpty());
    const test::ToolResult content = test::runTool(QStringLiteral("/usr/bin/unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    ASSERT_EQ(content.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(content.out).contains(QStringLiteral("Zoë Müller-Łukasik")));
    EXPECT_EQ(test::runTool(QStringLiteral("/usr/bin/unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")}).out,
              "application/vnd.oasis.opendocument.text");
}

TEST(LetterExport_HtmlAndText, MatchTheComposerAndEscapeMarkup)
{
    QTemporaryDir dir;
    core::Draft draft = test::sampleDraft();
    ASSERT_TRUE(core::setFieldValue(draft, QStringLiteral("customer.name"), QStringLiteral("<script>alert(1)</script>")).isEmpty());
    ASSERT_TRUE(services::exportLetterToFile(draft, core::composeLetter(draft), dir.filePath(QStringLiteral("l.html")), {}).isEmpty());
    ASSERT_TRUE(services::exportLetterToFile(draft, core::composeLetter(draft), dir.filePath(QStringLiteral("l.txt")), {}).isEmpty());
    const QByteArray html = test::readBytes(dir.filePath(QStringLiteral("l.html")));
    EXPECT_FALSE(html.contains("<script>"));
    EXPECT_TRUE(html.contains("&lt;script&gt;"));
    EXPECT_EQ(QString::fromUtf8(test::readBytes(dir.filePath(QStringLiteral("l.txt")))), core::renderPlainText(core::composeLetter(draft)));
}

TEST(LetterExport_UnwritablePath, GivesAReasonAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkdir(locked));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    for (const QString &name : {QStringLiteral("a.pdf"), QStringLiteral("a.eml"), QStringLiteral("a.odt"), QStringLiteral("a.ics")}) {
        const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/") + name);
        EXPECT_FALSE(services::exportLetterToFile(test::sampleDraft(), core::composeLetter(test::sampleDraft()), missingFolder, {}).isEmpty());
        EXPECT_FALSE(QFileInfo::exists(missingFolder));
        const QString inLocked = locked + QLatin1Char('/') + name;
        if (QFileInfo(locked).isWritable())
            continue; // running as root: permissions are not enforced
        EXPECT_FALSE(services::exportLetterToFile(test::sampleDraft(), core::composeLetter(test::sampleDraft()), inLocked, {}).isEmpty());
        EXPECT_TRUE(QDir(locked).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
    }
}

TEST(LetterExport_ExistingFile, IsReplacedWholeOrLeftUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.eml"));
    ASSERT_TRUE(test::writeBytes(path, "previous"));
    core::Draft draft = test::sampleDraft();
    draft.customer.email = QStringLiteral("not an address");
    EXPECT_FALSE(services::exportLetterToFile(draft, core::composeLetter(draft), path, {}).isEmpty());
    EXPECT_EQ(test::readBytes(path), "previous");
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    EXPECT_TRUE(services::exportLetterToFile(test::sampleDraft(), core::composeLetter(test::sampleDraft()), path, {}).isEmpty());
    EXPECT_TRUE(test::readBytes(path).startsWith("From:") || test::readBytes(path).contains("\r\nTo:"));
}

TEST(Clipboard_MimeData, CarriesHtmlAndPlainText)
{
    const core::ComposedLetter letter = core::composeLetter(test::sampleDraft());
    const std::unique_ptr<QMimeData> data = services::letterMimeData(letter);
    ASSERT_TRUE(data->hasHtml());
    ASSERT_TRUE(data->hasText());
    EXPECT_TRUE(data->html().contains(QStringLiteral("Dear Ms Müller,")));
    EXPECT_EQ(data->text(), core::renderPlainText(letter));
}

TEST(Mailto_Url, EncodesEveryValueSoNoParameterCanBeInjected)
{
    const QUrl url = core::mailtoUrl(QStringLiteral("zoe@example.org"),
                                     QStringLiteral("Refund & more?attach=/etc/passwd"),
                                     QStringLiteral("Line one\n&attach=/home/user/.ssh/id_rsa&bcc=x@example.com#frag\nLine 3 %41"));
    ASSERT_TRUE(url.isValid());
    EXPECT_EQ(url.scheme(), QStringLiteral("mailto"));
    EXPECT_EQ(url.path(), QStringLiteral("zoe@example.org"));
    EXPECT_FALSE(url.hasFragment());
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).first, QStringLiteral("subject"));
    EXPECT_EQ(items.at(0).second, QStringLiteral("Refund & more?attach=/etc/passwd"));
    EXPECT_EQ(items.at(1).first, QStringLiteral("body"));
    EXPECT_EQ(items.at(1).second,
              QStringLiteral("Line one\r\n&attach=/home/user/.ssh/id_rsa&bcc=x@example.com#frag\r\nLine 3 %41"));
    EXPECT_FALSE(url.toEncoded().contains("&attach"));
}

TEST(Mailto_Url, DropsAnAddressThatCarriesParameters)
{
    const QUrl url = core::mailtoUrl(QStringLiteral("zoe@example.org?bcc=x@example.com"), QStringLiteral("S"), QStringLiteral("B"));
    EXPECT_TRUE(url.path().isEmpty());
    EXPECT_EQ(QUrlQuery(url).queryItems().size(), 2);
}

TEST(Mail_Address, ALineBreakAtTheEndIsNoPlainAddress)
{
    EXPECT_TRUE(core::isPlainEmailAddress(QStringLiteral("rivera@example.com")));
    // "$" in a pattern also matches before a final line break: the end must be the end
    for (const QString &address : {QStringLiteral("rivera@example.com\n"), QStringLiteral("rivera@example.com\r\n"),
                                   QStringLiteral("rivera@example.com\nBcc: x@example.org"), QStringLiteral("\nrivera@example.com")})
        EXPECT_FALSE(core::isPlainEmailAddress(address)) << address.toStdString();
    // and an email to such an address is refused with a reason, not sent to a trimmed one
    const QUrl url = core::mailtoUrl(QStringLiteral("rivera@example.com\n"), QStringLiteral("S"), QStringLiteral("B"));
    EXPECT_TRUE(url.path().isEmpty());
}
