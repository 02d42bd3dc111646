#include "exporttestsupport.h"

#include "services/letterexport.h"
#include "services/mailsendjob.h"
#include "services/smtpsender.h"

#include "testsupport.h"

#include <QJsonDocument>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace amends;

namespace {

// A real SMTP server (Debian's python3-aiosmtpd) on 127.0.0.1 and a free port. It
// stores what it receives, prints its port, and stops when its input is closed.
// With a certificate it requires STARTTLS and a login (user "billing", password "s3cret").
const QByteArray kServer = R"PY(
import json, os, socket, ssl, sys
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
out = sys.argv[1]
class Handler:
    async def handle_DATA(self, server, session, envelope):
        open(os.path.join(out, 'message.eml'), 'wb').write(envelope.original_content)
        json.dump({'from': envelope.mail_from, 'to': envelope.rcpt_tos, 'tls': session.ssl is not None},
                  open(os.path.join(out, 'envelope.json'), 'w'))
        return '250 Message accepted'
def authenticate(server, session, envelope, mechanism, data):
    ok = data.login == b'billing' and data.password == b's3cret'
    return AuthResult(success=ok, handled=False)
probe = socket.socket(); probe.bind(('127.0.0.1', 0)); port = probe.getsockname()[1]; probe.close()
options = {}
if len(sys.argv) > 2:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(sys.argv[2], sys.argv[3])
    options = dict(tls_context=context, require_starttls=True, authenticator=authenticate, auth_required=True)
controller = Controller(Handler(), hostname='127.0.0.1', port=port, **options)
controller.start()
print(port, flush=True)
sys.stdin.read()
controller.stop()
)PY";

class SmtpServer : public ::testing::Test
{
protected:
    void TearDown() override
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.closeWriteChannel();
            if (!m_server.waitForFinished(10000))
                m_server.kill();
        }
    }

    int start(bool tls)
    {
        QStringList arguments{QStringLiteral("-c"), QString::fromUtf8(kServer), m_dir.path()};
        if (tls) {
            const test::ToolResult made = test::runTool(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                 QStringLiteral("-keyout"), path(QStringLiteral("key.pem")), QStringLiteral("-out"), path(QStringLiteral("cert.pem"))});
            EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
            arguments << path(QStringLiteral("cert.pem")) << path(QStringLiteral("key.pem"));
        }
        m_server.start(QStringLiteral("/usr/bin/python3"), arguments);
        const bool ready = m_server.waitForStarted(10000) && m_server.waitForReadyRead(30000);
        EXPECT_TRUE(ready) << m_server.readAllStandardError().toStdString();
        return ready ? m_server.readLine().trimmed().toInt() : 0;
    }

    services::SmtpRequest request(int port, core::SmtpSecurity security) const
    {
        services::SmtpRequest request;
        request.server = {QStringLiteral("127.0.0.1"), port, security, {}, {}};
        request.sender = QStringLiteral("jose.alvarez@example.com");
        request.recipients = {QStringLiteral("zoe@example.org")};
        services::EmailMessage message = services::letterEmail(
            test::sampleDraft(), services::exportLetter(test::sampleDraft(), services::ExportFormat::Pdf, {}).data,
            QDateTime::currentDateTime());
        message.unsent = false;
        request.message = services::buildEmail(message);
        request.timeoutSeconds = 30;
        return request;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QJsonObject envelope() const { return QJsonDocument::fromJson(test::readBytes(path(QStringLiteral("envelope.json")))).object(); }

    QTemporaryDir m_dir;
    QProcess m_server;
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
    services::SmtpRequest sent = request(port, core::SmtpSecurity::StartTls);
    sent.server.user = QStringLiteral("billing");
    sent.password = QStringLiteral("s3cret");
    sent.caCertificates = path(QStringLiteral("cert.pem"));
    const services::SmtpResult result = services::sendMail(sent);
    ASSERT_TRUE(result.sent) << result.error.toStdString();
    EXPECT_TRUE(envelope().value(QStringLiteral("tls")).toBool());
    EXPECT_EQ(test::readBytes(path(QStringLiteral("message.eml"))), sent.message);
}

TEST_F(SmtpServer, WrongPasswordOrUntrustedCertificate_GiveAClearReason)
{
    const int port = start(true);
    ASSERT_GT(port, 0);
    services::SmtpRequest sent = request(port, core::SmtpSecurity::StartTls);
    sent.server.user = QStringLiteral("billing");
    sent.password = QStringLiteral("wrong");
    sent.caCertificates = path(QStringLiteral("cert.pem"));
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
