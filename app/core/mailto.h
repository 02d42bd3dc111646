#pragma once

#include <QString>
#include <QUrl>

namespace amends::core {

/// A `mailto:` URL (RFC 6068) for the user's mail client. Every value is
/// percent-encoded as a whole, so no text can add a parameter such as `attach=` or
/// `bcc=`; line breaks in the body become CRLF. An address that is not a plain
/// `local@domain` is left out rather than passed on. A body too long for mail clients
/// (see kMaxMailtoLength) is cut at a line end.
QUrl mailtoUrl(const QString &address, const QString &subject, const QString &body);

/// True for a single plain address without display name, spaces or delimiters.
bool isPlainEmailAddress(const QString &address);

/// @p text without control characters (CR, LF and the others): each run of them becomes
/// one space, so the text cannot start or change a mail header.
QString headerSafe(const QString &text);

/// Longest URL handed to the desktop; longer bodies are cut at a line end.
inline constexpr int kMaxMailtoLength = 32000;

} // namespace amends::core
