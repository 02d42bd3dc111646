#include "textfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <sys/stat.h>

namespace amends::core::TextFile {

namespace {

struct TextFileText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::TextFile)
};

QString displayName(const QString &path)
{
    return path == QLatin1String("-") ? TextFileText::tr("standard input") : QStringLiteral("\"%1\"").arg(path);
}

} // namespace

QString tooLarge(const QString &path, const QString &what, qint64 limit)
{
    return TextFileText::tr("%1 is too large for %2: the limit is %3.").arg(displayName(path), what, sizeText(limit));
}

QString notARegularFile(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || S_ISREG(info.st_mode))
        return {};
    if (S_ISDIR(info.st_mode))
        return TextFileText::tr("it is a folder, not a file");
    if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
        return TextFileText::tr("it is a device, not a file");
    if (S_ISFIFO(info.st_mode))
        return TextFileText::tr("it is a named pipe, not a file");
    return TextFileText::tr("it is not a regular file");
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return TextFileText::tr("%1 MB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return TextFileText::tr("%1 KB").arg(bytes / 1024);
    return TextFileText::tr("%1 bytes").arg(bytes);
}

namespace {

// Reads at most @p maxBytes; @p large tells a file beyond them from other failures.
std::optional<QByteArray> readBounded(const QString &path, qint64 maxBytes, QString *error, bool *large)
{
    *large = false;
    const bool standardInput = path == QLatin1String("-");
    // Checked before opening: opening a named pipe would wait for a writer.
    if (!standardInput) {
        if (const QString kind = notARegularFile(path); !kind.isEmpty()) {
            *error = TextFileText::tr("Cannot read %1: %2.").arg(displayName(path), kind);
            return std::nullopt;
        }
    }
    QFile file;
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = TextFileText::tr("Cannot read %1: %2.").arg(displayName(path), file.errorString());
        return std::nullopt;
    }
    if (!standardInput && file.size() > maxBytes) {
        *large = true;
        return std::nullopt;
    }
    // A pipe hands over what it has so far: read until its end, or just past the cap.
    // Each read asks for what the file holds (a pipe: 64 KB at a time), not for the cap:
    // QIODevice::read() allocates what it is asked for before it reads.
    const qint64 step = standardInput ? qint64(64 * 1024) : file.size() + 1;
    QByteArray bytes;
    while (bytes.size() <= maxBytes) {
        const QByteArray chunk = file.read(qMin(maxBytes + 1 - bytes.size(), step));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.size() > maxBytes) {
        *large = true;
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = TextFileText::tr("Cannot read %1: %2.").arg(displayName(path), file.errorString());
        return std::nullopt;
    }
    return bytes;
}

} // namespace

std::optional<QByteArray> readBytes(const QString &path, qint64 maxBytes, const QString &what, QString *error)
{
    QString problem;
    bool large = false;
    std::optional<QByteArray> bytes = readBounded(path, maxBytes, &problem, &large);
    if (!bytes && error)
        *error = large ? tooLarge(path, what, maxBytes) : problem;
    return bytes;
}

std::optional<QString> decode(const QByteArray &bytes)
{
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    if (const std::optional<QStringConverter::Encoding> marked = QStringConverter::encodingForData(bytes))
        encoding = *marked;
    QStringDecoder decoder(encoding); // drops the byte order mark
    QString text = decoder.decode(bytes);
    if (text.contains(QChar(0)))
        return std::nullopt;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

std::optional<QString> readText(const QString &path, qint64 maxCharacters, const QString &what, QString *error)
{
    const auto failed = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // UTF-32 takes four bytes a character, and its byte order mark four more.
    QString problem;
    bool large = false;
    const std::optional<QByteArray> bytes = readBounded(path, 4 * maxCharacters + 4, &problem, &large);
    if (!bytes)
        return failed(large ? tooLarge(path, what, maxCharacters) : problem);
    std::optional<QString> text = decode(*bytes);
    if (!text)
        return failed(TextFileText::tr("%1 is not a text file.").arg(displayName(path)));
    if (text->size() > maxCharacters)
        return failed(tooLarge(path, what, maxCharacters));
    return text;
}

QStringList builtInListLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return line.startsWith(u'#') || line.trimmed().isEmpty(); });
    return lines;
}

} // namespace amends::core::TextFile
