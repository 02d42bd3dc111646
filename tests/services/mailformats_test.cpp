#include "services/emailmessage.h"
#include "services/mailformats.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace amends;
using namespace amends::services;

namespace {

// The libraries a program loads at start, as the dynamic loader lists them.
QString librariesOf(const QString &program)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {program});
    if (!ldd.waitForFinished(30000))
        return {};
    return QString::fromUtf8(ldd.readAllStandardOutput());
}

QString mappedLibraries()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) ? QString::fromUtf8(maps.readAll()) : QString();
}

} // namespace

// The window starts without GMime and libical (and what they bring): they are opened
// with the module the first time a letter leaves as email or a reminder.
TEST(MailFormats, TheWindowStartsWithoutTheMailAndCalendarLibraries)
{
    const QString libraries = librariesOf(QStringLiteral(AMENDS_GUI_PATH));
    ASSERT_TRUE(libraries.contains(QLatin1String("libQt6Widgets"))) << libraries.toStdString();
    for (const char *library : {"libgmime", "libical", "libgio"})
        EXPECT_FALSE(libraries.contains(QLatin1String(library))) << library;
}

TEST(MailFormats, TheModuleIsOpenedByTheFirstEmailAndBringsGMime)
{
    EmailMessage message;
    message.fromAddress = QStringLiteral("billing@example.com");
    message.toAddress = QStringLiteral("customer@example.org");
    message.subject = QStringLiteral("Your refund");
    message.plainText = QStringLiteral("We are sorry.");
    QString error;
    const QByteArray built = buildEmail(message, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(built.contains("Subject: Your refund")) << built.constData();
    const QString mapped = mappedLibraries();
    EXPECT_TRUE(mapped.contains(QLatin1String("amends-mailformats.so")));
    EXPECT_TRUE(mapped.contains(QLatin1String("libgmime")));
}

TEST(MailFormats, AMissingModuleIsReportedInPlainWords)
{
    QTemporaryDir empty;
    QString error;
    EXPECT_EQ(mailformats::open({empty.path()}, &error), nullptr);
    EXPECT_TRUE(error.contains(QLatin1String("cannot build email or calendar files"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QLatin1String("amends-mailformats.so"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QLatin1String("Reinstall Amends"))) << error.toStdString();
}

TEST(MailFormats, ALibraryThatIsNotTheModuleOfThisBuildIsRefused)
{
    // Any shared library under the module's name: it loads, but offers no entry point
    // for this build.
    QTemporaryDir dir;
    const QStringList candidates{QStringLiteral("/usr/lib/x86_64-linux-gnu/libhyphen.so.0"),
                                 QStringLiteral("/lib/x86_64-linux-gnu/libz.so.1"), QStringLiteral("/usr/lib/libz.so.1")};
    QString foreign;
    for (const QString &candidate : candidates) {
        if (QFile::exists(candidate)) {
            foreign = candidate;
            break;
        }
    }
    if (foreign.isEmpty())
        GTEST_SKIP() << "no shared library to stand in for a foreign module";
    ASSERT_TRUE(QFile::copy(foreign, dir.filePath(QStringLiteral("amends-mailformats.so"))));
    QString error;
    EXPECT_EQ(mailformats::open({dir.path()}, &error), nullptr);
    EXPECT_TRUE(error.contains(QLatin1String("another version"))) << error.toStdString();
}

TEST(MailFormats, TheBuiltModuleIsFoundAndOfThisBuild)
{
    QString error;
    const mailformats::Functions *functions = mailformats::open(mailformats::folders(), &error);
    ASSERT_NE(functions, nullptr) << error.toStdString();
    EXPECT_NE(functions->buildEmail, nullptr);
    EXPECT_NE(functions->buildFollowUpReminder, nullptr);
}
