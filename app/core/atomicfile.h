#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace amends::core {

/// Writing a file completely or not at all: every file Amends writes goes through here.
///
/// The bytes go to a temporary file next to the target (QSaveFile), which is flushed and
/// checked before it replaces the target, so a full disk or a failing device leaves the
/// old file as it was and no partial file behind. Only a regular file (or a new path) is
/// ever written: a folder, a device such as /dev/null or /dev/full, or a named pipe is
/// refused before anything is created. A temporary file left beside the target by an
/// earlier write that was interrupted (a crash, a power cut) is removed.
class AtomicFile
{
public:
    /// Writes @p data to @p path. Returns false with @p error set to a plain reason
    /// that names the cause ("No space left on device") when the file was not written.
    static bool write(const QString &path, const QByteArray &data, QString *error);

    /// The leftovers of interrupted writes to @p path: `<name>.XXXXXX` beside it, where
    /// the six letters are mixed case as Qt makes them (so that `letter.txt.backup`, a
    /// name a person would choose, is never taken for one). Qt 6.4 writes into an
    /// unnamed file (O_TMPFILE) and, to replace a file, links it under such a name just
    /// before renaming it over the target; where the file system has no unnamed files,
    /// it writes under such a name throughout.
    static QStringList staleTemporaryFiles(const QString &path);
};

} // namespace amends::core
