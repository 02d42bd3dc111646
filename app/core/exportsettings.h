#pragma once

#include <QString>

namespace amends::core {

/// Paper for printed and PDF letters; FromLocale picks US Letter where it is the norm
/// (the United States, Canada, Mexico and a few others) and A4 elsewhere.
enum class PaperSize { FromLocale, A4, Letter };

/// How the connection to the mail server is protected. StartTls and ImplicitTls refuse
/// to send when TLS cannot be set up; None is for a server on the same machine.
enum class SmtpSecurity { StartTls, ImplicitTls, None };

/// Where letters are sent by email. The password is not part of it: it lives in the
/// system keychain only.
struct SmtpServer {
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user;
    QString fromAddress; ///< Envelope and header sender, e.g. "billing@example.com".
    bool operator==(const SmtpServer &) const = default;
};

QString paperSizeKey(PaperSize size);
PaperSize paperSizeFromKey(QStringView key);
QString smtpSecurityKey(SmtpSecurity security);
SmtpSecurity smtpSecurityFromKey(QStringView key);

/// The usual port for @p security (587, 465 or 25).
int defaultSmtpPort(SmtpSecurity security);

} // namespace amends::core
