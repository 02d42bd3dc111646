// Runs inside a D-Bus session of its own with an unlocked GNOME keyring
// (tests/with-keyring.sh), so that QtKeychain talks to a real Secret Service.
#include "core/composer.h"
#include "smtptestserver.h"
#include "exporttestsupport.h"

#include "services/passwordstore.h"
#include "ui/mailsender.h"
#include "ui/preferencesdialog.h"

#include "core/settings.h"

#include "testsupport.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace amends;

namespace {

const QString kAccount = services::PasswordStore::accountKey(QStringLiteral("127.0.0.1"), QStringLiteral("billing"));

// The password as another program of the desktop sees it (libsecret's secret-tool),
// under the attributes QtKeychain stores it with; nullopt when there is none.
std::optional<QString> lookedUpElsewhere(const QString &account)
{
    const test::ToolResult found = test::runTool(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Amends"), QStringLiteral("user"), account});
    if (found.exitCode != 0)
        return std::nullopt;
    return QString::fromUtf8(found.out);
}

// Writes through the store and waits; returns the error (empty on success).
QString storePassword(const QString &account, const QString &password)
{
    services::PasswordStore store;
    QSignalSpy written(&store, &services::PasswordStore::writeFinished);
    store.write(account, password);
    if (!written.wait(20000))
        return QStringLiteral("timed out");
    return written.first().at(1).toString();
}

class Keychain : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            GTEST_SKIP() << "secret-tool is not installed (Debian package libsecret-tools)";
    }
};

} // namespace

TEST_F(Keychain, PasswordStore_WritesReadsAndRemovesThePasswordInTheSystemKeychain)
{
    services::PasswordStore store;
    QSignalSpy written(&store, &services::PasswordStore::writeFinished);
    QSignalSpy read(&store, &services::PasswordStore::readFinished);
    QSignalSpy removed(&store, &services::PasswordStore::removeFinished);
    const QString password = QStringLiteral("s3cr€t pässword \"quoted\"");

    // written: stored in the keychain, visible to other programs of the desktop
    store.write(kAccount, password);
    ASSERT_TRUE(written.wait(20000));
    EXPECT_EQ(written.first().at(0).toString(), kAccount);
    EXPECT_EQ(written.first().at(1).toString(), QString()) << written.first().at(1).toString().toStdString();
    EXPECT_EQ(lookedUpElsewhere(kAccount), password);

    // read back as written
    store.read(kAccount);
    ASSERT_TRUE(read.wait(20000));
    EXPECT_EQ(read.first().at(1).toString(), password);
    EXPECT_EQ(read.first().at(2).toString(), QString());

    // removed: gone from the keychain; reading it again gives no password and no error
    store.remove(kAccount);
    ASSERT_TRUE(removed.wait(20000));
    EXPECT_EQ(removed.first().at(1).toString(), QString());
    EXPECT_EQ(lookedUpElsewhere(kAccount), std::nullopt);
    store.read(kAccount);
    ASSERT_TRUE(read.wait(20000));
    EXPECT_EQ(read.last().at(1).toString(), QString());
    EXPECT_EQ(read.last().at(2).toString(), QString());
}

TEST_F(Keychain, Preferences_PutThePasswordInTheKeychainOnlyAndTheMailSenderLogsInWithIt)
{
    // given a mail server that needs a login
    QTemporaryDir dir;
    core::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::SmtpTestServer server;
    const int port = server.start(test::SmtpTestServer::Mode::PlainWithLogin);
    ASSERT_GT(port, 0);
    settings.setSmtpServer({QStringLiteral("127.0.0.1"), port, core::SmtpSecurity::None, QStringLiteral("billing"),
                            QStringLiteral("billing@example.com")});

    // when its password is typed in the preferences and saved
    ui::PreferencesDialog dialog(settings);
    QLineEdit *passwordField = nullptr;
    for (QLineEdit *field : dialog.findChildren<QLineEdit *>()) {
        if (field->echoMode() == QLineEdit::Password)
            passwordField = field;
    }
    ASSERT_NE(passwordField, nullptr);
    passwordField->setText(QStringLiteral("s3cret"));
    dialog.accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 20000));

    // then the keychain holds it and the settings file does not
    EXPECT_EQ(lookedUpElsewhere(kAccount), QStringLiteral("s3cret"));
    settings.sync();
    EXPECT_FALSE(test::readBytes(dir.filePath(QStringLiteral("settings.ini"))).contains("s3cret"));

    // and sending the letter logs in with it
    ui::MailSender sender(settings, nullptr);
    QSignalSpy sent(&sender, &ui::MailSender::sent);
    QSignalSpy failed(&sender, &ui::MailSender::failed);
    ASSERT_TRUE(sender.send(test::sampleDraft(), core::composeLetter(test::sampleDraft())));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !sent.isEmpty() || !failed.isEmpty(); }, 30000));
    ASSERT_EQ(failed.size(), 0) << failed.value(0).value(0).toString().toStdString();
    EXPECT_EQ(server.envelope().value(QStringLiteral("to")).toVariant().toStringList(), QStringList{QStringLiteral("zoe@example.org")});

    // and with a wrong password in the keychain, the sender says so and nothing is sent
    ASSERT_EQ(storePassword(kAccount, QStringLiteral("wrong")), QString());
    QFile::remove(server.path(QStringLiteral("message.eml")));
    ASSERT_TRUE(sender.send(test::sampleDraft(), core::composeLetter(test::sampleDraft())));
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.size() == 1; }, 30000));
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("password"))) << failed.first().first().toString().toStdString();
    EXPECT_TRUE(server.received().isEmpty());
    EXPECT_EQ(sent.size(), 1);
}
