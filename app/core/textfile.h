#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace amends::core {

/// Reading the files Amends opens — drafts, text letters, rule packs — in one place.
///
/// Only a regular file is read, or standard input for "-": a folder, a device (a link
/// to /dev/zero or /dev/urandom) or a named pipe is refused with a plain message before
/// anything is read. Every read stops at a size cap, and a file beyond it is refused
/// with a message that says what the limit is.
namespace TextFile {

/// Reads at most @p maxBytes of @p path ("-": standard input). @p what names the kind
/// of file in the message about the limit ("a draft", "a letter", "a rule pack").
/// Returns nullopt with @p error set (naming the file) when it cannot be read.
std::optional<QByteArray> readBytes(const QString &path, qint64 maxBytes, const QString &what, QString *error);

/// Reads text as readBytes() does and decodes it: UTF-8, or UTF-16 or UTF-32 (either
/// byte order) when the file starts with a byte order mark, as Windows Notepad writes.
/// CR LF line ends become LF. A file holding NUL characters is refused as not text, and
/// a text longer than @p maxCharacters as too large (the message gives that limit).
std::optional<QString> readText(const QString &path, qint64 maxCharacters, const QString &what, QString *error);

/// Decodes bytes as readText() does; nullopt when they are not text (NUL characters).
std::optional<QString> decode(const QByteArray &bytes);

/// "PATH is too large for WHAT: the limit is LIMIT."
QString tooLarge(const QString &path, const QString &what, qint64 limit);

/// A size as people read it: "2 MB", "64 KB", "512 bytes".
QString sizeText(qint64 bytes);

/// Empty for a regular file or a path that does not exist, else what the path is in
/// plain words ("it is a folder"). Links are followed.
QString notARegularFile(const QString &path);

/// The lines of a list built into Amends (a resource such as
/// ":/spelling/payment-names.txt", UTF-8), without its comment lines (starting with
/// '#') and blank lines; empty when there is no such list.
QStringList builtInListLines(const QString &path);

} // namespace TextFile

} // namespace amends::core
