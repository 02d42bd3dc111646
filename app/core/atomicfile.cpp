#include "atomicfile.h"

#include "textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace amends::core {

namespace {

// The messages predate this file: they keep the context they are translated in.
struct DraftFileText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::DraftFile)
};

// Qt's reason for a failed write, or the operating system's when Qt has none.
QString reasonFor(const QFileDevice &file, int savedErrno)
{
    const QString reason = file.errorString();
    if (savedErrno != 0 && (reason.isEmpty() || reason == QLatin1String("Unknown error")))
        return qt_error_string(savedErrno);
    return reason.isEmpty() ? qt_error_string(savedErrno) : reason;
}

bool isStaleSuffix(QStringView suffix)
{
    if (suffix.size() != 6)
        return false;
    bool lower = false;
    bool upper = false;
    for (QChar c : suffix) {
        if (c >= u'a' && c <= u'z')
            lower = true;
        else if (c >= u'A' && c <= u'Z')
            upper = true;
        else
            return false;
    }
    return lower && upper;
}

} // namespace

QStringList AtomicFile::staleTemporaryFiles(const QString &path)
{
    const QFileInfo target(path);
    const QString prefix = target.fileName() + QLatin1Char('.');
    QStringList stale;
    const QDir dir = target.absoluteDir();
    const QStringList candidates = dir.entryList({prefix + QStringLiteral("??????")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : candidates) {
        if (!name.startsWith(prefix) || !isStaleSuffix(QStringView(name).sliced(prefix.size())))
            continue;
        const QString candidate = dir.filePath(name);
        if (QFileInfo(candidate).isSymLink() || !TextFile::notARegularFile(candidate).isEmpty())
            continue;
        stale.append(candidate);
    }
    return stale;
}

bool AtomicFile::write(const QString &path, const QByteArray &data, QString *error)
{
    const auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString kind = TextFile::notARegularFile(path); !kind.isEmpty())
        return failed(DraftFileText::tr("Cannot write \"%1\": %2.").arg(path, kind));
    for (const QString &stale : staleTemporaryFiles(path))
        QFile::remove(stale);

    // A file that was there stays as it was; say so, as the writer worries about it.
    const bool existed = QFileInfo::exists(path);
    const auto notSaved = [&](const QString &reason) {
        return failed(existed ? DraftFileText::tr("Cannot save \"%1\": %2. The previous version is unchanged.").arg(path, reason)
                              : DraftFileText::tr("Cannot write \"%1\": %2.").arg(path, reason));
    };
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return failed(DraftFileText::tr("Cannot write \"%1\": %2.").arg(path, reasonFor(file, errno)));
    errno = 0;
    if (file.write(data) != data.size()) {
        const QString reason = reasonFor(file, errno);
        file.cancelWriting();
        return notSaved(reason);
    }
    // Qt 6.4's commit() does not report a flush that fails: on a full disk a small file
    // would be committed empty. Flush first, and only commit what reached the file.
    errno = 0;
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString reason = reasonFor(file, errno);
        file.cancelWriting();
        return notSaved(reason);
    }
    errno = 0;
    if (!file.commit())
        return notSaved(reasonFor(file, errno));
    if (error)
        error->clear();
    return true;
}

} // namespace amends::core
