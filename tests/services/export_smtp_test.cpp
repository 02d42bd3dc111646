#include "exporttestsupport.h"
#include "smtptestserver.h"

#include "services/letterexport.h"
#include "services/mailsendjob.h"
#include "services/smtpsender.h"

#include "testsupport.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace amends;

namespace {

using Mode = test::SmtpTestServer::Mode;

class SmtpServer : public ::testing::Test
{
protected:
    int start(bool tls) { return m_server.start(tls ? Mode::StartTlsWithLogin : Mode::Plain); }
    services::SmtpRequest request(int port, core::SmtpSecurity security) const { return m_server.request(port, security); }
    // STARTTLS with the login and trusting the test certificate.
    services::SmtpRequest loginRequest(int port, const QString &password) const
    {
        services::SmtpRequest request = m_server.request(port, core::SmtpSecurity::StartTls);
        request.server.user = QStringLiteral("billing");
        request.password = password;
        request.caCertificates = path(QStringLiteral("cert.pem"));
        return request;
    }
    QString path(const QString &name) const { return m_server.path(name); }
    QJsonObject envelope() const { return m_server.envelope(); }

    test::SmtpTestServer m_server;
};

} // namespace

TEST_F(SmtpServer, PlainLocalServer_ReceivesTheMessageUnchanged)
{
    const int port = start(false);
    ASSERT_GT(port, 0);
    const services::SmtpRequest sent = request(port, core::SmtpSecurity::None);
    const services::SmtpResult result = services::sendMail(sent);
    ASSERT_TRUE(result.sent) << result.error.toStdString();
    const QByteArray received = test::readBytes(path(QStringLiteral("message.eml")));
    EXPECT_EQ(received, sent.message);
    EXPECT_EQ(envelope().value(QStringLiteral("from")).toString(), QStringLiteral("jose.alvarez@example.com"));
    EXPECT_EQ(envelope().value(QStringLiteral("to")).toVariant().toStringList(), QStringList{QStringLiteral("zoe@example.org")});
    EXPECT_FALSE(received.contains("X-Unsent"));
    EXPECT_EQ(QByteArray(received).replace("\r\n", "").count('\n'), 0) << "every line must end in CRLF";
}

TEST_F(SmtpServer, TlsRequiredButNotOffered_RefusesToSendInPlainText)
{
    const int port = start(false);
    ASSERT_GT(port, 0);
    const services::SmtpResult result = services::sendMail(request(port, core::SmtpSecurity::StartTls));
    EXPECT_FALSE(result.sent);
    EXPECT_TRUE(result.error.contains(QStringLiteral("encrypted"))) << result.error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("message.eml"))));
}

TEST_F(SmtpServer, StartTlsWithLogin_SendsOverTheEncryptedConnection)
{
    const int port = start(true);
    ASSERT_GT(port, 0);
    const services::SmtpRequest sent = loginRequest(port, QStringLiteral("s3cret"));
    const services::SmtpResult result = services::sendMail(sent);
    ASSERT_TRUE(result.sent) << result.error.toStdString();
    EXPECT_TRUE(envelope().value(QStringLiteral("tls")).toBool());
    EXPECT_EQ(test::readBytes(path(QStringLiteral("message.eml"))), sent.message);
}

TEST_F(SmtpServer, WrongPasswordOrUntrustedCertificate_GiveAClearReason)
{
    const int port = start(true);
    ASSERT_GT(port, 0);
    services::SmtpRequest sent = loginRequest(port, QStringLiteral("wrong"));
    services::SmtpResult result = services::sendMail(sent);
    EXPECT_FALSE(result.sent);
    EXPECT_TRUE(result.error.contains(QStringLiteral("password"))) << result.error.toStdString();

    sent.password = QStringLiteral("s3cret");
    sent.caCertificates.clear();
    result = services::sendMail(sent);
    EXPECT_FALSE(result.sent);
    EXPECT_TRUE(result.error.contains(QStringLiteral("certificate"))) << result.error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("message.eml"))));
}

TEST_F(SmtpServer, Job_SendsOnAWorkerThreadWithProgress)
{
    const int port = start(false);
    ASSERT_GT(port, 0);
    services::MailSendJob job;
    QSignalSpy progressed(&job, &services::MailSendJob::progressed);
    QSignalSpy finished(&job, &services::MailSendJob::finished);
    const services::SmtpRequest sent = request(port, core::SmtpSecurity::None);
    job.start(sent);
    EXPECT_TRUE(job.isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    EXPECT_TRUE(job.result().sent) << job.result().error.toStdString();
    ASSERT_FALSE(progressed.isEmpty());
    EXPECT_EQ(progressed.last().at(0).toLongLong(), sent.message.size());
}

TEST_F(SmtpServer, Job_CancelledBeforeItStarts_SendsNothing)
{
    const int port = start(false);
    ASSERT_GT(port, 0);
    services::SmtpRequest sent = request(port, core::SmtpSecurity::None);
    services::MailSendJob job;
    QSignalSpy finished(&job, &services::MailSendJob::finished);
    job.start(sent);
    job.cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    EXPECT_FALSE(job.result().sent);
    EXPECT_TRUE(job.result().cancelled);
}
