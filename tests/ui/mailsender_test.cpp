#include "core/composer.h"
#include "services/smtptestserver.h"

#include "ui/mailsender.h"

#include "core/settings.h"

#include "testsupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace amends;

namespace {

struct MailSenderFixture {
    QTemporaryDir dir;
    core::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    test::SmtpTestServer server;
};

} // namespace

TEST(MailSender_NoLogin, SendsTheLetterToTheCustomerFromTheConfiguredAddress)
{
    // given a local server that needs no login, set up in the preferences
    MailSenderFixture fixture;
    const int port = fixture.server.start(test::SmtpTestServer::Mode::Plain);
    ASSERT_GT(port, 0);
    fixture.settings.setSmtpServer({QStringLiteral("127.0.0.1"), port, core::SmtpSecurity::None, {}, QStringLiteral("billing@example.com")});
    // when the letter is sent
    ui::MailSender sender(fixture.settings, nullptr);
    QSignalSpy sent(&sender, &ui::MailSender::sent);
    QSignalSpy failed(&sender, &ui::MailSender::failed);
    ASSERT_TRUE(sender.send(test::sampleDraft(), core::composeLetter(test::sampleDraft())));
    EXPECT_TRUE(sender.isSending());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !sent.isEmpty() || !failed.isEmpty(); }, 30000));
    // then the customer's address received it, from the configured sender, with the PDF
    ASSERT_EQ(failed.size(), 0) << failed.value(0).value(0).toString().toStdString();
    EXPECT_TRUE(sent.first().first().toString().contains(QStringLiteral("zoe@example.org")));
    EXPECT_FALSE(sender.isSending());
    EXPECT_EQ(fixture.server.envelope().value(QStringLiteral("from")).toString(), QStringLiteral("billing@example.com"));
    EXPECT_EQ(fixture.server.envelope().value(QStringLiteral("to")).toVariant().toStringList(), QStringList{QStringLiteral("zoe@example.org")});
    EXPECT_TRUE(fixture.server.received().contains("application/pdf"));
}

TEST(MailSender_NotSetUp, RefusesWithTheReasonAndSendsNothing)
{
    MailSenderFixture fixture;
    ui::MailSender sender(fixture.settings, nullptr);
    QSignalSpy failed(&sender, &ui::MailSender::failed);
    EXPECT_FALSE(sender.send(test::sampleDraft(), core::composeLetter(test::sampleDraft())));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("Preferences")));

    core::Draft noAddress = test::sampleDraft();
    noAddress.customer.email = QStringLiteral("zoe@example.org\r\nBcc: all@example.com");
    fixture.settings.setSmtpServer({QStringLiteral("127.0.0.1"), 2525, core::SmtpSecurity::None, {}, {}});
    EXPECT_FALSE(sender.send(noAddress, core::composeLetter(noAddress)));
    ASSERT_EQ(failed.size(), 2);
    EXPECT_TRUE(failed.last().first().toString().contains(QStringLiteral("email address")));
}

TEST(MailSender_NoKeychain, SaysTheKeychainIsUnavailableAndSendsNothing)
{
    // given a server that needs a login, and no system keychain to hold its password
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/amends-test-bus");
    MailSenderFixture fixture;
    const int port = fixture.server.start(test::SmtpTestServer::Mode::PlainWithLogin);
    ASSERT_GT(port, 0);
    fixture.settings.setSmtpServer({QStringLiteral("127.0.0.1"), port, core::SmtpSecurity::None, QStringLiteral("billing"), {}});
    // when the letter is sent
    ui::MailSender sender(fixture.settings, nullptr);
    QSignalSpy sent(&sender, &ui::MailSender::sent);
    QSignalSpy failed(&sender, &ui::MailSender::failed);
    ASSERT_TRUE(sender.send(test::sampleDraft(), core::composeLetter(test::sampleDraft())));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !sent.isEmpty() || !failed.isEmpty(); }, 30000));
    // then it says why, and nothing reached the server
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("keychain"))) << failed.first().first().toString().toStdString();
    EXPECT_FALSE(sender.isSending());
    EXPECT_FALSE(QFileInfo::exists(fixture.server.path(QStringLiteral("message.eml"))));
}
