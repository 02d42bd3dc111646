#pragma once

#include "core/exportsettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace amends::services {

struct SmtpRequest {
    core::SmtpServer server;
    QString password;       ///< Empty: no login.
    QString caCertificates; ///< PEM file to trust instead of the system's; empty for the system's.
    QString sender;         ///< Envelope sender (MAIL FROM).
    QStringList recipients; ///< Envelope recipients (RCPT TO).
    QByteArray message;     ///< The whole message, with CRLF line ends.
    int timeoutSeconds = 60;
};

struct SmtpResult {
    bool sent = false;
    bool cancelled = false;
    QString error; ///< Plain-language reason when not sent.
};

/// Called while the message is uploaded with the bytes sent so far and in total;
/// returning false cancels the transfer.
using SmtpProgress = std::function<bool(qint64 sent, qint64 total)>;

/// Sends @p request through libcurl and blocks until the server has accepted or refused
/// it: run it off the GUI thread. With StartTls or ImplicitTls the message is never sent
/// unencrypted, and the server's certificate must verify.
SmtpResult sendMail(const SmtpRequest &request, const SmtpProgress &progress = {});

} // namespace amends::services
