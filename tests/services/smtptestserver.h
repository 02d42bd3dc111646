#pragma once

#include "services/smtpsender.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace amends::test {

/// A real SMTP server (Debian's python3-aiosmtpd) on 127.0.0.1 and a free port, for as
/// long as the object lives. It keeps the message it receives and its envelope.
class SmtpTestServer
{
public:
    enum class Mode {
        Plain,            ///< no encryption, no login
        PlainWithLogin,   ///< no encryption, login required (user "billing", password "s3cret")
        StartTlsWithLogin ///< STARTTLS with a self-signed certificate (cert.pem), then the login
    };

    SmtpTestServer() = default;
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer &) = delete;
    SmtpTestServer &operator=(const SmtpTestServer &) = delete;

    /// Starts the server; returns its port, or 0 (with a test failure) when it cannot start.
    int start(Mode mode);

    /// A request for the sample letter to this server, without login.
    services::SmtpRequest request(int port, core::SmtpSecurity security) const;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// The message as received; empty when none arrived.
    QByteArray received() const;
    /// {"from": …, "to": […], "tls": bool} of the received message.
    QJsonObject envelope() const;

private:
    QTemporaryDir m_dir;
    QProcess m_server;
};

} // namespace amends::test
