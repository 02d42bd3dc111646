#include "smtptestserver.h"

#include "exporttestsupport.h"

#include "services/letterexport.h"

#include "testsupport.h"

#include <QDateTime>
#include <QJsonDocument>

namespace amends::test {

namespace {

// Prints its port, stores what it receives, and stops when its input is closed.
// Arguments: the output folder, the mode, and for STARTTLS the certificate and key.
const QByteArray kServer = R"PY(
import json, os, socket, ssl, sys
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
out, mode = sys.argv[1], sys.argv[2]
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
if mode == 'starttls-login':
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(sys.argv[3], sys.argv[4])
    options = dict(tls_context=context, require_starttls=True, authenticator=authenticate, auth_required=True)
elif mode == 'plain-login':
    options = dict(authenticator=authenticate, auth_required=True, auth_require_tls=False)
controller = Controller(Handler(), hostname='127.0.0.1', port=port, **options)
controller.start()
print(port, flush=True)
sys.stdin.read()
controller.stop()
)PY";

} // namespace

SmtpTestServer::~SmtpTestServer()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.closeWriteChannel();
        if (!m_server.waitForFinished(10000))
            m_server.kill();
    }
}

int SmtpTestServer::start(Mode mode)
{
    const QString modeName = mode == Mode::Plain            ? QStringLiteral("plain")
                             : mode == Mode::PlainWithLogin ? QStringLiteral("plain-login")
                                                            : QStringLiteral("starttls-login");
    QStringList arguments{QStringLiteral("-c"), QString::fromUtf8(kServer), m_dir.path(), modeName};
    if (mode == Mode::StartTlsWithLogin) {
        const ToolResult made = runTool(QStringLiteral("openssl"),
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

services::SmtpRequest SmtpTestServer::request(int port, core::SmtpSecurity security) const
{
    services::SmtpRequest request;
    request.server = {QStringLiteral("127.0.0.1"), port, security, {}, {}};
    request.sender = QStringLiteral("jose.alvarez@example.com");
    request.recipients = {QStringLiteral("zoe@example.org")};
    services::EmailMessage message = services::letterEmail(
        sampleDraft(), services::exportLetter(sampleDraft(), services::ExportFormat::Pdf, {}).data, QDateTime::currentDateTime());
    message.unsent = false;
    request.message = services::buildEmail(message);
    request.timeoutSeconds = 30;
    return request;
}

QByteArray SmtpTestServer::received() const
{
    return readBytes(path(QStringLiteral("message.eml")));
}

QJsonObject SmtpTestServer::envelope() const
{
    return QJsonDocument::fromJson(readBytes(path(QStringLiteral("envelope.json")))).object();
}

} // namespace amends::test
