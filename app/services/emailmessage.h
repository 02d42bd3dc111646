#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace amends::services {

/// An email carrying the letter: what goes into the message, before MIME encoding.
struct EmailMessage {
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString subject;
    QString plainText;
    QString html;
    QByteArray pdf;      ///< Attached when not empty.
    QString pdfFileName; ///< May hold any characters; encoded as RFC 2231 requires.
    QDateTime date = QDateTime::currentDateTime();
    /// Marks the message as a draft (`X-Unsent: 1`), so that mail clients such as
    /// Outlook open it for editing instead of as received mail.
    bool unsent = true;
};

/// The message in Internet Message Format (RFC 5322) with CRLF line ends, built by
/// GMime: multipart/mixed holding multipart/alternative (plain text and HTML) and the
/// PDF. Names, subject and file name are encoded as RFC 2047/2231 require. Control
/// characters (CR, LF and others) in any value are replaced by spaces before they reach
/// a header, so no value can start or change a header (core::headerSafe()). Returns an
/// empty array and sets @p error when an address is not a plain `local@domain` address,
/// or when the module that builds mail cannot be opened (see mailformats.h).
QByteArray buildEmail(const EmailMessage &message, QString *error = nullptr);

} // namespace amends::services
